import type { LatitudeDb } from '../database';

/**
 * Entries captured after `since` (an ISO timestamp), counted on the `createdAt` index without
 * reading a single record. Tombstones count too: a deleted entry still changed the log since the
 * backup. Stamps are compared as strings, which orders them correctly because Latitude writes them
 * all in UTC (`toISOString`).
 */
export function countEntriesSince(db: LatitudeDb, since: string): Promise<number> {
  return db.entries.where('createdAt').above(since).count();
}
