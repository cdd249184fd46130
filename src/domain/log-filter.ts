import * as z from 'zod/mini';
import { areaIdSchema } from './area';
import { addDays, addMonths } from './calendar';
import { type Entry, ENTRY_KINDS, type EntryKind, MEANINGS } from './entry';
import { calendarDateSchema } from './record';

/** Relative periods stay relative in a bookmark: "last 90 days" opened next month still means that. */
export const PERIODS = ['last-30-days', 'last-90-days', 'last-12-months', 'this-year', 'last-year', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export const PERIOD_LABELS: Record<Period, string> = {
  'last-30-days': 'Last 30 days',
  'last-90-days': 'Last 90 days',
  'last-12-months': 'Last 12 months',
  'this-year': 'This year',
  'last-year': 'Last year',
  custom: 'Between dates',
};

export const ENERGY_FILTERS = ['energizing', 'draining', '2', '1', '0', '-1', '-2'] as const;
export type EnergyFilter = (typeof ENERGY_FILTERS)[number];

export const GROUPINGS = ['week', 'month'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** What the log shows: a search and filters that combine with it (all must hold). */
export interface LogFilter {
  q: string;
  kind?: EntryKind;
  area?: string;
  tag?: string;
  person?: string;
  energy?: EnergyFilter;
  meaning?: (typeof MEANINGS)[number];
  period?: Period;
  /** Only with the custom period: the first and last day, both included. */
  from?: string;
  to?: string;
  group: Grouping;
}

export const EMPTY_FILTER: LogFilter = { q: '', group: 'week' };

const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

/** One schema per query-string parameter, so that one bad value drops only itself. */
const PARAMS = {
  q: z.string().check(z.maxLength(500)),
  kind: z.enum(ENTRY_KINDS),
  area: areaIdSchema,
  tag: shortText,
  person: shortText,
  energy: z.enum(ENERGY_FILTERS),
  meaning: z.enum(MEANINGS),
  period: z.enum(PERIODS),
  from: calendarDateSchema,
  to: calendarDateSchema,
  group: z.enum(GROUPINGS),
} as const;

type ParamName = keyof typeof PARAMS;
const PARAM_ORDER = Object.keys(PARAMS) as ParamName[];

/**
 * Reads a filter from a query string. A bookmark edited by hand or made by an older version opens
 * with whatever still makes sense: unknown or malformed parameters are ignored, never an error.
 */
export function parseLogFilter(search: string | URLSearchParams): LogFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: Record<string, unknown> = { ...EMPTY_FILTER };
  for (const name of PARAM_ORDER) {
    const raw = params.get(name);
    if (raw === null || raw === '') continue;
    const parsed = PARAMS[name].safeParse(raw);
    if (parsed.success) filter[name] = parsed.data;
  }
  const result = filter as unknown as LogFilter;
  if (result.period !== 'custom') {
    delete result.from;
    delete result.to;
  }
  return result;
}

/** The query string for a filter (without "?"), in a stable order, leaving out defaults. */
export function serializeLogFilter(filter: LogFilter): string {
  const params = new URLSearchParams();
  for (const name of PARAM_ORDER) {
    const value = filter[name];
    if (value === undefined || value === '' || value === EMPTY_FILTER[name]) continue;
    if ((name === 'from' || name === 'to') && filter.period !== 'custom') continue;
    params.set(name, String(value));
  }
  return params.toString();
}

/** Whether anything narrows the view (the grouping does not). */
export function isFiltered(filter: LogFilter): boolean {
  return PARAM_ORDER.some((name) => name !== 'group' && filter[name] !== undefined && filter[name] !== '');
}

export interface DateRange {
  /** First day included, or open. */
  from?: string;
  /** Last day included, or open. */
  to?: string;
}

/** The days a period covers, as of `today` (the user's local date). */
export function periodRange(filter: LogFilter, today: string): DateRange {
  const year = Number(today.slice(0, 4));
  switch (filter.period) {
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
    case 'last-90-days':
      return { from: addDays(today, -89), to: today };
    case 'last-12-months':
      return { from: addDays(addMonths(today, -12), 1), to: today };
    case 'this-year':
      return { from: `${year}-01-01`, to: today };
    case 'last-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'custom':
      return { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
    default:
      return {};
  }
}

/**
 * Compares names and tags as people read them: "Billing" and "billing" are one tag (the same rule
 * as `parseTags` uses to drop duplicates).
 */
export function sameLabel(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/**
 * Whether an entry passes every filter except the search text, which the search index decides.
 * Tombstoned entries never pass.
 */
export function matchesFilter(entry: Entry, filter: LogFilter, range: DateRange): boolean {
  if (entry.deletedAt) return false;
  if (filter.kind && entry.kind !== filter.kind) return false;
  if (filter.area && !entry.areas.includes(filter.area)) return false;
  if (filter.tag !== undefined && !entry.tags.some((tag) => sameLabel(tag, filter.tag!))) return false;
  if (filter.person !== undefined && !(entry.person && sameLabel(entry.person, filter.person))) {
    return false;
  }
  if (filter.energy && !matchesEnergy(entry.energy, filter.energy)) return false;
  if (filter.meaning && entry.meaning !== filter.meaning) return false;
  if (range.from && entry.occurredOn < range.from) return false;
  if (range.to && entry.occurredOn > range.to) return false;
  return true;
}

function matchesEnergy(energy: number | undefined, wanted: EnergyFilter): boolean {
  if (energy === undefined) return false;
  if (wanted === 'energizing') return energy > 0;
  if (wanted === 'draining') return energy < 0;
  return energy === Number(wanted);
}
