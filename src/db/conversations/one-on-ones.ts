import Dexie from 'dexie';
import { type Conversation, conversationSchema } from '../../domain/conversation';
import type { Entry } from '../../domain/entry';
import { localDate, type RecordEnv } from '../../domain/record';
import { isSameVersion } from '../../domain/revision';
import type { LatitudeDb } from '../database';
import { personConversations } from '../people';
import { StaleWriteError } from '../revisions';

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
