import { signal } from '@preact/signals';
import type { LatitudeDb } from '../../db/database';
import { mergePeople, type PersonChange, renamePerson, setRelationship } from '../../db/people';
import { isStaleWrite } from '../../db/revisions';
import type { Person } from '../../domain/person';
import type { AppClock } from '../kit/app-env';
import { RELATIONSHIP_LABELS } from '../kit/labels';
import { writeFailure } from '../kit/write-failure';

type Relationship = Person['relationship'];

/**
 * A refusal shown next to the control it is about (role `alert`). `anyway`: the write was refused
 * because another view changed the person, and may be made over that change on request.
 */
export interface EditAlert {
  message: string;
  anyway?: boolean;
}

export interface PersonEditsDeps {
  db: LatitudeDb;
  clock: AppClock;
  /** Goes to another log view (after a merge, the person merged into). */
  navigate: (hash: string) => void;
}

/**
 * The person page's edits: rename, relationship, merge. Each write is checked against the version
 * of the person it was started on, so a change made meanwhile in another view is never silently
 * undone: the write is refused with an alert saying what the other view did, the value typed or
 * chosen stays, and "Save mine anyway" (or "Merge anyway") makes it over that change. A write that
 * fails says why, where it was asked for, and keeps the value too.
 */
export function createPersonEdits({ db, clock, navigate }: PersonEditsDeps) {
  /** The name as typed; undefined while untouched, when the field shows the stored name. */
  const typedName = signal<string | undefined>(undefined);
  const nameAlert = signal<EditAlert | undefined>(undefined);
  /** The relationship chosen and not stored yet; undefined: the stored one. */
  const relationshipChoice = signal<Relationship | undefined>(undefined);
  const relationshipAlert = signal<EditAlert | undefined>(undefined);
  const mergeInto = signal('');
  const mergeAlert = signal<EditAlert | undefined>(undefined);
  const status = signal('');

  // The versions each edit started from: the person when typing began, when the relationship was
  // chosen, the two people when the merge was chosen. After a refusal, the version seen in it.
  let nameBase: Person | undefined;
  let relationshipBase: Person | undefined;
  let mergeBases: { from?: Person; into?: Person } = {};

  /** Runs a write and says how it went; a stale or failed write leaves what was typed in place. */
  async function attempt(
    write: () => Promise<PersonChange>,
    refused: (alert: EditAlert) => void,
    stale: (stored: Person | undefined) => EditAlert,
    failed: { not: string; kept: string },
  ): Promise<boolean> {
    status.value = '';
    try {
      const result = await write();
      if (result.ok) return true;
      refused({ message: result.errors[0]?.message ?? `${failed.not}.` });
    } catch (error) {
      if (isStaleWrite<Person>(error)) refused(stale(error.stored));
      else refused({ message: `${failed.not}: ${writeFailure(error)} ${failed.kept}` });
    }
    return false;
  }

  /** Stores the relationship chosen; after a refusal, over the version the refusal showed. */
  async function saveRelationship(person: Person) {
    const relationship = relationshipChoice.value;
    if (!relationship) return;
    const base = relationshipBase ?? person;
    const done = await attempt(
      () => setRelationship(db, person.id, relationship, clock.now(), base),
      (alert) => (relationshipAlert.value = alert),
      (stored) => {
        relationshipBase = stored;
        return stored
          ? {
              message: `${describe(stored)} Your choice, ${RELATIONSHIP_LABELS[relationship]}, is not saved yet: Save mine anyway keeps it.`,
              anyway: true,
            }
          : { message: gone(base) };
      },
      { not: 'Relationship not saved', kept: 'Your choice is kept.' },
    );
    if (!done) return;
    relationshipChoice.value = undefined;
    relationshipBase = undefined;
    relationshipAlert.value = undefined;
    status.value = `Relationship saved: ${RELATIONSHIP_LABELS[relationship]}.`;
  }

  return {
    typedName,
    nameAlert,
    relationshipChoice,
    relationshipAlert,
    mergeInto,
    mergeAlert,
    status,

    typeName(person: Person, text: string) {
      if (typedName.value === undefined) nameBase = person;
      typedName.value = text;
      nameAlert.value = undefined;
    },

    async rename(person: Person) {
      const name = typedName.value ?? person.name;
      const base = nameBase ?? person;
      const done = await attempt(
        () => renamePerson(db, person.id, name, clock.now(), base),
        (alert) => (nameAlert.value = alert),
        (stored) => {
          nameBase = stored;
          return stored
            ? {
                message: `${describe(stored)} The name you typed is not saved yet: Save mine anyway renames them to it.`,
                anyway: true,
              }
            : { message: `${gone(base)} The name you typed is kept here.` };
        },
        { not: 'Not renamed', kept: 'The name you typed is kept.' },
      );
      if (!done) return;
      typedName.value = undefined;
      nameBase = undefined;
      nameAlert.value = undefined;
      status.value = `Renamed to ${name.trim()} in every entry.`;
    },

    async chooseRelationship(person: Person, relationship: Relationship) {
      relationshipChoice.value = relationship;
      relationshipAlert.value = undefined;
      relationshipBase = person;
      await saveRelationship(person);
    },

    saveRelationship,

    chooseMerge(person: Person, into: Person | undefined) {
      mergeInto.value = into?.id ?? '';
      mergeBases = { from: person, ...(into ? { into } : {}) };
      mergeAlert.value = undefined;
    },

    async merge(person: Person) {
      const intoId = mergeInto.value;
      if (!intoId) return;
      const bases = { from: mergeBases.from ?? person, ...(mergeBases.into ? { into: mergeBases.into } : {}) };
      const done = await attempt(
        () => mergePeople(db, person.id, intoId, clock.now(), bases),
        (alert) => (mergeAlert.value = alert),
        (stored) => {
          if (!stored) {
            return {
              message: 'One of the two was merged or deleted in another view. Choose again whom to merge into.',
            };
          }
          mergeBases = stored.id === person.id ? { ...bases, from: stored } : { ...bases, into: stored };
          return {
            message: `${describe(stored)} Nothing was merged yet: Merge anyway merges them as they are now.`,
            anyway: true,
          };
        },
        { not: 'Not merged', kept: 'Your choice is kept.' },
      );
      if (!done) return;
      mergeAlert.value = undefined;
      navigate(`#/people/${encodeURIComponent(intoId)}`);
    },
  };
}

export type PersonEdits = ReturnType<typeof createPersonEdits>;

/** What another view made of a person, in a sentence. */
function describe(stored: Person): string {
  return `This person changed in another view: now ${stored.name}, ${RELATIONSHIP_LABELS[stored.relationship]}.`;
}

function gone(base: Person): string {
  return `${base.name} was merged or deleted in another view.`;
}
