import Dexie from 'dexie';
import { type FieldError, fieldErrors } from '../domain/capture';
import type { Conversation } from '../domain/conversation';
import { type Entry, personNameSchema, type RELATIONSHIPS } from '../domain/entry';
import { sameLabel } from '../domain/log-filter';
import { compareNewestFirst } from '../domain/log-groups';
import { type Person, personSchema } from '../domain/person';
import type { RecordEnv } from '../domain/record';
import { isSameVersion, type Revision } from '../domain/revision';
import type { LatitudeDb } from './database';
import { distinctLabels, storedSpellings } from './labels/label-keys';
import { putIfUnchanged, StaleWriteError } from './revisions';

type Relationship = (typeof RELATIONSHIPS)[number];

export interface PersonSummary {
  person: Person;
  /** Live entries that name this person (feedback, notes, wins with a witness). */
  entryCount: number;
}

export type PersonChange = { ok: true } | { ok: false; errors: FieldError[] };

export type Saved<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Everyone the user has 1:1s with, by name, tombstones skipped. */
export function listPeople(db: LatitudeDb): Promise<Person[]> {
  return db.people
    .orderBy('name')
    .filter((person) => !person.deletedAt)
    .toArray();
}

/** Adds a person, validated first: a blank or over-long name is refused and nothing is written. */
export async function addPerson(
  db: LatitudeDb,
  input: { name: string; relationship: Person['relationship'] },
  env: RecordEnv,
): Promise<Saved<Person>> {
  const stamp = env.now.toISOString();
  const parsed = personSchema.safeParse({ id: env.newId(), createdAt: stamp, updatedAt: stamp, ...input });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  await db.transaction('rw', db.people, () => db.people.put(parsed.data));
  return { ok: true, value: parsed.data };
}

/**
 * Deletes a person (a tombstone, like every delete). Their entries, 1:1s and action items are
 * either kept without the person (`keepEntries`) or deleted with them; nothing goes silently.
 * Entries name people by text and have no index on it: the scan runs once, on a rare action.
 */
export function deletePerson(db: LatitudeDb, personId: string, keepEntries: boolean, env: RecordEnv): Promise<void> {
  return db.transaction('rw', [db.people, db.entries, db.conversations, db.actionItems], async () => {
    const stamp = env.now.toISOString();
    const person = await db.people.get(personId);
    if (!person || person.deletedAt) return;
    await db.people.put({ ...person, deletedAt: stamp, updatedAt: stamp });
    const conversations = await personConversations(db, personId).toArray();
    const conversationIds = new Set(conversations.map((c) => c.id));
    const items = await db.actionItems.where('personId').equals(personId).toArray();
    const entries = await db.entries
      .filter(
        (e) =>
          !e.deletedAt &&
          (e.person === person.name || (e.conversationId !== undefined && conversationIds.has(e.conversationId))),
      )
      .toArray();
    if (keepEntries) {
      await db.entries.bulkPut(entries.map((entry) => withoutPerson(entry, person.name, stamp)));
      await db.conversations.bulkPut(conversations.map(({ personId: _p, ...c }) => ({ ...c, updatedAt: stamp })));
      await db.actionItems.bulkPut(items.map(({ personId: _p, ...item }) => ({ ...item, updatedAt: stamp })));
    } else {
      const gone = { deletedAt: stamp, updatedAt: stamp };
      await db.entries.bulkPut(entries.map((entry) => ({ ...entry, ...gone })));
      await db.conversations.bulkPut(conversations.map((c) => ({ ...c, ...gone })));
      await db.actionItems.bulkPut(items.map((item) => ({ ...item, ...gone })));
    }
  });
}

function withoutPerson(entry: Entry, name: string, stamp: string): Entry {
  if (entry.person !== name) return entry;
  const { person: _person, ...rest } = entry;
  return { ...rest, updatedAt: stamp } as Entry;
}

/** A person's conversations, by the `[personId+date]` index, oldest first. */
export function personConversations(db: LatitudeDb, personId: string) {
  return db.conversations
    .where('[personId+date]')
    .between([personId, Dexie.minKey], [personId, Dexie.maxKey], true, true);
}

