import { isYearRangeIssue, type RecordEnv, yearRangeMessage } from '../domain/record';
import { type Role, roleSchema } from '../domain/role';
import { isSameVersion, type Revision } from '../domain/revision';
import type { LatitudeDb } from './database';

/** A role as the settings form gives it: a new one without `id`, an edited one with it. */
export interface RoleInput {
  id?: string;
  title: string;
  areas: readonly string[];
  /** `YYYY-MM-DD`. */
  from: string;
  /** `YYYY-MM-DD`; empty or absent for the current role. */
  until?: string;
  /** A different kind of work (engineer → manager), not only a new title. */
  change: boolean;
  /**
   * The version of the role the edit began from: a role changed since (in another window) is not
   * overwritten but refused with that version. Without it the edit is stored over any version.
   */
  base?: Revision | undefined;
}

/** The form field a refusal is about; `role` when it is about the record itself. */
export type RoleField = 'title' | 'areas' | 'from' | 'until' | 'role';

export type RoleChange = { ok: true; role: Role } | { ok: false; message: string; field: RoleField; theirs?: Role };

/**
 * The live roles, oldest first (by `from`; a role still running sorts after one that ended the
 * same day). The table holds a handful of records, so it is read whole and sorted here.
 */
export async function listRoles(db: LatitudeDb): Promise<Role[]> {
  const roles = (await db.roles.toArray()).filter((role) => !role.deletedAt);
  return roles.sort(
    (a, b) =>
      a.from.localeCompare(b.from) ||
      (a.until ?? '\uffff').localeCompare(b.until ?? '\uffff') ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/**
 * Adds a role, or stores an edited one (keeping its id and `createdAt`). Checked by `roleSchema`
 * first: a refusal writes nothing and names the field, with a message meant for the user. Editing
 * a role deleted meanwhile (in another window) is refused rather than bringing it back, and so is
 * an edit begun from a version changed since (`base`).
 */
export function saveRole(db: LatitudeDb, input: RoleInput, env: RecordEnv): Promise<RoleChange> {
  return db.transaction('rw', db.roles, async (): Promise<RoleChange> => {
    const stamp = env.now.toISOString();
    const existing = input.id === undefined ? undefined : await db.roles.get(input.id);
    if (input.id !== undefined && (!existing || existing.deletedAt)) {
      return {
        ok: false,
        field: 'role',
        message: 'This role is no longer there: it was deleted, perhaps in another window.',
      };
    }
    if (existing && input.base && !isSameVersion(input.base, existing)) {
      return { ok: false, field: 'role', message: 'This changed in another view.', theirs: existing };
    }
    const until = input.until?.trim();
    const parsed = roleSchema.safeParse({
      id: existing?.id ?? env.newId(),
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      // Carried on, so the write adds one to it (src/db/revisions.ts) instead of starting over.
      ...(existing?.rev === undefined ? {} : { rev: existing.rev }),
      title: input.title,
      areas: [...new Set(input.areas)],
      from: input.from.trim(),
      ...(until ? { until } : {}),
      change: input.change,
    });
    if (!parsed.success) return refusal(parsed.error.issues, input);
    await db.roles.put(parsed.data);
    return { ok: true, role: parsed.data };
  });
}

/**
 * Deletes a role by marking it (a tombstone with the time), so that Undo can bring it back and a
 * later sync can carry the deletion. Returns the role as it was, or nothing if it was not live.
 */
export function deleteRole(db: LatitudeDb, id: string, env: Pick<RecordEnv, 'now'>): Promise<Role | undefined> {
  const stamp = env.now.toISOString();
  return db.transaction('rw', db.roles, async () => {
    const role = await db.roles.get(id);
    if (!role || role.deletedAt) return undefined;
    await db.roles.put({ ...role, deletedAt: stamp, updatedAt: stamp });
    return role;
  });
}

/** Undoes a delete: the role comes back as it was, `updatedAt` moved to now. */
export function restoreRole(db: LatitudeDb, id: string, env: Pick<RecordEnv, 'now'>): Promise<boolean> {
  const stamp = env.now.toISOString();
  return db.transaction('rw', db.roles, async () => {
    const role = await db.roles.get(id);
    if (!role?.deletedAt) return false;
    const { deletedAt: _gone, ...live } = role;
    await db.roles.put({ ...live, updatedAt: stamp });
    return true;
  });
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** The first problem, in the words of the form: the schema's own messages, or a plain one. */
function refusal(issues: readonly Issue[], input: RoleInput): RoleChange {
  const issue = issues[0];
  const field = String(issue?.path[0] ?? 'role');
  if ((field === 'from' || field === 'until') && isYearRangeIssue(issue)) {
    return { ok: false, field, message: yearRangeMessage(field === 'from' ? 'From' : 'Until') };
  }
  switch (field) {
    case 'title':
      return { ok: false, field, message: ownMessage(issue) ?? 'Give the role a title.' };
    case 'areas':
      return { ok: false, field, message: ownMessage(issue) ?? 'Choose the areas from the list.' };
    case 'from':
      return {
        ok: false,
        field,
        message: input.from.trim()
          ? 'From is not a date: give the day the role started.'
          : 'Give the day the role started.',
      };
    case 'until':
      return {
        ok: false,
        field,
        message: ownMessage(issue) ?? 'Until is not a date: give the last day of the role, or leave it empty.',
      };
    default:
      return { ok: false, field: 'role', message: `The role could not be saved: ${issue?.message ?? 'invalid data'}.` };
  }
}

/** The schema's message when it is one of ours; Zod's own ("Invalid input", "Too big…") is not. */
function ownMessage(issue: Issue | undefined): string | undefined {
  const message = issue?.message;
  return message && !/^(Invalid|Too )/.test(message) ? message : undefined;
}
