import type { TableName } from '../backup/tables';
import type { Clock } from './format';

/**
 * Merging what several devices wrote, record by record, so that nothing typed is ever lost.
 *
 * Every version of a record travels with a vector clock: for each device, how many versions of the
 * record it had written when this one was made. A version whose clock is below another's was seen
 * by the device that wrote the other (it is an ancestor) and is replaced by it; two versions whose
 * clocks are not ordered were written concurrently, without either device seeing the other's, and
 * both are kept as the record's heads. Merging sets of heads is a union that keeps only the
 * maximal versions, so it is commutative, associative and idempotent (tests/domain/sync/).
 *
 * What a record's heads come to (`resolveHeads`) is the same on every device: the head with the
 * highest revision wins (then the later `updatedAt`, then the content, so ties are deterministic);
 * for an entry, every other live head whose text differs is kept as a conflict copy, a new entry
 * tagged `conflict` with the losing text, so concurrent edits of one entry keep both texts.
 * A record is never removed because it is missing somewhere: merging only adds versions.
 */
export interface SyncRecord {
  id: string;
  rev?: number | undefined;
  updatedAt: string;
  deletedAt?: string | undefined;
  [field: string]: unknown;
}

export interface Version {
  table: TableName;
  clock: Clock;
  record: SyncRecord;
}

export const CONFLICT_TAG = 'conflict';

export type ClockOrder = 'before' | 'after' | 'equal' | 'concurrent';

/** How clock `a` stands to clock `b`: before (b saw it), after, equal or concurrent. */
export function compareClocks(a: Clock, b: Clock): ClockOrder {
  let less = false;
  let more = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[device] ?? 0;
    const y = b[device] ?? 0;
    if (x < y) less = true;
    if (x > y) more = true;
  }
  if (less && more) return 'concurrent';
  if (less) return 'before';
  return more ? 'after' : 'equal';
}

/** The clock of a version that has seen both. */
export function joinClocks(a: Clock, b: Clock): Clock {
  const joined: Clock = { ...a };
  for (const [device, count] of Object.entries(b)) joined[device] = Math.max(joined[device] ?? 0, count);
  return joined;
}

/** The clock of the next version `device` writes after having seen `clock`. */
export function tickClock(clock: Clock, device: string): Clock {
  return { ...clock, [device]: (clock[device] ?? 0) + 1 };
}

/** JSON with object keys sorted, so that equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${fields.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Which of two versions of one record wins: positive when `a` does. A total order. */
export function compareVersions(a: Version, b: Version): number {
  return (
    (a.record.rev ?? 0) - (b.record.rev ?? 0) ||
    compareText(a.record.updatedAt, b.record.updatedAt) ||
    compareText(canonicalJson(a.record), canonicalJson(b.record)) ||
    compareText(canonicalJson(a.clock), canonicalJson(b.clock))
  );
}

export function recordKey(table: TableName, id: string): string {
  return `${table}/${id}`;
}

/** The heads of one record after merging two sets of them: the versions no other version has seen. */
export function mergeHeads(a: readonly Version[], b: readonly Version[]): Version[] {
  // The common case, a record only one side has one version of: nothing to compare.
  if (a.length + b.length === 1) return [...a, ...b];
  // Two versions with one clock should not exist; if they do, the winner stands for both.
  const byClock = new Map<string, Version>();
  for (const version of [...a, ...b]) {
    const clock = canonicalJson(version.clock);
    const known = byClock.get(clock);
    if (!known || compareVersions(version, known) > 0) byClock.set(clock, version);
  }
  const distinct = [...byClock.values()];
  return distinct
    .filter((version) => distinct.every((other) => compareClocks(version.clock, other.clock) !== 'before'))
    .sort((x, y) => compareText(canonicalJson(x.clock), canonicalJson(y.clock)));
}

/** Every record's heads, by `recordKey`, on one device or in one file. */
export type Replica = ReadonlyMap<string, readonly Version[]>;

export function mergeReplicas(a: Replica, b: Replica): Map<string, Version[]> {
  const merged = new Map<string, Version[]>();
  for (const key of new Set([...a.keys(), ...b.keys()]))
    merged.set(key, mergeHeads(a.get(key) ?? [], b.get(key) ?? []));
  return merged;
}

/** Adds versions (e.g. read from a file) to a replica. */
export function addVersions(replica: Replica, versions: readonly Version[]): Map<string, Version[]> {
  const added = new Map<string, Version[]>();
  for (const version of versions) {
    const key = recordKey(version.table, version.record.id);
    added.set(key, mergeHeads(added.get(key) ?? [], [version]));
  }
  return replica.size === 0 ? added : mergeReplicas(replica, added);
}

export interface Resolution {
  winner: Version;
  /** Conflict copies of the losing texts (entries only), as new live entries. */
  copies: SyncRecord[];
}

export function resolveHeads(heads: readonly Version[]): Resolution {
  const winner = heads.reduce((best, head) => (compareVersions(head, best) > 0 ? head : best));
  const copies = new Map<string, SyncRecord>();
  if (winner.table === 'entries') {
    for (const head of heads) {
      if (head === winner || head.record.deletedAt) continue;
      if (!winner.record.deletedAt && head.record.text === winner.record.text) continue;
      const copy = conflictCopy(head.record);
      copies.set(copy.id, copy);
    }
  }
  return { winner, copies: [...copies.values()] };
}

/**
 * The entry that keeps a losing text: the same entry (kind, date, fields) under an id derived from
 * the original's id and the text, so that every device makes the very same copy, tagged `conflict`.
 */
export function conflictCopy(entry: SyncRecord): SyncRecord {
  const tags = Array.isArray(entry.tags) ? (entry.tags as string[]) : [];
  const kept = tags.filter((tag) => tag !== CONFLICT_TAG).slice(0, 19);
  const { deletedAt: _deleted, ...live } = entry;
  return {
    ...live,
    id: derivedUuid(`${entry.id}\n${String(entry.text)}`),
    tags: [...kept, CONFLICT_TAG],
    rev: 1,
  };
}

/** Every live and deleted record a replica comes to, by `recordKey`, conflict copies included. */
export function materialize(replica: Replica): Map<string, SyncRecord> {
  const records = new Map<string, SyncRecord>();
  const copies: SyncRecord[] = [];
  for (const [key, heads] of replica) {
    if (heads.length === 0) continue;
    const { winner, copies: more } = resolveHeads(heads);
    records.set(key, winner.record);
    copies.push(...more);
  }
  for (const copy of copies) {
    const key = recordKey('entries', copy.id);
    if (!records.has(key)) records.set(key, copy);
  }
  return records;
}

/**
 * A version-8 UUID from a text: 128 bits of four seeded 32-bit hashes (cyrb-style). Not a
 * cryptographic hash; it only has to give every device the same id for the same copy.
 */
export function derivedUuid(text: string): string {
  const words = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f].map((seed) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    return h1 >>> 0;
  });
  const hex = words.map((word) => word.toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
