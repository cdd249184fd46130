import { type ActionItem, actionItemSchema } from '../../domain/action-item';
import { fieldErrors } from '../../domain/capture';
import { type RecordEnv, yearRangeMessage } from '../../domain/record';
import type { LatitudeDb } from '../database';
import type { Saved } from '../people';
import { StaleWriteError } from '../revisions';

/* Action items: agreed in a conversation or with a person, listed open or by whom, ticked done. */

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
