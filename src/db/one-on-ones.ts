import Dexie from 'dexie';
import { type ActionItem, actionItemSchema } from '../domain/action-item';
import { type FieldError, fieldErrors } from '../domain/capture';
import { type Conversation, conversationSchema } from '../domain/conversation';
import type { Entry } from '../domain/entry';
import { type Person, personSchema } from '../domain/person';
import { localDate, type RecordEnv, yearRangeMessage } from '../domain/record';
import type { LatitudeDb } from './database';
import { StaleWriteError } from './revisions';

export type Saved<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Everyone the user has 1:1s with, by name, tombstones skipped. */
export function listPeople(db: LatitudeDb): Promise<Person[]> {
  return db.people.orderBy('name').filter((person) => !person.deletedAt).toArray();
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
      .filter((e) => !e.deletedAt && (e.person === person.name || (e.conversationId !== undefined && conversationIds.has(e.conversationId))))
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

function personConversations(db: LatitudeDb, personId: string) {
  return db.conversations
    .where('[personId+date]')
    .between([personId, Dexie.minKey], [personId, Dexie.maxKey], true, true);
}

/** A person's 1:1s, newest first: one running history per person. */
export async function listOneOnOnes(db: LatitudeDb, personId: string): Promise<Conversation[]> {
  const all = await personConversations(db, personId).toArray();
  return all.filter((c) => c.kind === 'one-on-one' && !c.deletedAt).reverse();
}

/**
 * Today's 1:1 with a person: resumed if one exists for today's local date, else created. One
 * transaction, so two views opening the panel at once cannot make two.
 */
export function openTodaysOneOnOne(db: LatitudeDb, personId: string, env: RecordEnv): Promise<Conversation> {
  return db.transaction('rw', db.conversations, async () => {
    const today = localDate(env.now);
    const existing = (await db.conversations.where('[personId+date]').equals([personId, today]).toArray()).find(
      (c) => c.kind === 'one-on-one' && !c.deletedAt,
    );
    if (existing) return existing;
    const stamp = env.now.toISOString();
    const created = conversationSchema.parse({
      id: env.newId(),
      createdAt: stamp,
      updatedAt: stamp,
      kind: 'one-on-one',
      personId,
      date: today,
      agenda: { pinned: [], hidden: [] },
      notes: '',
    });
    await db.conversations.put(created);
    return created;
  });
}

/**
 * The entries captured during a conversation. They were captured on its day, so one range of the
 * `[occurredOn+createdAt]` index holds them all: no scan of the log. Newest first.
 */
export async function listConversationEntries(db: LatitudeDb, conversation: Pick<Conversation, 'id' | 'date'>): Promise<Entry[]> {
  const day = await db.entries
    .where('[occurredOn+createdAt]')
    .between([conversation.date, Dexie.minKey], [conversation.date, Dexie.maxKey], true, true)
    .toArray();
  return day.filter((entry) => entry.conversationId === conversation.id && !entry.deletedAt).reverse();
}

/** Every action item agreed with a person, tombstones skipped. */
export async function listPersonActionItems(db: LatitudeDb, personId: string): Promise<ActionItem[]> {
  return (await db.actionItems.where('personId').equals(personId).toArray()).filter((item) => !item.deletedAt);
}

/** Every open action item, for the reminders at the top of the panel. The table stays small. */
export function listOpenActionItems(db: LatitudeDb): Promise<ActionItem[]> {
  return db.actionItems.filter((item) => !item.deletedAt && !item.doneAt).toArray();
}

export interface ActionItemInput {
  text: string;
  owner: ActionItem['owner'];
  personId?: string;
  conversationId?: string;
  dueOn?: string;
}

/** Validates and stores a new action item; resolves once committed, or says which field is wrong. */
export async function saveActionItem(db: LatitudeDb, input: ActionItemInput, env: RecordEnv): Promise<Saved<ActionItem>> {
  const stamp = env.now.toISOString();
  const dueOn = input.dueOn?.trim();
  const parsed = actionItemSchema.safeParse({
    id: env.newId(),
    createdAt: stamp,
    updatedAt: stamp,
    text: input.text,
    owner: input.owner,
    ...(input.personId ? { personId: input.personId } : {}),
    ...(input.conversationId ? { conversationId: input.conversationId } : {}),
    ...(dueOn ? { dueOn } : {}),
  });
  if (!parsed.success) {
    return {
      ok: false,
      errors: fieldErrors(parsed.error).map((error) =>
        error.field === 'dueOn' && error.message !== yearRangeMessage('Due date')
          ? { field: 'dueOn', message: 'Give the due date as a date, or leave it empty.' }
          : error,
      ),
    };
  }
  await db.transaction('rw', db.actionItems, () => db.actionItems.put(parsed.data));
  return { ok: true, value: parsed.data };
}

/**
 * Ticks an action item done (or open again), on the item as stored now: a small toggle merges
 * with what other views changed instead of being refused. Already in that state (ticked in another
 * view too), it is left as it is, its first `doneAt` kept. An item deleted elsewhere is not
 * brought back by a tick: that throws a StaleWriteError. Resolves with the item as stored.
 */
export function setActionItemDone(db: LatitudeDb, id: string, done: boolean, env: RecordEnv): Promise<ActionItem> {
  return db.transaction('rw', db.actionItems, async () => {
    const item = await db.actionItems.get(id);
    if (!item || item.deletedAt) throw new StaleWriteError<ActionItem>(undefined);
    if (Boolean(item.doneAt) === done) return item;
    const stamp = env.now.toISOString();
    const { doneAt: _doneAt, ...open } = item;
    const next: ActionItem = done ? { ...item, doneAt: stamp, updatedAt: stamp } : { ...open, updatedAt: stamp };
    await db.actionItems.put(next);
    return next;
  });
}
