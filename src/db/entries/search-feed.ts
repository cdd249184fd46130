import type { Entry } from '../../domain/entry';
import type { LatitudeDb } from '../database';

/* The reads that keep a copy of the log current (the log page's search index): a stamp, changes, chunks. */

/** What tells a reader of the whole log that something changed: row count and latest edit. */
export interface EntriesStamp {
  count: number;
  latest: string;
}

export function readEntriesStamp(db: LatitudeDb): Promise<EntriesStamp> {
  // Sequential awaits, not Promise.all: a live query only tracks reads awaited as Dexie promises.
  return db.transaction('r', db.entries, async () => {
    const count = await db.entries.count();
    const latest = await db.entries.orderBy('updatedAt').reverse().limit(1).keys();
    return { count, latest: String(latest[0] ?? '') };
  });
}

/** Entries (tombstones too) written at or after `since`, to bring a copy of the log up to date. */
export function listEntriesUpdatedSince(db: LatitudeDb, since: string): Promise<Entry[]> {
  return db.entries.where('updatedAt').aboveOrEqual(since).toArray();
}

/** The next `size` entries (tombstones too) in id order after `afterId`: the log read in chunks. */
export function readEntriesChunk(db: LatitudeDb, afterId: string | undefined, size: number): Promise<Entry[]> {
  const rows = afterId === undefined ? db.entries.orderBy(':id') : db.entries.where(':id').above(afterId);
  return rows.limit(size).toArray();
}

export function listEntryIds(db: LatitudeDb): Promise<string[]> {
  return db.entries.toCollection().primaryKeys();
}

export function getEntries(db: LatitudeDb, ids: readonly string[]): Promise<(Entry | undefined)[]> {
  return db.entries.bulkGet([...ids]);
}
