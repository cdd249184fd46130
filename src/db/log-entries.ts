import type { CaptureResult, FieldError } from '../domain/capture';
import { type Entry, ENTRY_KINDS, entrySchema } from '../domain/entry';
import { isFiltered, type LogFilter, matchesFilter, periodRange } from '../domain/log-filter';
import { compareNewestFirst, countKinds, emptyKindCounts, type KindCounts } from '../domain/log-groups';
import type { LatitudeDb } from './database';
import type { EntryPage } from './entries';
import { storedSpellings } from './label-keys';

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
export async function listFilteredEntriesPage(
  db: LatitudeDb,
  limit: number,
  query?: EntryQuery,
): Promise<EntryPage> {
  const rows = await selectEntries(db, query, limit + 1);
  return { entries: rows.slice(0, limit), hasMore: rows.length > limit };
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
 * Live entries matching a query, newest first. A rare person, tag or area reads just the entries
 * its index points at; otherwise the log is walked in date order (inside the period, if any) and
 * stops as soon as `limit` entries passed every filter.
 */
async function selectEntries(db: LatitudeDb, query: EntryQuery | undefined, limit?: number) {
  const filter = query?.filter;
  const range = filter && query ? periodRange(filter, query.today) : {};
  const keep = (entry: Entry) => (filter ? matchesFilter(entry, filter, range) : !entry.deletedAt);

  // Inside a live query only awaits of Dexie's own promises keep the subscription, so the index
  // narrowing is inlined here rather than in an async helper that might not await Dexie at all.
  let narrowed: (() => EntryCollection) | undefined;
  if (filter?.person) {
    const spellings = await storedSpellings(db, 'person', filter.person);
    narrowed = () => db.entries.where('person').anyOf(spellings);
  } else if (filter?.tag) {
    const spellings = await storedSpellings(db, 'tags', filter.tag);
    narrowed = () => db.entries.where('tags').anyOf(spellings);
  } else if (filter?.area) {
    const area = filter.area;
    narrowed = () => db.entries.where('areas').equals(area);
  }
  // Reading every entry the index points at costs one read per match; walking the log in date
  // order costs about `limit / density` reads. The index wins while matches < √(limit × total).
  if (narrowed && limit !== undefined) {
    const matches = await narrowed().count();
    const total = await db.entries.count();
    if (matches * matches > limit * total) narrowed = undefined;
  }
  if (narrowed) {
    // Fresh collections each time: a Dexie collection made `distinct()` remembers what it saw.
    const rows = (await narrowed().distinct().filter(keep).toArray()).sort(compareNewestFirst);
    return limit === undefined ? rows : rows.slice(0, limit);
  }
  // A whole-index walk is cheaper than a bounded one in some IndexedDB engines, so bounds are only
  // given when a period asks for them.
  const ordered = (
    range.from || range.to
      ? db.entries
          .where('[occurredOn+createdAt]')
          .between([range.from ?? '', ''], [range.to ?? '\uffff', '\uffff'], true, true)
      : db.entries.orderBy('[occurredOn+createdAt]')
  )
    .reverse()
    .filter(keep);
  return limit === undefined ? ordered.toArray() : ordered.limit(limit).toArray();
}

type EntryCollection = ReturnType<LatitudeDb['entries']['toCollection']>;


export function getEntry(db: LatitudeDb, id: string): Promise<Entry | undefined> {
  return db.entries.get(id);
}

/**
 * Stores an edited entry, validated again at the door. Refused when the entry is gone (purged) or
 * was deleted meanwhile in another view, so an edit never brings a deleted entry back silently.
 */
export async function updateEntry(db: LatitudeDb, entry: Entry): Promise<Entry> {
  const valid = entrySchema.parse(entry);
  await db.transaction('rw', db.entries, async () => {
    const current = await db.entries.get(valid.id);
    if (!current || current.deletedAt) throw new Error('This entry was deleted in the meantime.');
    await db.entries.put(valid);
  });
  return valid;
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
    await db.entries.bulkPut(
      deleted.map(({ deletedAt: _gone, ...entry }) => ({ ...entry, updatedAt: stamp })),
    );
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
export function readEntriesChunk(
  db: LatitudeDb,
  afterId: string | undefined,
  size: number,
): Promise<Entry[]> {
  const rows = afterId === undefined ? db.entries.orderBy(':id') : db.entries.where(':id').above(afterId);
  return rows.limit(size).toArray();
}

export function listEntryIds(db: LatitudeDb): Promise<string[]> {
  return db.entries.toCollection().primaryKeys();
}

export function getEntries(db: LatitudeDb, ids: readonly string[]): Promise<(Entry | undefined)[]> {
  return db.entries.bulkGet([...ids]);
}

