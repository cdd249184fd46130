import { buildEntry, type CaptureInput, type CaptureResult } from '../domain/capture';
import { type Entry, entrySchema } from '../domain/entry';
import type { RecordEnv } from '../domain/record';
import type { LatitudeDb } from './database';

/**
 * Validates a capture and stores it. Resolves only once the transaction has committed, so "Saved"
 * is never shown for an entry that is not on disk; a refused capture writes nothing.
 */
export async function saveCapture(
  db: LatitudeDb,
  input: CaptureInput,
  env: RecordEnv,
): Promise<CaptureResult> {
  const result = buildEntry(input, env);
  if (result.ok) await putEntry(db, result.entry);
  return result;
}

/** Stores a whole entry, validated again at the door: nothing malformed reaches the database. */
export async function putEntry(db: LatitudeDb, entry: Entry): Promise<Entry> {
  const valid = entrySchema.parse(entry);
  await db.transaction('rw', db.entries, () => db.entries.put(valid));
  return valid;
}

/**
 * The most recently captured entries, tombstones skipped. Records are read as stored: each was
 * validated on its way in, and schema changes go through versioned upgraders.
 */
export function listRecentEntries(db: LatitudeDb, limit: number): Promise<Entry[]> {
  return db.entries
    .orderBy('createdAt')
    .reverse()
    .filter((entry) => !entry.deletedAt)
    .limit(limit)
    .toArray();
}

export interface EntryPage {
  entries: Entry[];
  /** Whether more entries exist past this page. */
  hasMore: boolean;
}

/**
 * A page of the log, newest first by the day it happened (then by capture time). Only
 * `limit + 1` records are read, so the first screen costs the same with ten entries or ten thousand.
 */
export async function listEntriesPage(db: LatitudeDb, limit: number): Promise<EntryPage> {
  const rows = await db.entries
    .orderBy('[occurredOn+createdAt]')
    .reverse()
    .filter((entry) => !entry.deletedAt)
    .limit(limit + 1)
    .toArray();
  return { entries: rows.slice(0, limit), hasMore: rows.length > limit };
}

