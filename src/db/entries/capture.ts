import { buildEntry, type CaptureInput, type CaptureResult, type FieldError } from '../../domain/capture';
import type { Entry } from '../../domain/entry';
import type { RecordEnv } from '../../domain/record';
import type { LatitudeDb } from '../database';

/**
 * Validates a capture and stores it. Resolves only once the transaction has committed, so "Saved"
 * is never shown for an entry that is not on disk; a refused capture writes nothing. The entry is
 * added, never put: a new id can replace nothing, and Dexie need not read the old record first
 * (only the entries it is about are read, when it names some).
 */
export async function saveCapture(db: LatitudeDb, input: CaptureInput, env: RecordEnv): Promise<CaptureResult> {
  const result = buildEntry(input, env);
  if (!result.ok) return result;
  const refused = result.entry.about ? await refusedLink(db, result.entry) : undefined;
  if (refused) return { ok: false, errors: [refused] };
  await db.entries.add(result.entry);
  return result;
}

/**
 * Why an entry's links (`about`) cannot be stored, if they cannot: each must name another entry
 * of the log, not deleted. Links in `kept` (those already stored) pass as they are, so an edit
 * never fails over a win deleted after it was linked.
 */
export async function refusedLink(
  db: LatitudeDb,
  entry: Entry,
  kept: readonly string[] = [],
): Promise<FieldError | undefined> {
  const added = (entry.about ?? []).filter((id) => !kept.includes(id));
  if (added.length === 0) return undefined;
  if (added.includes(entry.id)) return { field: 'about', message: 'An entry cannot be about itself.' };
  const linked = await db.entries.bulkGet(added);
  if (linked.every((other) => other && !other.deletedAt)) return undefined;
  return { field: 'about', message: 'The win this is about is no longer in the log. Choose another, or none.' };
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
  const rows = await newestFirst()
    .limit(limit + TOMBSTONE_ALLOWANCE)
    .toArray();
  const live = rows.filter((entry) => !entry.deletedAt);
  if (live.length >= limit || rows.length < limit + TOMBSTONE_ALLOWANCE) return live.slice(0, limit);
  return newestFirst()
    .filter((entry) => !entry.deletedAt)
    .limit(limit)
    .toArray();
}

/** A query over the entries table, as Dexie builds it. */
export type EntryCollection = ReturnType<LatitudeDb['entries']['toCollection']>;

export interface EntryPage {
  entries: Entry[];
  /** Whether more entries exist past this page. */
  hasMore: boolean;
}
