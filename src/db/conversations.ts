import Dexie from 'dexie';
import { type Agenda, type Conversation, conversationSchema } from '../domain/conversation';
import { localDate, type RecordEnv } from '../domain/record';
import { PREP_KIND_LABELS, type PrepKind } from '../domain/prep/types';
import type { LatitudeDb } from './database';

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
 * Stores a prep's pins, hidden points, rewordings and own points with its conversation, making
 * the conversation (dated today) on the first edit. Validated before writing: a refused agenda
 * writes nothing and says why. Resolves once the transaction has committed.
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
      : {
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
    const parsed = conversationSchema.safeParse(candidate);
    if (!parsed.success) return { ok: false, message: agendaProblem(parsed.error) };
    await db.conversations.put(parsed.data);
    return { ok: true, conversation: parsed.data };
  });
}

function agendaProblem(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  if (path.includes('own')) return 'A point of your own must have text, at most 10,000 characters.';
  if (path.includes('reworded')) return 'A reworded point can have at most 10,000 characters.';
  return `The prep could not be saved: ${issue?.message ?? 'invalid data'}.`;
}
