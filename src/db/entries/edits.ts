import type { CaptureResult, FieldError } from '../../domain/capture';
import { type Entry, entrySchema } from '../../domain/entry';
import { isSameVersion, type Revision } from '../../domain/revision';
import type { LatitudeDb } from '../database';
import { putIfUnchanged, StaleWriteError } from '../revisions';
import { refusedLink } from './capture';

/* Edits from the log page: one entry, many at once, deletes with Undo, and the purge of old tombstones. */

export function getEntry(db: LatitudeDb, id: string): Promise<Entry | undefined> {
  return db.entries.get(id);
}

/**
 * Stores an edited entry, validated again at the door, if the stored entry is still the version
 * the edit started from (`base`): a stale copy never overwrites what another view saved, and an
 * entry deleted (or purged) meanwhile is never brought back silently. Either refusal throws a
 * StaleWriteError carrying the other view's version (src/db/revisions.ts). With `base` undefined,
 * the edit is written over whatever is stored ("Save mine anyway"), bringing a deleted entry back.
 * Also refused: a new link to an entry that is not in the log (links it had already are kept).
 * Returns the entry as stored, its new revision included.
 */
export async function updateEntry(db: LatitudeDb, entry: Entry, base: Revision | undefined): Promise<Entry> {
  const valid = entrySchema.parse(entry);
  return db.transaction('rw', db.entries, async () => {
    const current = await db.entries.get(valid.id);
    if (base && !isSameVersion(base, current)) {
      throw new StaleWriteError<Entry>(current && !current.deletedAt ? current : undefined);
    }
    const refused = await refusedLink(db, valid, current?.about);
    if (refused) throw new Error(refused.message);
    return putIfUnchanged(db.entries, valid, base);
  });
}

/**
 * Deletes entries by marking them (a tombstone with the time), so that Undo can bring them back
 * and a later sync can carry the deletion. Returns the ids that were live and are now deleted.
 */
export function deleteEntries(db: LatitudeDb, ids: readonly string[], now: Date): Promise<string[]> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.entries, async () => {
    const rows = await db.entries.bulkGet([...ids]);
    const live = rows.filter((entry): entry is Entry => Boolean(entry && !entry.deletedAt));
    await db.entries.bulkPut(live.map((entry) => ({ ...entry, deletedAt: stamp, updatedAt: stamp })));
    return live.map((entry) => entry.id);
  });
}

/** Undoes a delete: the entries come back as they were, `updatedAt` moved to now. */
export function restoreEntries(db: LatitudeDb, ids: readonly string[], now: Date): Promise<number> {
  const stamp = now.toISOString();
  return db.transaction('rw', db.entries, async () => {
    const rows = await db.entries.bulkGet([...ids]);
    const deleted = rows.filter((entry): entry is Entry => Boolean(entry?.deletedAt));
    await db.entries.bulkPut(deleted.map(({ deletedAt: _gone, ...entry }) => ({ ...entry, updatedAt: stamp })));
    return deleted.length;
  });
}

export const TOMBSTONE_DAYS = 30;

/**
 * Removes for good the entries deleted more than `days` ago: long past any Undo, and long enough
 * for a future sync to have carried the deletion. Returns how many were removed.
 */
export function purgeDeletedEntries(db: LatitudeDb, now: Date, days = TOMBSTONE_DAYS): Promise<number> {
  // Stamps are compared as ISO strings; ours are all UTC ("Z"), and an imported one with another
  // offset is off by hours at most, which does not matter at a 30-day horizon.
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.transaction('rw', db.entries, () => db.entries.where('deletedAt').below(cutoff).delete());
}

export function listDeletedEntries(db: LatitudeDb): Promise<Entry[]> {
  return db.entries.where('deletedAt').above('').toArray();
}

export interface BulkOutcome {
  updated: string[];
  refused: (FieldError & { id: string })[];
}

/**
 * Applies one change (add a tag, change the kind) to many live entries in one transaction. An
 * entry the change would make invalid is left as it was and reported; the others are saved.
 */
export function updateEntries(
  db: LatitudeDb,
  ids: readonly string[],
  change: (entry: Entry) => CaptureResult,
): Promise<BulkOutcome> {
  return db.transaction('rw', db.entries, async () => {
    const outcome: BulkOutcome = { updated: [], refused: [] };
    const changed: Entry[] = [];
    for (const entry of await db.entries.bulkGet([...ids])) {
      if (!entry || entry.deletedAt) continue;
      const result = change(entry);
      if (!result.ok) {
        for (const error of result.errors) outcome.refused.push({ id: entry.id, ...error });
      } else if (result.entry !== entry) {
        changed.push(entrySchema.parse(result.entry));
        outcome.updated.push(entry.id);
      }
    }
    await db.entries.bulkPut(changed);
    return outcome;
  });
}
