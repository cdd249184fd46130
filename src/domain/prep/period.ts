import { daysInMonth, utcDate } from '../calendar';
import { hasYearInRange, localDate } from '../record';
import type { Period } from './types';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. It runs in UTC on purpose: a date is a day on the
 * calendar, not an instant, so daylight-saving changes must not shift it. Only "today" depends on
 * the local clock (see `localDate`).
 */

export const PERIOD_PRESETS = [
  { id: 'last-3-months', months: 3, label: 'Last 3 months' },
  { id: 'last-6-months', months: 6, label: 'Last 6 months' },
  { id: 'last-12-months', months: 12, label: 'Last 12 months' },
] as const;

export type PeriodPresetId = (typeof PERIOD_PRESETS)[number]['id'];

/** The last `months` months up to and including today. */
export function periodOfLastMonths(months: number, now: Date): Period {
  const to = localDate(now);
  return { from: addDays(addMonths(to, -months), 1), to };
}

export function isInPeriod(date: string, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return fromUtc(utcDate(year, month - 1, day + days));
}

/** The same day `months` months later (or earlier), moved back to the month's last day if needed. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const target = utcDate(year, month - 1 + months, 1);
  target.setUTCDate(Math.min(day, daysInMonth(target.getUTCFullYear(), target.getUTCMonth())));
  return fromUtc(target);
}

/** `YYYY-MM` of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** A month as a number that grows by one each month, for spans and slopes. */
export function monthOrdinal(month: string): number {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  return year * 12 + (monthNumber - 1);
}

/** How many calendar months the period touches (at least one). */
export function monthsInPeriod(period: Period): number {
  if (period.from > period.to) return 1;
  return monthOrdinal(monthOf(period.to)) - monthOrdinal(monthOf(period.from)) + 1;
}

/**
 * Whether a string is a real calendar date in the years Latitude accepts, so that a typed custom
 * period cannot be `2024-02-31` or start in year 0050.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !hasYearInRange(value)) return false;
  const [year, month, day] = parts(value);
  return fromUtc(utcDate(year, month - 1, day)) === value;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function fromUtc(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
