import Dexie from 'dexie';
import type { ActionItem } from '../domain/action-item';
import type { Entry } from '../domain/entry';
import type { Person } from '../domain/person';
import type { Period, PrepLog } from '../domain/prep/types';
import type { Role } from '../domain/role';
import type { LatitudeDb } from './database';
import { type EntriesStamp, listEntriesUpdatedSince, readEntriesStamp } from './entries/search-feed';
import { listRoles } from './roles';

export interface PrepSource extends PrepLog {
  entries: Entry[];
  people: Person[];
  actionItems: ActionItem[];
  /** The user's live roles, oldest first: "in this role" is read from them. */
  roles: Role[];
}

/** A prep source as read at one moment, with what brings it up to date later without reading it all again. */
export interface StampedPrepSource {
  source: PrepSource;
  period: Period;
  /** The entries table when it was read: a change of the log changes it. */
  stamp: EntriesStamp;
  /** Every record in the period's range when it was read, tombstones too. */
  ids: ReadonlySet<string>;
}

/**
 * What a prep of this period reads, and nothing more: the period's entries through the
 * `[occurredOn+createdAt]` index (so a year of a long log is one range scan, oldest first, the
 * order the engine sorts cheapest), the people, the open action items and the user's roles (the
 * whole history, whatever the period: the current role may have started before it). One read
 * transaction, so the four agree with each other.
 */
export async function loadPrepSource(db: LatitudeDb, period: Period): Promise<PrepSource> {
  return (await loadStampedPrepSource(db, period)).source;
}

/** `loadPrepSource`, with the stamp and ids `refreshPrepSource` starts from. */
export function loadStampedPrepSource(db: LatitudeDb, period: Period): Promise<StampedPrepSource> {
  return db.transaction('r', [db.entries, db.people, db.actionItems, db.roles], async () => {
    const stamp = await readEntriesStamp(db);
    // Tombstones are dropped after the read: a Dexie `.filter()` would turn the one `getAll` on
    // the index range into a cursor step per record, several times slower for a year of entries.
    const records = period.from > period.to ? [] : await inPeriod(db, period).toArray();
    const entries = records.filter((entry) => !entry.deletedAt);
    const rest = await readSmallTables(db);
    return { source: { entries, ...rest }, period, stamp, ids: new Set(records.map((entry) => entry.id)) };
  });
}

/**
 * The same source brought up to date after the log changed, without reading the period again:
 * the entries written since it was read, and the period's keys (keys only) to catch records
 * removed for good or imported with older stamps. The people, action items and roles are small
 * and read again. Resolves with the source itself when nothing it holds changed.
 */
export function refreshPrepSource(db: LatitudeDb, read: StampedPrepSource): Promise<StampedPrepSource> {
  const { period } = read;
  return db.transaction('r', [db.entries, db.people, db.actionItems, db.roles], async () => {
    const stamp = await readEntriesStamp(db);
    const rest = await readSmallTables(db);
    const sameRest = JSON.stringify(rest) === JSON.stringify(smallTablesOf(read.source));
    if (stamp.count === read.stamp.count && stamp.latest === read.stamp.latest) {
      return sameRest ? read : { ...read, source: { ...read.source, ...rest } };
    }
    const ids = new Set(period.from > period.to ? [] : await inPeriod(db, period).primaryKeys());
    const changed = read.stamp.latest ? await listEntriesUpdatedSince(db, read.stamp.latest) : [];
    const byId = new Map(read.source.entries.map((entry) => [entry.id, entry]));
    for (const entry of changed) byId.set(entry.id, entry);
    const missing = [...ids].filter((id) => !read.ids.has(id) && !byId.has(id));
    for (const entry of await db.entries.bulkGet(missing)) if (entry) byId.set(entry.id, entry);
    const entries = [...byId.values()]
      .filter((entry) => ids.has(entry.id) && !entry.deletedAt)
      .sort((a, b) => compare(a.occurredOn, b.occurredOn) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
    return { source: { entries, ...rest }, period, stamp, ids };
  });
}

/**
 * What a prep page watches (in a live query) to know the log changed: a write to any table the
 * prep reads changes what this reads. Cheap: a count and one key per table.
 */
export function readPrepStamp(db: LatitudeDb): Promise<unknown[]> {
  return db.transaction('r', [db.entries, db.people, db.actionItems, db.roles], async () => [
    await readEntriesStamp(db),
    await db.people.count(),
    await db.actionItems.count(),
    await db.roles.count(),
  ]);
}

function inPeriod(db: LatitudeDb, period: Period) {
  return db.entries
    .where('[occurredOn+createdAt]')
    .between([period.from, Dexie.minKey], [period.to, Dexie.maxKey], true, true);
}

type SmallTables = Pick<PrepSource, 'people' | 'actionItems' | 'roles'>;

async function readSmallTables(db: LatitudeDb): Promise<SmallTables> {
  const people = await db.people
    .orderBy('name')
    .filter((person) => !person.deletedAt)
    .toArray();
  // Action items have no index on `doneAt`; the table holds commitments, not the log, and stays
  // small enough to scan.
  const actionItems = await db.actionItems.filter((item) => !item.deletedAt && !item.doneAt).toArray();
  const roles = await listRoles(db);
  return { people, actionItems, roles };
}

function smallTablesOf({ people, actionItems, roles }: PrepSource): SmallTables {
  return { people, actionItems, roles };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
