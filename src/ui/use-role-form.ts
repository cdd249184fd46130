import { useState } from 'preact/hooks';
import type { LatitudeDb } from '../db/database';
import { deleteRole, restoreRole, type RoleField, saveRole } from '../db/roles';
import type { Role } from '../domain/role';
import type { AppClock } from './app-env';

/** The role form as typed: dates as the date inputs give them, `until` empty for the current role. */
export interface RoleDraft {
  title: string;
  areas: string[];
  from: string;
  until: string;
  change: boolean;
}

/** A new role is a change of role unless said otherwise: most entries in a history are. */
export const EMPTY_ROLE_DRAFT: RoleDraft = { title: '', areas: [], from: '', until: '', change: true };

export function draftFromRole(role: Role): RoleDraft {
  return { title: role.title, areas: [...role.areas], from: role.from, until: role.until ?? '', change: role.change ?? false };
}

export interface RoleError {
  field: RoleField;
  message: string;
}

export type RoleNotice =
  | { kind: 'none' }
  | { kind: 'saved' }
  | { kind: 'deleted'; role: Role }
  | { kind: 'restored'; role: Role }
  | { kind: 'failed'; message: string };

/**
 * The state of Settings → Your roles: the form's draft (kept as typed when a field is refused),
 * the role being edited if any, the refusal, and one notice line (saved, deleted with Undo).
 * Every write goes through src/db/roles.ts; the list itself is a live query in the view.
 */
export function useRoleForm(db: LatitudeDb, clock: AppClock) {
  const [draft, setDraft] = useState<RoleDraft>(EMPTY_ROLE_DRAFT);
  const [editing, setEditing] = useState<Role | undefined>(undefined);
  const [error, setError] = useState<RoleError | undefined>(undefined);
  const [notice, setNotice] = useState<RoleNotice>({ kind: 'none' });
  const [saving, setSaving] = useState(false);

  function reset() {
    setDraft(EMPTY_ROLE_DRAFT);
    setEditing(undefined);
    setError(undefined);
  }

  async function attempt<T>(action: () => Promise<T>, failure: string): Promise<T | undefined> {
    try {
      return await action();
    } catch (cause) {
      setNotice({ kind: 'failed', message: `${failure}: ${cause instanceof Error ? cause.message : String(cause)}` });
      return undefined;
    }
  }

  return {
    draft,
    editing,
    error,
    notice,
    saving,

    update(patch: Partial<RoleDraft>) {
      setDraft((current) => ({ ...current, ...patch }));
      // A refusal stays until the field it is about changes (`until` also answers a bad range).
      setError((current) =>
        current && (current.field in patch || (current.field === 'until' && 'from' in patch)) ? undefined : current,
      );
      setNotice((current) => (current.kind === 'saved' ? { kind: 'none' } : current));
    },

    edit(role: Role) {
      setDraft(draftFromRole(role));
      setEditing(role);
      setError(undefined);
      setNotice({ kind: 'none' });
    },

    cancel: reset,

    /** Resolves with the refusal, if any, so the view can move focus to its field. */
    async save(): Promise<RoleError | undefined> {
      if (saving) return undefined;
      setSaving(true);
      setNotice({ kind: 'none' });
      const result = await attempt(
        () => saveRole(db, { ...draft, ...(editing ? { id: editing.id } : {}) }, { now: clock.now(), newId: clock.newId }),
        'The role was not saved',
      );
      setSaving(false);
      if (!result) return undefined;
      if (!result.ok) {
        const refusal = { field: result.field, message: result.message };
        setError(refusal);
        return refusal;
      }
      reset();
      setNotice({ kind: 'saved' });
      return undefined;
    },

    async remove(role: Role): Promise<boolean> {
      const deleted = await attempt(() => deleteRole(db, role.id, { now: clock.now() }), 'The role was not deleted');
      if (!deleted) return false;
      if (editing?.id === role.id) reset();
      setNotice({ kind: 'deleted', role: deleted });
      return true;
    },

    async undo() {
      if (notice.kind !== 'deleted') return;
      const role = notice.role;
      const restored = await attempt(() => restoreRole(db, role.id, { now: clock.now() }), 'The role was not restored');
      if (restored !== undefined) setNotice(restored ? { kind: 'restored', role } : { kind: 'none' });
    },

    dismiss() {
      setNotice({ kind: 'none' });
    },
  };
}

export type RoleForm = ReturnType<typeof useRoleForm>;
