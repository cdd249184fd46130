import { batch, signal } from '@preact/signals';
import * as z from 'zod/mini';
import type { DraftStore } from '../../browser/draft-store';
import type { ViewDrafts } from '../../browser/view-drafts';
import type { LatitudeDb } from '../../db/database';
import { listCustomAreas } from '../../db/labels/areas';
import { deleteRole, listRoles, restoreRole, type RoleField, saveRole } from '../../db/roles';
import type { Revision } from '../../domain/revision';
import type { Role } from '../../domain/role';
import type { AppClock } from '../kit/app-env';
import { writeFailure } from '../kit/write-failure';

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
  return {
    title: role.title,
    areas: [...role.areas],
    from: role.from,
    until: role.until ?? '',
    change: role.change ?? false,
  };
}

/** The role being edited: its id, its title (for the form's heading) and the version the edit began from. */
export interface EditingRole extends Revision {
  id: string;
  title: string;
}

function editingOf(role: Role): EditingRole {
  return {
    id: role.id,
    title: role.title,
    updatedAt: role.updatedAt,
    ...(role.rev === undefined ? {} : { rev: role.rev }),
  };
}

/** The form kept as the settings page's draft, so a reload (or an upgrade) loses nothing typed. */
export const roleFormDraftSchema = z.object({
  title: z.string(),
  areas: z.array(z.string()),
  from: z.string(),
  until: z.string(),
  change: z.boolean(),
  editing: z.optional(
    z.object({ id: z.string(), title: z.string(), updatedAt: z.string(), rev: z.optional(z.number()) }),
  ),
});
export type RoleFormDraft = z.infer<typeof roleFormDraftSchema>;

export interface RoleError {
  field: RoleField;
  message: string;
  /** The other window's version, when the edit began from an older one. */
  theirs?: Role;
}

export type RoleNotice =
  | { kind: 'none' }
  | { kind: 'saved' }
  | { kind: 'deleted'; role: Role }
  | { kind: 'restored'; role: Role }
  | { kind: 'failed'; message: string };

export interface RoleFormDeps {
  db: LatitudeDb;
  clock: AppClock;
  /** This view's draft of the form (`openPageDrafts('settings').draft('role', roleFormDraftSchema)`). */
  drafts: DraftStore<RoleFormDraft>;
}

function isBlank(draft: RoleDraft): boolean {
  return (
    !draft.title.trim() &&
    draft.areas.length === 0 &&
    !draft.from &&
    !draft.until &&
    draft.change === EMPTY_ROLE_DRAFT.change
  );
}

/**
 * The state of Settings → Your roles: the form's draft (kept as typed when a field is refused, and
 * as the view's draft until saved), the role being edited if any, the refusal, and one notice line
 * (saved, deleted with Undo). Every write goes through src/db/roles.ts; the list itself is a live
 * query in the view. Created once per view.
 */
