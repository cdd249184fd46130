/**
 * Arithmetic on calendar dates (`YYYY-MM-DD`). Dates are handled as UTC midnights so that adding a
 * day never lands on 23:00 or 01:00 across a daylight-saving change.
 */
export function parseCalendarDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const value = parseCalendarDate(date);
  value.setUTCDate(value.getUTCDate() + days);
  return formatCalendarDate(value);
}

export function addMonths(date: string, months: number): string {
  const value = parseCalendarDate(date);
  const day = value.getUTCDate();
  value.setUTCDate(1);
  value.setUTCMonth(value.getUTCMonth() + months);
  // 31 March minus one month is the last day of February, not 3 March.
  value.setUTCDate(Math.min(day, daysInMonth(value.getUTCFullYear(), value.getUTCMonth())));
  return formatCalendarDate(value);
}

/** The Monday of the week `date` falls in (weeks start on Monday, as in ISO 8601). */
export function startOfWeek(date: string): string {
  const weekday = (parseCalendarDate(date).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/**
 * The UTC midnight of a day given by its parts, for any year. `Date.UTC(y, …)` takes years 0–99
 * as 1900–1999 (`Date.UTC(50, 0, 1)` is 1 January 1950); `setUTCFullYear` takes the year as given.
 * Months and days overflow as in `Date.UTC`.
 */
export function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** How many days a month has (`monthIndex` from 0), leap years of every century included. */
export function daysInMonth(year: number, monthIndex: number): number {
  return utcDate(year, monthIndex + 1, 0).getUTCDate();
}
