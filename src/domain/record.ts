import * as z from 'zod/mini';

/**
 * What every stored record carries, so that a later sync engine can merge by id and revision and
 * carry deletions as tombstones. `rev` counts the writes of a record (see src/domain/revision.ts);
 * records stored before revisions existed have none, which counts as 0.
 */
export const timestampSchema = z.iso.datetime({ offset: true });
export const calendarDateSchema = z.iso.date();

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
