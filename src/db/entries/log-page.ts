import { addDays } from '../../domain/calendar';
import { type Entry, ENTRY_KINDS } from '../../domain/entry';
import { isFiltered, type LogFilter, matchesFilter, periodRange } from '../../domain/log-filter';
import { compareNewestFirst, countKinds, emptyKindCounts, type KindCounts } from '../../domain/log-groups';
import type { LatitudeDb } from '../database';
import { storedSpellings } from '../labels/label-keys';
import { type EntryCollection, type EntryPage, newestLive } from './capture';
import { listDeletedEntries } from './edits';

/*
 * The log page's query: filtered pages and counts per kind. Its edits are in edits.ts, the reads
 * that keep its search index current in search-feed.ts; the popup imports none of them
 * (capture.ts is its file).
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