export function createRoleForm({ db, clock, drafts }: RoleFormDeps) {
  const kept = drafts.load();
  const draft = signal<RoleDraft>(
    kept
      ? { title: kept.title, areas: kept.areas, from: kept.from, until: kept.until, change: kept.change }
      : EMPTY_ROLE_DRAFT,
  );
  const editing = signal<EditingRole | undefined>(kept?.editing);
  const error = signal<RoleError | undefined>(undefined);
  const notice = signal<RoleNotice>({ kind: 'none' });
  const saving = signal(false);

  function keep() {
    if (!editing.value && isBlank(draft.value)) drafts.clear();
    else drafts.save({ ...draft.value, ...(editing.value ? { editing: editing.value } : {}) });
  }

  function reset() {
    batch(() => {
      draft.value = EMPTY_ROLE_DRAFT;
      editing.value = undefined;
      error.value = undefined;
    });
    drafts.clear();
  }

  function edit(role: Role) {
    batch(() => {
      draft.value = draftFromRole(role);
      editing.value = editingOf(role);
      error.value = undefined;
      notice.value = { kind: 'none' };
    });
    keep();
  }

  async function attempt<T>(action: () => Promise<T>, failure: (why: string) => string): Promise<T | undefined> {
    try {
      return await action();
    } catch (cause) {
      notice.value = { kind: 'failed', message: failure(writeFailure(cause, db)) };
      return undefined;
    }
  }

  /** `force`: "Save mine anyway", over a version changed in another window. */
  async function save(force = false): Promise<RoleError | undefined> {
    if (saving.value) return undefined;
    saving.value = true;
    notice.value = { kind: 'none' };
    const typed = draft.value;
    const was = editing.value;
    const result = await attempt(
      () =>
        saveRole(
          db,
          { ...typed, ...(was ? { id: was.id, ...(force ? {} : { base: was }) } : {}) },
          { now: clock.now(), newId: clock.newId },
        ),
      (why) => `The role was not saved: ${why} What you typed is kept.`,
    );
    saving.value = false;
    if (!result) return undefined;
    if (!result.ok) {
      const refusal: RoleError = {
        field: result.field,
        message: result.message,
        ...(result.theirs ? { theirs: result.theirs } : {}),
      };
      error.value = refusal;
      return refusal;
    }
    // Typed on while it was stored: that stays, as an edit of the role as now stored.
    if (draft.value === typed) reset();
    else {
      editing.value = editingOf(result.role);
      keep();
    }
    notice.value = { kind: 'saved' };
    return undefined;
  }

  return {
    draft,
    editing,
    error,
    notice,
    saving,

    update(patch: Partial<RoleDraft>) {
      draft.value = { ...draft.value, ...patch };
      keep();
      // A refusal stays until the field it is about changes (`until` also answers a bad range).
      const current = error.value;
      if (current && (current.field in patch || (current.field === 'until' && 'from' in patch)))
        error.value = undefined;
      if (notice.value.kind === 'saved') notice.value = { kind: 'none' };
    },

    edit,
    cancel: reset,
    /** Resolves with the refusal, if any, so the view can move focus to its field. */
    save: () => save(false),
    /** "Save mine anyway": the form as typed, over the version another window stored. */
    saveAnyway: () => save(true),
    /** "Discard mine": the other window's version is loaded into the form. */
    discard() {
      const theirs = error.value?.theirs;
      if (theirs) edit(theirs);
    },

    async remove(role: Role): Promise<boolean> {
      const deleted = await attempt(
        () => deleteRole(db, role.id, { now: clock.now() }),
        (why) => `The role was not deleted: ${why}`,
      );
      if (!deleted) return false;
      if (editing.value?.id === role.id) reset();
      notice.value = { kind: 'deleted', role: deleted };
      return true;
    },

    async undo() {
      const current = notice.value;
      if (current.kind !== 'deleted') return;
      const role = current.role;
      const restored = await attempt(
        () => restoreRole(db, role.id, { now: clock.now() }),
        (why) => `The role was not restored: ${why}`,
      );
      if (restored !== undefined) notice.value = restored ? { kind: 'restored', role } : { kind: 'none' };
    },

    dismiss() {
      notice.value = { kind: 'none' };
    },
  };
}

export type RoleForm = ReturnType<typeof createRoleForm>;

/**
 * Settings → Your roles: the form (above) and the two lists the section shows live, the roles and
 * the user's own areas, as queries for `useLiveQuery`.
 */
export function createRolesState({ db, clock, drafts }: { db: LatitudeDb; clock: AppClock; drafts: ViewDrafts }) {
  return {
    form: createRoleForm({ db, clock, drafts: drafts.draft('role', roleFormDraftSchema) }),
    listRoles: () => listRoles(db),
    listCustomAreas: () => listCustomAreas(db),
  };
}

export type RolesState = ReturnType<typeof createRolesState>;
