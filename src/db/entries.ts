import { buildEntry, type CaptureInput, type CaptureResult } from '../domain/capture';
import type { Entry } from '../domain/entry';
import type { RecordEnv } from '../domain/record';
import type { LatitudeDb } from './database';

/**
 * Validates a capture and stores it. Resolves only once the transaction has committed, so "Saved"
 * is never shown for an entry that is not on disk; a refused capture writes nothing. The entry is
 * added, never put: a new id can replace nothing, and Dexie need not read the old record first.
 */
export async function saveCapture(
  db: LatitudeDb,
  input: CaptureInput,
  env: RecordEnv,
): Promise<CaptureResult> {
  const result = buildEntry(input, env);
  if (result.ok) await db.entries.add(result.entry);
  return result;
}

/**
 * The most recently captured entries, tombstones skipped. Records are read as stored: each was
 * validated on its way in, and schema changes go through versioned upgraders.
 */
export function listRecentEntries(db: LatitudeDb, limit: number): Promise<Entry[]> {
  return newestLive(() => db.entries.orderBy('createdAt').reverse(), limit);
}

/** Tombstones a first read allows for: few ever exist, since they are purged after 30 days. */
const TOMBSTONE_ALLOWANCE = 10;

/**
 * The first `limit` live entries of a newest-first collection. A bulk read of a few more than
 * asked is one request (Dexie's `getAll`), where `filter()` would step a cursor one entry at a
 * time; only a run of tombstones longer than the allowance falls back to the cursor.
 */
export async function newestLive(newestFirst: () => EntryCollection, limit: number): Promise<Entry[]> {
  const rows = await newestFirst().limit(limit + TOMBSTONE_ALLOWANCE).toArray();
  const live = rows.filter((entry) => !entry.deletedAt);
  if (live.length >= limit || rows.length < limit + TOMBSTONE_ALLOWANCE) return live.slice(0, limit);
  return newestFirst().filter((entry) => !entry.deletedAt).limit(limit).toArray();
}

/** A query over the entries table, as Dexie builds it. */
export type EntryCollection = ReturnType<LatitudeDb['entries']['toCollection']>;

export interface EntryPage {
  entries: Entry[];
  /** Whether more entries exist past this page. */
  hasMore: boolean;
}

