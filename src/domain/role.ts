import * as z from 'zod/mini';
import { areaIdSchema } from './area';
import { calendarDateSchema, recordFields } from './record';

/**
 * One of the user's own roles over time: "Engineering manager — managing people, leading teams —
 * since 2026-01-05". Preps read "in this role" from it: since when the current role runs, and
 * which areas it centres on (a step-down or lateral prep compares them with the previous role's).
 *
 * `change` marks a role that began a different kind of work (engineer → manager), as opposed to a
 * new title for the same work (engineer → senior engineer). "In this role" runs from the latest
 * change, so a promotion within management does not reset a manager's story.
 */
export const roleSchema = z
  .object({
    ...recordFields,
    title: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Give the role a title, such as "Engineering manager".'),
        z.maxLength(100, 'A role title has at most 100 characters.'),
      ),
    areas: z.array(areaIdSchema).check(z.maxLength(8, 'A role centres on at most 8 areas.')),
    from: calendarDateSchema,
    until: z.optional(calendarDateSchema),
    change: z.optional(z.boolean()),
  })
  .check(
    z.refine((role) => !role.until || role.until >= role.from, {
      message: 'A role ends on or after the day it starts.',
      path: ['until'],
    }),
  );

export type Role = z.infer<typeof roleSchema>;
