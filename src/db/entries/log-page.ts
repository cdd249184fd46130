import { addDays } from '../../domain/calendar';
import type { CaptureResult, FieldError } from '../../domain/capture';
import { type Entry, ENTRY_KINDS, entrySchema } from '../../domain/entry';
import { isFiltered, type LogFilter, matchesFilter, periodRange } from '../../domain/log-filter';
import { compareNewestFirst, countKinds, emptyKindCounts, type KindCounts } from '../../domain/log-groups';
import { isSameVersion, type Revision } from '../../domain/revision';
import type { LatitudeDb } from '../database';
import { type EntryCollection, type EntryPage, newestLive, refusedLink } from './capture';
import { storedSpellings } from '../labels/label-keys';
import { putIfUnchanged, StaleWriteError } from '../revisions';

/*
 * The log page's reads and writes: filtered pages, counts, edits, deletes with Undo, the purge of
 * old tombstones, and the reads that keep its search index current. Kept apart from entries.ts so
 * that the popup, which imports that file, does not carry any of it.
 */

/** Filters for a log query, with the local date that relative periods count back from. */
export interface EntryQuery {
  filter: LogFilter;
  today: string;
}

/**
 * A page of the log, newest first by the day it happened (then by capture time), optionally
 * filtered. Unfiltered, only `limit + 1` records are read, so the first screen costs the same with
 * ten entries or ten thousand.
 */
export async function listFilteredEntriesPage(db: LatitudeDb, limit: number, query?: EntryQuery): Promise<EntryPage> {
  const rows = await selectEntries(db, query, limit + 1);
  return { entries: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** Every live entry matching a query, newest first: the whole filtered log, for its export. */
export function listFilteredEntries(db: LatitudeDb, query?: EntryQuery): Promise<Entry[]> {
  return selectEntries(db, query);
}

/**
 * How many live entries of each kind match a query. Unfiltered, it counts index keys and
 * subtracts the tombstones (few: they are purged after 30 days), without reading entries.
 */
export async function countEntriesByKind(db: LatitudeDb, query?: EntryQuery): Promise<KindCounts> {
  const filter = query?.filter;
  // A kind alone is counted from the index too; any other filter needs the entries themselves.
  if (filter && isFiltered({ ...filter, q: '', kind: undefined })) return countKinds(await selectEntries(db, query));
  const kinds = filter?.kind ? [filter.kind] : ENTRY_KINDS;
  return db.transaction('r', db.entries, async () => {
    const counts = emptyKindCounts();
    for (const kind of kinds) counts[kind] = await db.entries.where('kind').equals(kind).count();
    for (const entry of await listDeletedEntries(db)) {
      if (kinds.includes(entry.kind)) counts[entry.kind] -= 1;
    }
    return counts;
  });
}

/**
 * Live entries matching a query, newest first. Reads go in bulk (one request for many entries)
 * wherever possible, since stepping a cursor entry by entry is what makes a filtered view slow:
 * - no filter: the date index is stepped from the newest and stops at `limit`, tombstones being rare;
 * - a rare person, tag or area: the entries its index points at;
 * - anything else: the date index read in windows of days going back, each window in bulk, until
 *   `limit` entries passed every filter.
 */
async function selectEntries(db: LatitudeDb, query: EntryQuery | undefined, limit?: number) {
  const filter = query?.filter;
  const range = filter && query ? periodRange(filter, query.today) : {};
  if (!filter || !isFiltered({ ...filter, q: '' })) {
    const newest = () => db.entries.orderBy('[occurredOn+createdAt]').reverse();
    if (limit !== undefined) return newestLive(newest, limit);
    // The whole log (its export): read in key order, one bulk request, and sorted here; walking
    // the date index backwards would step a cursor entry by entry.
    return (await db.entries.toArray()).filter((entry) => !entry.deletedAt).sort(compareNewestFirst);
  }
  const keep = (entry: Entry) => matchesFilter(entry, filter, range);

  // Inside a live query only awaits of Dexie's own promises keep the subscription, so this is
  // inlined rather than in an async helper that might not await Dexie at all.
  let narrowed: (() => EntryCollection) | undefined;
  if (filter.person) {
    const spellings = await storedSpellings(db, 'person', filter.person);
    narrowed = () => db.entries.where('person').anyOf(spellings);
  } else if (filter.tag) {
    const spellings = await storedSpellings(db, 'tags', filter.tag);
    narrowed = () => db.entries.where('tags').anyOf(spellings);
  } else if (filter.area) {
    const area = filter.area;
    narrowed = () => db.entries.where('areas').equals(area);
  }
  // Reading every entry the index points at costs one read per match; walking back through the
  // log costs about `limit / density` reads. The index wins while matches < √(limit × total).
  if (narrowed && limit !== undefined) {
    const matches = await narrowed().count();
    const total = await db.entries.count();
    if (matches * matches > limit * total) narrowed = undefined;
  }
  if (narrowed) {
    // No Dexie `filter()` or `distinct()`, which would step a cursor: read in bulk, then filter.
    const seen = new Set<string>();
    const rows = (await narrowed().toArray())
      .filter((entry) => {
        if (seen.has(entry.id)) return false;
        seen.add(entry.id);
        return keep(entry);
      })
      .sort(compareNewestFirst);
    return limit === undefined ? rows : rows.slice(0, limit);
  }

  const dates = db.entries.orderBy('[occurredOn+createdAt]');
  const last = range.to ?? firstDate(await dates.clone().reverse().limit(1).keys());
  const first = range.from ?? firstDate(await dates.clone().limit(1).keys());
  if (!last || !first) return [];
  const rows: Entry[] = [];
  let upper = last;
  // The first window is a month; each next one twice as long, so a rare match costs few reads.
  for (let days = limit === undefined ? Infinity : 31; upper >= first && rows.length < (limit ?? Infinity); days *= 2) {
    const lower = days === Infinity ? first : maxDate(addDays(upper, 1 - days), first);
    const window = await db.entries
      .where('[occurredOn+createdAt]')
      .between([lower, ''], [upper, '\uffff'], true, true)
      .toArray();
    for (let i = window.length - 1; i >= 0; i -= 1) if (keep(window[i]!)) rows.push(window[i]!);
    upper = addDays(lower, -1);
  }
  return limit === undefined ? rows : rows.slice(0, limit);
}

function firstDate(keys: unknown[]): string | undefined {
  const key = keys[0];
  return Array.isArray(key) && typeof key[0] === 'string' ? key[0] : undefined;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

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
