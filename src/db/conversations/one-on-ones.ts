import Dexie from 'dexie';
import { type ActionItem, actionItemSchema } from '../../domain/action-item';
import { type FieldError, fieldErrors } from '../../domain/capture';
import { type Conversation, conversationSchema } from '../../domain/conversation';
import type { Entry } from '../../domain/entry';
import { type Person, personSchema } from '../../domain/person';
import { localDate, type RecordEnv, yearRangeMessage } from '../../domain/record';
import type { LatitudeDb } from '../database';
import { isSameVersion } from '../../domain/revision';
import { StaleWriteError } from '../revisions';

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
 * transaction, so two views opening the panel at once cannot make two. Without a person it is
 * today's meeting: the conversation notes taken with nobody picked belong to (`todaysMeeting`).
 */
export function openTodaysOneOnOne(
  db: LatitudeDb,
  personId: string | undefined,
  env: RecordEnv,
): Promise<Conversation> {
  return db.transaction('rw', db.conversations, async () => {
    const existing = await findTodays(db, personId, localDate(env.now));
    if (existing) return existing;
    const stamp = env.now.toISOString();
    const created = conversationSchema.parse({
      id: env.newId(),
      createdAt: stamp,
      updatedAt: stamp,
      kind: 'one-on-one',
      ...(personId ? { personId } : {}),
      date: localDate(env.now),
      agenda: { pinned: [], hidden: [] },
      notes: '',
    });
    await db.conversations.put(created);
    return created;
  });
}

/**
 * Today's 1:1 with a person, or with nobody (a team meeting, a call with someone not in the list).
 * Conversations without a person are not in the `[personId+date]` index, so those are a scan of
 * the conversations table, which holds one small record per conversation held.
 */
async function findTodays(
  db: LatitudeDb,
  personId: string | undefined,
  today: string,
): Promise<Conversation | undefined> {
  const candidates = personId
    ? await db.conversations.where('[personId+date]').equals([personId, today]).toArray()
    : await db.conversations.filter((c) => !c.personId && c.date === today).toArray();
  return candidates.find((c) => c.kind === 'one-on-one' && !c.deletedAt);
}

/** Today's meeting (the 1:1 with no person), if anything has been captured in it yet. */
export function todaysMeeting(db: LatitudeDb, today: string): Promise<Conversation | undefined> {
  return findTodays(db, undefined, today);
}

/** A write refused by validation, carried out of the transaction it rolls back. */
class Refused extends Error {}

/**
 * Stores what `write` makes (an entry, an action item) in today's meeting, creating the meeting
 * in the same transaction on the first capture: a refused or failed write leaves no empty meeting
 * behind. Resolves once committed, with what `write` said.
 */
export async function captureInTodaysMeeting<R extends { ok: boolean }>(
  db: LatitudeDb,
  env: RecordEnv,
  write: (conversationId: string) => Promise<R>,
): Promise<R> {
  let refused: R | undefined;
  try {
    return await db.transaction('rw', [db.conversations, db.entries, db.actionItems], async () => {
      const meeting = await openTodaysOneOnOne(db, undefined, env);
      const result = await write(meeting.id);
      if (!result.ok) {
        refused = result;
        throw new Refused();
      }
      return result;
    });
  } catch (error) {
    if (refused && error instanceof Refused) return refused;
    throw error;
  }
}

/**
 * Gives a meeting (a conversation with no person) to a person, in one transaction: everything
 * captured in it and its action items move into today's 1:1 with them (made if there is none) and
 * name them, its own points and notes are added to that 1:1's, and the meeting is deleted (a
 * tombstone). `base` is the meeting as the view showed it: if another view moved or deleted it
 * since, a StaleWriteError says so and nothing is written. Entries and action items are read in
 * the transaction, so one captured after the view last read the meeting moves too.
 * Resolves with the 1:1 they are now in, or says why not when the person was deleted meanwhile.
 */
export function moveMeetingTo(
  db: LatitudeDb,
  base: Conversation,
  personId: string,
  env: RecordEnv,
): Promise<{ ok: true; conversation: Conversation } | { ok: false; message: string }> {
  return db.transaction('rw', [db.people, db.conversations, db.entries, db.actionItems], async () => {
    const person = await db.people.get(personId);
    if (!person || person.deletedAt) return { ok: false, message: PERSON_GONE };
    const stamp = env.now.toISOString();
    const stored = await db.conversations.get(base.id);
    const target = await openTodaysOneOnOne(db, personId, env);
    const ownPoints = [...(target.agenda.own ?? []), ...(stored?.agenda.own ?? [])];
    const notes = [target.notes, stored?.notes ?? ''].filter((text) => text.trim()).join('\n\n');
    const merged: Conversation = {
      ...target,
      agenda: { ...target.agenda, ...(ownPoints.length ? { own: ownPoints } : {}) },
      notes,
      updatedAt: stamp,
    };
    // The revision check of putIfUnchanged (src/db/revisions.ts), for a write that deletes.
    if (!isSameVersion(base, stored))
      throw new StaleWriteError<Conversation>(stored && !stored.deletedAt ? stored : undefined);
    await db.conversations.put({ ...stored!, deletedAt: stamp, updatedAt: stamp });
    await db.conversations.put(merged);
    // Entries have no index on their conversation; this is a rare action, so one scan is fine.
    const entries = await db.entries.filter((entry) => entry.conversationId === base.id).toArray();
    await db.entries.bulkPut(
      entries.map((entry) => ({
        ...entry,
        conversationId: target.id,
        person: entry.person ?? person.name,
        updatedAt: stamp,
      })),
    );
    const items = await db.actionItems.where('conversationId').equals(base.id).toArray();
    await db.actionItems.bulkPut(
      items.map((item) => ({
        ...item,
        conversationId: target.id,
        personId: item.personId ?? personId,
        updatedAt: stamp,
      })),
    );
    return { ok: true as const, conversation: merged };
  });
}

const PERSON_GONE = 'This person was deleted in another view. Choose someone else.';

/**
 * The entries captured during a conversation. They were captured on its day, so one range of the
 * `[occurredOn+createdAt]` index holds them all: no scan of the log. Newest first.
 */
export async function listConversationEntries(
  db: LatitudeDb,
  conversation: Pick<Conversation, 'id' | 'date'>,
): Promise<Entry[]> {
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

/** The action items agreed in one conversation, tombstones skipped, in the order they were agreed. */
export async function listConversationActionItems(db: LatitudeDb, conversationId: string): Promise<ActionItem[]> {
  const items = await db.actionItems.where('conversationId').equals(conversationId).toArray();
  return items
    .filter((item) => !item.deletedAt)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
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
export async function saveActionItem(
  db: LatitudeDb,
  input: ActionItemInput,
  env: RecordEnv,
): Promise<Saved<ActionItem>> {
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
