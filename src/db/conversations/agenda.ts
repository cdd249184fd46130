import Dexie from 'dexie';
import { type AgendaEdit, agendaEditConflict, applyAgendaEdit } from '../../domain/agenda-edit';
import type { AreaId } from '../../domain/area';
import { type Agenda, type Conversation, conversationSchema } from '../../domain/conversation';
import { localDate, type RecordEnv } from '../../domain/record';
import { PREP_KIND_LABELS, type PrepKind } from '../../domain/prep/types';
import type { LatitudeDb } from '../database';
import { putIfUnchanged, StaleWriteError } from '../revisions';

/** Which conversation a prep belongs to: its kind, and the person it is with (if any). */
export interface PrepConversationKey {
  kind: PrepKind;
  personId?: string;
}

export type SaveAgendaResult = { ok: true; conversation: Conversation } | { ok: false; message: string };

/**
 * The conversation a prep's edits are kept with: the latest of that kind with that person (or
 * with nobody in particular). With a person, the `[personId+date]` index finds it; without, the
 * conversations table is scanned, which is fine: it holds one record per conversation held.
 */
export async function findPrepConversation(
  db: LatitudeDb,
  { kind, personId }: PrepConversationKey,
): Promise<Conversation | undefined> {
  const candidates = personId
    ? await db.conversations
        .where('[personId+date]')
        .between([personId, Dexie.minKey], [personId, Dexie.maxKey], true, true)
        .filter((c) => c.kind === kind && !c.deletedAt)
        .toArray()
    : await db.conversations.filter((c) => c.kind === kind && !c.personId && !c.deletedAt).toArray();
  return candidates.reduce<Conversation | undefined>(
    (latest, c) =>
      !latest || c.date > latest.date || (c.date === latest.date && c.updatedAt > latest.updatedAt) ? c : latest,
    undefined,
  );
}

/**
 * Stores a whole agenda (pins, hidden points, rewordings, own points) with a prep's conversation,
 * making the conversation (dated today) if there is none, over whatever is stored: for setting a
 * prep up at once. Views edit through `editPrepAgenda`, which merges with other views' edits.
 * Validated before writing: a refused agenda writes nothing and says why.
 */
export function savePrepAgenda(
  db: LatitudeDb,
  key: PrepConversationKey,
  agenda: Agenda,
  env: RecordEnv,
): Promise<SaveAgendaResult> {
  return db.transaction('rw', db.conversations, async (): Promise<SaveAgendaResult> => {
    const stamp = env.now.toISOString();
    const existing = await findPrepConversation(db, key);
    const candidate: Conversation = existing
      ? { ...existing, agenda, updatedAt: stamp }
      : newPrepConversation(key, agenda, env);
    const parsed = conversationSchema.safeParse(candidate);
    if (!parsed.success) return { ok: false, message: agendaProblem(parsed.error) };
    await db.conversations.put(parsed.data);
    return { ok: true, conversation: parsed.data };
  });
}

function newPrepConversation(key: PrepConversationKey, agenda: Agenda, env: RecordEnv): Conversation {
  const stamp = env.now.toISOString();
  return {
    id: env.newId(),
    createdAt: stamp,
    updatedAt: stamp,
    kind: key.kind,
    ...(key.personId ? { personId: key.personId } : {}),
    date: localDate(env.now),
    title: `${PREP_KIND_LABELS[key.kind]} prep`,
    agenda,
    notes: '',
  };
}

export interface AgendaEditOptions {
  /**
   * "Save mine anyway": store the edit even over another view's rewording, and bring back a
   * conversation deleted elsewhere.
   */
  force?: boolean;
  /** A lateral prep's target area, remembered with the edit. */
  targetArea?: AreaId | undefined;
}

/**
 * Applies one edit to a prep's agenda as stored now (src/domain/agenda-edit.ts), making the
 * conversation (dated today) on the first edit. A rewording that would overwrite another view's
 * throws a StaleWriteError carrying that view's conversation; everything else merges. Resolves
 * once the transaction has committed.
 */
export function editPrepAgenda(
  db: LatitudeDb,
  key: PrepConversationKey,
  edit: AgendaEdit,
  env: RecordEnv,
  options: AgendaEditOptions = {},
): Promise<SaveAgendaResult> {
  return db.transaction('rw', db.conversations, async () => {
    const existing = await findPrepConversation(db, key);
    return commitAgendaEdit(db, existing ?? newPrepConversation(key, EMPTY, env), existing, edit, env, options);
  });
}

/**
 * Applies one edit to the agenda of the conversation `conversationId` (a 1:1) as stored now. A
 * conversation deleted in another view is not written to (a StaleWriteError without a stored
 * version) unless `force` brings it back.
 */
export function editConversationAgenda(
  db: LatitudeDb,
  conversationId: string,
  edit: AgendaEdit,
  env: RecordEnv,
  options: AgendaEditOptions = {},
): Promise<SaveAgendaResult> {
  return db.transaction('rw', db.conversations, async () => {
    const stored = await db.conversations.get(conversationId);
    if (!stored || (stored.deletedAt && !options.force)) throw new StaleWriteError<Conversation>(undefined);
    return commitAgendaEdit(db, stored, stored, edit, env, options);
  });
}

const EMPTY: Agenda = { pinned: [], hidden: [] };

/**
 * Inside the caller's transaction: `from` is what the edit applies to, `stored` what was read (none
 * for a conversation not made yet). The check that matters is the edit's own (a rewording knows the
 * wording it began from); the whole record's revision would refuse a rewording because a pin
 * changed elsewhere, so the write is checked against the version read in this same transaction.
 */
async function commitAgendaEdit(
  db: LatitudeDb,
  from: Conversation,
  stored: Conversation | undefined,
  edit: AgendaEdit,
  env: RecordEnv,
  { force = false, targetArea }: AgendaEditOptions,
): Promise<SaveAgendaResult> {
  if (!force && stored && agendaEditConflict(stored.agenda, edit)) throw new StaleWriteError<Conversation>(stored);
  const candidate = {
    ...from,
    agenda: applyAgendaEdit(from.agenda, edit, targetArea),
    updatedAt: env.now.toISOString(),
  };
  const parsed = conversationSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, message: agendaProblem(parsed.error) };
  const conversation = await putIfUnchanged(db.conversations, parsed.data, force ? undefined : stored);
  return { ok: true, conversation };
}

function agendaProblem(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  if (path.includes('own')) return 'A point of your own must have text, at most 10,000 characters.';
  if (path.includes('reworded')) return 'A reworded point can have at most 10,000 characters.';
  return `The prep could not be saved: ${issue?.message ?? 'invalid data'}.`;
}
