import type { Entry, Win } from '../entry';
import { entryStrength } from './evidence';

/*
 * Orderings for lists taken from the log view, which are newest first. Each one is a stable
 * grouping by a small rank, so "then newest first" comes for free, and ten thousand entries cost
 * one pass instead of a sort with a comparator.
 */

/** Groups items by `rank(item)` (0 first, up to `ranks - 1`), keeping their order within a rank. */
export function groupByRank<T>(items: readonly T[], rank: (item: T) => number, ranks: number): T[] {
  const buckets: T[][] = [];
  for (let r = 0; r < ranks; r++) buckets.push([]);
  for (const item of items) buckets[rank(item)]!.push(item);
  const out: T[] = [];
  for (const bucket of buckets) for (const item of bucket) out.push(item);
  return out;
}

/** Backed before thin, newest first within each. */
export function backedFirst<T extends Entry>(newestFirst: readonly T[]): T[] {
  return groupByRank(newestFirst, (entry) => (entryStrength(entry) === 'backed' ? 0 : 1), 2);
}

const SCOPE_RANK = { company: 0, org: 1, team: 2, self: 3 } as const;

/** Widest scope first (company, organization, team, own work, unsaid), backed before thin. */
export function widestFirst(newestFirst: readonly Win[]): Win[] {
  return groupByRank(
    newestFirst,
    (win) => (win.scope ? SCOPE_RANK[win.scope] : 4) * 2 + (entryStrength(win) === 'backed' ? 0 : 1),
    10,
  );
}
