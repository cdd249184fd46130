import * as z from 'zod/mini';
import { recordFields } from './record';

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
export const areaIdSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'An area id is lowercase words joined by hyphens'),
    z.maxLength(40, 'An area id has at most 40 characters'),
  );

export type AreaId = z.infer<typeof areaIdSchema>;

export function areaName(id: AreaId): string {
  return BUILT_IN_AREAS.find((area) => area.id === id)?.name ?? id;
}

/**
 * Names areas by id with the user's own areas too. Deleted ones keep their name: entries may still
 * carry their id, and a name says more than a slug.
 */
export function areaNamer(custom: readonly Pick<CustomArea, 'id' | 'name'>[]): (id: AreaId) => string {
  const names = new Map<string, string>(custom.map((area) => [area.id, area.name]));
  for (const area of BUILT_IN_AREAS) names.set(area.id, area.name);
  return (id) => names.get(id) ?? id;
}

/** An area the user added beside the built-in ones; its id is made once from the first name. */
export const customAreaSchema = z.object({
  ...recordFields,
  // The slug stored on entries, not a UUID: entries name their areas by id.
  id: areaIdSchema,
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'An area needs a name.'),
      z.maxLength(60, 'An area name has at most 60 characters.'),
    ),
});

export type CustomArea = z.infer<typeof customAreaSchema>;

export interface AreaOption {
  id: AreaId;
  name: string;
}

/**
 * A stable id for a new area's name ("Site reliability!" → `site-reliability`). Names in scripts
 * without Latin letters get a neutral id, since the id is never shown.
 */
export function areaIdFor(name: string, taken: ReadonlySet<string>): AreaId {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32)
      .replace(/-+$/, '') || 'area';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Built-in areas first, in the talk's order, then the user's own, by name. */
export function allAreas(custom: readonly CustomArea[]): AreaOption[] {
  const own = custom
    .filter((area) => !area.deletedAt)
    .map((area) => ({ id: area.id, name: area.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [...BUILT_IN_AREAS, ...own];
}
