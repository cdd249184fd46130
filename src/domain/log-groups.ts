import { parseCalendarDate, startOfMonth, startOfWeek } from './calendar';
import { type Entry, ENTRY_KINDS, type EntryKind } from './entry';
import type { Grouping } from './log-filter';

export type KindCounts = Record<EntryKind, number>;

export interface EntryGroup {
  /** The first day of the week or month, stable as a key. */
  key: string;
  label: string;
  entries: Entry[];
  counts: KindCounts;
}

export function emptyKindCounts(): KindCounts {
  return Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, 0])) as KindCounts;
}

export function countKinds(entries: readonly Entry[]): KindCounts {
  const counts = emptyKindCounts();
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}

/**
 * Splits entries, already in newest-first order, into consecutive weeks or months. The order of
 * the entries is kept: a search ranks by relevance and is not grouped.
 */
export function groupEntries(entries: readonly Entry[], by: Grouping): EntryGroup[] {
  const groups: EntryGroup[] = [];
  let current: EntryGroup | undefined;
  for (const entry of entries) {
    const key = by === 'week' ? startOfWeek(entry.occurredOn) : startOfMonth(entry.occurredOn);
    if (current?.key !== key) {
      current = { key, label: groupLabel(key, by), entries: [], counts: emptyKindCounts() };
      groups.push(current);
    }
    current.entries.push(entry);
    current.counts[entry.kind] += 1;
  }
  return groups;
}

const MONTH = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function groupLabel(key: string, by: Grouping): string {
  const date = parseCalendarDate(key);
  return by === 'week' ? `Week of ${DAY.format(date)}` : MONTH.format(date);
}

const KIND_WORDS: Record<EntryKind, [string, string]> = {
  win: ['win', 'wins'],
  feedback: ['feedback', 'feedback'],
  talent: ['talent note', 'talent notes'],
  note: ['note', 'notes'],
};

/** "3 wins, 1 feedback": the kinds present, in the usual order. */
export function describeKindCounts(counts: KindCounts): string {
  return ENTRY_KINDS.filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${KIND_WORDS[kind][counts[kind] === 1 ? 0 : 1]}`)
    .join(', ');
}

/** The log's order: newest day first, and within a day, latest captured first. */
export function compareNewestFirst(a: Entry, b: Entry): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return 0;
}
