import * as z from 'zod/mini';

/**
 * The jobs in tech from the talk "Do You Really Have to Become a Manager to Advance in Your
 * Career?". The ids are stable (they are stored on entries); the names are for display.
 */
export const BUILT_IN_AREAS = [
  { id: 'coding', name: 'Writing code' },
  { id: 'leading-teams', name: 'Leading teams' },
  { id: 'managing-people', name: 'Managing people' },
  { id: 'managing-projects', name: 'Managing projects' },
  { id: 'developer-relations', name: 'Developer relations' },
  { id: 'teaching', name: 'Teaching' },
  { id: 'research', name: 'Research' },
  { id: 'debugging', name: 'Debugging' },
] as const;

export type BuiltInAreaId = (typeof BUILT_IN_AREAS)[number]['id'];

/** Built-in ids and the users' own areas share one slug format, so either can be stored. */
export const areaIdSchema = z.string().check(
  z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'An area id is lowercase words joined by hyphens'),
  z.maxLength(40, 'An area id has at most 40 characters'),
);

export type AreaId = z.infer<typeof areaIdSchema>;

export function areaName(id: AreaId): string {
  return BUILT_IN_AREAS.find((area) => area.id === id)?.name ?? id;
}