/** The people in the log, by name, with how many entries mention each. */
export async function listPeopleWithCounts(db: LatitudeDb): Promise<PersonSummary[]> {
  return db.transaction('r', db.people, db.entries, async () => {
    const people = (await db.people.toArray()).filter((person) => !person.deletedAt);
    const named = await entriesByName(db);
    return people
      .map((person) => ({ person, entryCount: named.get(person.name.toLocaleLowerCase())?.length ?? 0 }))
      .sort((a, b) => a.person.name.localeCompare(b.person.name));
  });
}

/** Live entries that name someone, by the name in lower case (a name is the same in any case). */
async function entriesByName(db: LatitudeDb): Promise<Map<string, Entry[]>> {
  const named = new Map<string, Entry[]>();
  await db.entries
    .where('person')
    .above('')
    .each((entry) => {
      if (entry.deletedAt || !entry.person) return;
      const key = entry.person.toLocaleLowerCase();
      const entries = named.get(key);
      if (entries) entries.push(entry);
      else named.set(key, [entry]);
    });
  return named;
}

/**
 * Entries carry a person as a typed name; this gives every such name a person record, so it can be
 * listed, renamed and merged. The relationship is taken from the latest feedback that says it.
 * One transaction, so two views doing it at once cannot create the same person twice.
 */
export function addPeopleNamedInEntries(db: LatitudeDb, env: RecordEnv): Promise<Person[]> {
  return db.transaction('rw', db.people, db.entries, async () => {
    const known = (await db.people.toArray()).filter((person) => !person.deletedAt);
    const named = await entriesByName(db);
    const stamp = env.now.toISOString();
    const added: Person[] = [];
    for (const entries of named.values()) {
      const name = entries[0]!.person!;
      if (known.some((person) => sameLabel(person.name, name))) continue;
      const said = entries.sort(compareNewestFirst).find((entry) => entry.kind === 'feedback' && entry.relationship);
      const relationship: Relationship = said?.kind === 'feedback' && said.relationship ? said.relationship : 'other';
      added.push(personSchema.parse({ id: env.newId(), createdAt: stamp, updatedAt: stamp, name, relationship }));
    }
    await db.people.bulkAdd(added);
    return added;
  });
}

export async function getPerson(db: LatitudeDb, id: string): Promise<Person | undefined> {
  const person = await db.people.get(id);
  return person && !person.deletedAt ? person : undefined;
}

/**
 * Renames a person and every entry that names them, in one transaction. A name that another person
 * already has is refused with a pointer to Merge, so two people never silently become one.
 *
 * `base` is the person as they were when the user began typing the new name: if another view has
 * changed (or merged away) the person since, a StaleWriteError carries their version instead of
 * writing (src/db/revisions.ts). Without a base the rename goes ahead over any change.
 */
export function renamePerson(
  db: LatitudeDb,
  id: string,
  name: string,
  now: Date,
  base?: Revision,
): Promise<PersonChange> {
  const parsed = personNameSchema.safeParse(name);
  if (!parsed.success) return Promise.resolve({ ok: false, errors: nameErrors(parsed.error) });
  const newName = parsed.data;
  return db.transaction('rw', db.people, db.entries, async () => {
    const person = await checkedPerson(db, id, base);
    if (!person) return { ok: false, errors: [{ field: 'name', message: 'This person is no longer in the log.' }] };
    const clash = (await db.people.where('name').equalsIgnoreCase(newName).toArray()).find(
      (other) => other.id !== id && !other.deletedAt,
    );
    if (clash) {
      return {
        ok: false,
        errors: [{ field: 'name', message: `${clash.name} is already in the log: merge them instead.` }],
      };
    }
    const stamp = now.toISOString();
    await renameInEntries(db, person.name, newName, stamp);
    await putIfUnchanged(db.people, { ...person, name: newName, updatedAt: stamp }, base);
    return { ok: true };
  });
}

