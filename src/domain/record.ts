import * as z from 'zod/mini';

export const YEAR_MIN = 1970;
export const YEAR_MAX = 2100;

/**
 * The schemas' own words for a year out of range; each place that names its fields says it with
 * the field's name (`yearRangeMessage`), and an import says it with the field's path.
 */
export const YEAR_RANGE_MESSAGE = `Use a year from ${YEAR_MIN} to ${YEAR_MAX}.`;

export function yearRangeMessage(field: string): string {
  return `${field}: use a year from ${YEAR_MIN} to ${YEAR_MAX}.`;
}

export function isYearRangeIssue(issue: { message?: string } | undefined): boolean {
  return issue?.message === YEAR_RANGE_MESSAGE;
}

/**
 * Whether the year of a `YYYY-…` value is one Latitude accepts. Years 0000–0099 are the trap:
 * `Date.UTC` and `new Date(y, …)` read them as 1900–1999, so a log could silently move a century.
 * A value that does not start with four digits passes here: the format check reports it.
 */
export function hasYearInRange(value: string): boolean {
  const year = /^(\d{4})-/.exec(value);
  if (!year) return true;
  const number = Number(year[1]);
  return number >= YEAR_MIN && number <= YEAR_MAX;
}

const yearInRange = z.refine<string>(hasYearInRange, YEAR_RANGE_MESSAGE);

export const timestampSchema = z.iso.datetime({ offset: true }).check(yearInRange);
export const calendarDateSchema = z.iso.date().check(yearInRange);

/**
 * What every stored record carries, so that a later sync engine can merge by id and revision and
 * carry deletions as tombstones. `rev` counts the writes of a record (see src/domain/revision.ts);
 * records stored before revisions existed have none, which counts as 0.
 */
export const recordFields = {
  id: z.uuid(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: z.optional(timestampSchema),
  rev: z.optional(z.int().check(z.minimum(0))),
};

/**
 * Where a capture came from: a web page. Titles are untrusted text, shown only as text; only http(s)
 * URLs are kept, so a stored link can never be `javascript:`.
 */
export const sourceSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2048)),
  title: z.string().check(z.maxLength(500)),
});

export type Source = z.infer<typeof sourceSchema>;

/** The clock and the id maker come in from outside, so that domain code stays deterministic. */
export interface RecordEnv {
  now: Date;
  newId: () => string;
}

/** The local calendar date of `now`, as `YYYY-MM-DD`: what "today" means to the person logging. */
export function localDate(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
