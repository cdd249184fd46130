import * as z from 'zod/mini';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The weekly "What did you win this week?" nudge. Off until the user turns it on. */
export const loggingReminderSchema = z.object({
  enabled: z.boolean(),
  /** 0 = Sunday … 6 = Saturday, as `Date.getDay()`. */
  weekday: z.int().check(z.gte(0), z.lte(6)),
  /** Local time of day, `HH:MM`, 24-hour. */
  time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 16:00')),
});

export type LoggingReminder = z.infer<typeof loggingReminderSchema>;

export const DEFAULT_LOGGING_REMINDER: LoggingReminder = { enabled: false, weekday: 5, time: '16:00' };

export const LOGGING_REMINDER_TITLE = 'What did you win this week?';
export const LOGGING_REMINDER_MESSAGE = 'Two minutes now saves an hour before your next review. Click to log it.';

/**
 * The next local date and time on the chosen weekday, strictly after `now`. Computed afresh for
 * each reminder rather than repeating every 7 × 24 hours, so it stays at the same local time
 * across daylight-saving changes.
 */
export function nextReminderAt(reminder: Pick<LoggingReminder, 'weekday' | 'time'>, now: Date): Date {
  const [hours, minutes] = reminder.time.split(':').map(Number) as [number, number];
  const candidate = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes, 0, 0);
  const daysAhead = (reminder.weekday - now.getDay() + 7) % 7;
  candidate.setDate(candidate.getDate() + daysAhead);
  if (candidate.getTime() <= now.getTime()) candidate.setDate(candidate.getDate() + 7);
  return candidate;
}
