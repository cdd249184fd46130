import type { Win } from '../entry';
import { strengthRank } from './evidence';

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

const SCOPE_RANK = { company: 0, org: 1, team: 2, self: 3 } as const;

/**
 * Widest reach first (company, organization, team, own work, unsaid), and within a reach the
 * strongest evidence first: how a promotion or review reader weighs wins, not by date.
 */
export function widestFirst<T extends Win>(
  newestFirst: readonly T[],
  strengthOf: (win: T) => 'strong' | 'some' | 'thin',
): T[] {
  return groupByRank(
    newestFirst,
    (win) => (win.scope ? SCOPE_RANK[win.scope] : 4) * 3 + strengthRank(strengthOf(win)),
    15,
  );
}

/** Strongest evidence first, newest first within each. */
export function strongestFirst<T extends Win>(
  newestFirst: readonly T[],
  strengthOf: (win: T) => 'strong' | 'some' | 'thin',
): T[] {
  return groupByRank(newestFirst, (win) => strengthRank(strengthOf(win)), 3);
}
