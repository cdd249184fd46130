import { computed } from '@preact/signals';
import type { LatitudeDb } from '../../db/database';
import {
  addPeopleNamedInEntries,
  getPerson,
  listPeopleWithCounts,
  listPersonConversations,
  listPersonEntries,
} from '../../db/people';
import type { AppClock } from '../kit/app-env';
import { liveRead } from '../kit/live-reads';
import { createPersonEdits } from './person-edits';

export interface PeopleStateDeps {
  db: LatitudeDb;
  clock: AppClock;
}

/** `#/people`: everyone the log mentions, with their relationship and how many entries name them. */
export function createPeopleState({ db, clock }: PeopleStateDeps) {
  const people = liveRead(
    () => 'all',
    () => listPeopleWithCounts(db),
  );
  // Names typed into entries become people here, so each can be renamed, merged and visited; the
  // list above follows the people this adds.
  void addPeopleNamedInEntries(db, { now: clock.now(), newId: clock.newId }).catch(() => undefined);
  return {
    people: people.result,
    dispose: people.dispose,
  };
}

export type PeopleState = ReturnType<typeof createPeopleState>;

export interface PersonStateDeps extends PeopleStateDeps {
  id: string;
  /** Goes to another view of the page (after a merge, the person merged into). */
  navigate: (hash: string) => void;
}

/** `#/people/<id>`: one person, their edits (person-edits.ts), feedback, 1:1s and other entries. */
export function createPersonState({ db, clock, id, navigate }: PersonStateDeps) {
  const person = liveRead(
    () => id,
    (id) => getPerson(db, id),
  );
  const found = computed(() => (person.result.value.status === 'ready' ? person.result.value.value : undefined));
  // By name: entries carry the name as typed, so a rename reads them again under the new one.
  const entries = liveRead(
    () => found.value?.name,
    (name) => listPersonEntries(db, name),
  );
  const conversations = liveRead(
    () => id,
    (id) => listPersonConversations(db, id),
  );
  const everyone = liveRead(
    () => 'all',
    () => listPeopleWithCounts(db),
  );
  const reads = [person, entries, conversations, everyone];
  const entriesRead = computed(() => (entries.result.value.status === 'ready' ? entries.result.value.value : []));

  return {
    person: person.result,
    conversations: conversations.result,
    /** Their feedback, newest first. */
    feedback: computed(() => entriesRead.value.filter((entry) => entry.kind === 'feedback')),
    /** Every other entry naming them. */
    otherEntries: computed(() => entriesRead.value.filter((entry) => entry.kind !== 'feedback')),
    /** Whom they can be merged into. */
    otherPeople: computed(() =>
      everyone.result.value.status === 'ready'
        ? everyone.result.value.value.filter((other) => other.person.id !== id).map((other) => other.person)
        : [],
    ),
    edits: createPersonEdits({ db, clock, navigate }),
    dispose() {
      for (const read of reads) read.dispose();
    },
  };
}

export type PersonState = ReturnType<typeof createPersonState>;
