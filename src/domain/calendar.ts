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
  const lastDay = new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth() + 1, 0)).getUTCDate();
  value.setUTCDate(Math.min(day, lastDay));
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
