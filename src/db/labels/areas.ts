import { areaIdFor, BUILT_IN_AREAS, type CustomArea, customAreaSchema } from '../../domain/area';
import type { FieldError } from '../../domain/capture';
import { fieldErrors } from '../../domain/capture';
import { sameLabel } from '../../domain/log-filter';
import type { LatitudeDb } from '../database';

export type AreaChange = { ok: true; area: CustomArea } | { ok: false; errors: FieldError[] };

/** The user's own areas (the built-in eight are in code, not stored). */
export async function listCustomAreas(db: LatitudeDb): Promise<CustomArea[]> {
  return (await db.areas.toArray()).filter((area) => !area.deletedAt);
}

/** Adds an area beside the built-in ones; a name already used (built-in or own) is refused. */
export function addCustomArea(db: LatitudeDb, name: string, now: Date): Promise<AreaChange> {
  return db.transaction('rw', db.areas, async () => {
    const own = await db.areas.toArray();
    const clash = [...BUILT_IN_AREAS, ...own.filter((area) => !area.deletedAt)].find((area) =>
      sameLabel(area.name, name.trim()),
    );
    if (clash) return nameTaken(clash.name);
    const taken = new Set<string>([...BUILT_IN_AREAS.map((area) => area.id), ...own.map((area) => area.id)]);
    const stamp = now.toISOString();
    const parsed = customAreaSchema.safeParse({
      id: areaIdFor(name, taken),
      createdAt: stamp,
      updatedAt: stamp,
      name,
    });
    if (!parsed.success) return { ok: false, errors: nameErrors(parsed.error) };
    await db.areas.add(parsed.data);
    return { ok: true, area: parsed.data };
  });
}

/** Renames one of the user's areas. Its id, stored on entries, stays the same. */
export function renameCustomArea(db: LatitudeDb, id: string, name: string, now: Date): Promise<AreaChange> {
  return db.transaction('rw', db.areas, async () => {
    const area = await db.areas.get(id);
    if (!area || area.deletedAt) {
      return { ok: false, errors: [{ field: 'name', message: 'This area is no longer there.' }] };
    }
    const others = (await db.areas.toArray()).filter((other) => other.id !== id && !other.deletedAt);
    const clash = [...BUILT_IN_AREAS, ...others].find((other) => sameLabel(other.name, name.trim()));
    if (clash) return nameTaken(clash.name);
    const parsed = customAreaSchema.safeParse({ ...area, name, updatedAt: now.toISOString() });
    if (!parsed.success) return { ok: false, errors: nameErrors(parsed.error) };
    await db.areas.put(parsed.data);
    return { ok: true, area: parsed.data };
  });
}

function nameTaken(name: string): AreaChange {
  return { ok: false, errors: [{ field: 'name', message: `There is already an area called ${name}.` }] };
}

function nameErrors(error: Parameters<typeof fieldErrors>[0]): FieldError[] {
  return fieldErrors(error).map((e) => ({ ...e, field: 'name' }));
}