/**
 * Sets a person's relationship, if they are still the version the choice was made on (`base`);
 * otherwise throws a StaleWriteError with the stored version, as renamePerson does.
 */
export function setRelationship(
  db: LatitudeDb,
  id: string,
  relationship: Relationship,
  now: Date,
  base?: Revision,
): Promise<PersonChange> {
  return db.transaction('rw', db.people, async () => {
    const person = await checkedPerson(db, id, base);
    if (!person) {
      return { ok: false, errors: [{ field: 'relationship', message: 'This person is no longer in the log.' }] };
    }
    await putIfUnchanged(db.people, { ...person, relationship, updatedAt: now.toISOString() }, base);
    return { ok: true };
  });
}

/**
 * Merges one person into another: entries naming the first now name the second, their
 * conversations and action items move over, and the first is left as a tombstone. With `bases`,
 * the two people must still be the versions the merge was chosen on; a change to either in
 * another view throws a StaleWriteError carrying the changed one (undefined if merged away).
 */
export function mergePeople(
  db: LatitudeDb,
  fromId: string,
  intoId: string,
  now: Date,
  bases: { from?: Revision; into?: Revision } = {},
): Promise<PersonChange> {
  if (fromId === intoId) return Promise.resolve({ ok: true });
  return db.transaction('rw', [db.people, db.entries, db.conversations, db.actionItems], async () => {
    const from = await checkedPerson(db, fromId, bases.from);
    const into = await checkedPerson(db, intoId, bases.into);
    if (!from || !into) {
      return { ok: false, errors: [{ field: 'into', message: 'That person is no longer in the log.' }] };
    }
    const stamp = now.toISOString();
    await renameInEntries(db, from.name, into.name, stamp);
    await personConversations(db, fromId).modify({ personId: intoId, updatedAt: stamp });
    await db.actionItems.where('personId').equals(fromId).modify({ personId: intoId, updatedAt: stamp });
    // Checked above, in this transaction; putIfUnchanged would store a live record, not a tombstone.
    await db.people.put({ ...from, deletedAt: stamp, updatedAt: stamp });
    return { ok: true };
  });
}

/**
 * The live person, after checking they are still the version `base` (when given); a changed or
 * deleted one throws a StaleWriteError with what is stored now. Inside a transaction on people.
 */
async function checkedPerson(db: LatitudeDb, id: string, base: Revision | undefined): Promise<Person | undefined> {
  const stored = await db.people.get(id);
  const live = stored && !stored.deletedAt ? stored : undefined;
  if (base && !isSameVersion(base, stored)) throw new StaleWriteError<Person>(live);
  return live;
}

async function renameInEntries(db: LatitudeDb, from: string, to: string, stamp: string) {
  const spellings = await storedSpellings(db, 'person', from);
  await db.entries
    .where('person')
    .anyOf(spellings)
    .modify((entry) => {
      entry.person = to;
      entry.updatedAt = stamp;
    });
}

/** Every live entry naming the person, newest first. */
export async function listPersonEntries(db: LatitudeDb, name: string): Promise<Entry[]> {
  const rows = await db.entries
    .where('person')
    .anyOf(await storedSpellings(db, 'person', name))
    .toArray();
  return rows.filter((entry) => !entry.deletedAt).sort(compareNewestFirst);
}

/** The person's conversations (1:1s, reviews…), latest first, by the `[personId+date]` index. */
export async function listPersonConversations(db: LatitudeDb, personId: string): Promise<Conversation[]> {
  const rows = await personConversations(db, personId).reverse().toArray();
  return rows.filter((conversation) => !conversation.deletedAt);
}

function nameErrors(error: Parameters<typeof fieldErrors>[0]): FieldError[] {
  return fieldErrors(error).map((e) => ({ ...e, field: 'name' }));
}

/** The distinct names entries mention, for a filter's choices, from the index keys alone. */
export async function listPersonNames(db: LatitudeDb): Promise<string[]> {
  return distinctLabels((await db.entries.orderBy('person').uniqueKeys()).map(String));
}
