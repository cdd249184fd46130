import { buildEntry, type FieldError } from '../../domain/capture';
import type { Entry } from '../../domain/entry';
import type { ParsedFeedback } from '../../domain/prep/feedback-kit';
import type { RecordEnv } from '../../domain/record';
import type { LatitudeDb } from '../database';

export type SaveRepliesResult = { ok: true; entries: Entry[] } | { ok: false; index: number; errors: FieldError[] };

/**
 * Saves the feedback read from a pasted reply, one entry per line, all in one transaction: either
 * every line the user kept is saved, or none is and the first refused line is named.
 */
export async function saveFeedbackReplies(
  db: LatitudeDb,
  replies: readonly ParsedFeedback[],
  person: string,
  env: RecordEnv,
): Promise<SaveRepliesResult> {
  const entries: Entry[] = [];
  for (const [index, reply] of replies.entries()) {
    const result = buildEntry({ kind: 'feedback', text: reply.text, signal: reply.signal, person }, env);
    if (!result.ok) return { ok: false, index, errors: result.errors };
    entries.push(result.entry);
  }
  await db.transaction('rw', db.entries, () => db.entries.bulkPut(entries));
  return { ok: true, entries };
}
