import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { allAreas, type AreaOption, areaName } from '../../domain/area';
import type { Role } from '../../domain/role';
import { ConflictNotice } from '../kit/ConflictNotice';
import { Field } from '../kit/Field';
import type { RoleForm, RolesState } from './role-form-state';
import { useLiveQuery } from '../kit/use-live-query';

/** "Senior engineer — Writing code, Debugging — from 2022-03-01 to 2026-01-04". */
export function describeRole(role: Role, areas: readonly AreaOption[]): string {
  const names = role.areas.map((id) => areas.find((area) => area.id === id)?.name ?? areaName(id));
  const when = role.until ? `from ${role.from} to ${role.until}` : `since ${role.from}`;
  return [role.title, ...(names.length > 0 ? [names.join(', ')] : []), when].join(' — ');
}

/**
 * Settings → Your roles (options.html#roles): the user's roles, newest first, each editable and
 * deletable (with Undo), and the form that adds or edits one, kept as a draft of the page until
 * saved. Live: a change made in another window shows here at once.
 */
export function RoleHistory({ state }: { state: RolesState }) {
  const roles = useLiveQuery(state.listRoles, [state]);
  const custom = useLiveQuery(state.listCustomAreas, [state]);
  const areas = allAreas(custom.status === 'ready' ? custom.value : []);
  const { form } = state;
  const undoRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  async function remove(role: Role) {
    // The button that had focus goes away with the role: Undo takes it.
    if (await form.remove(role)) requestAnimationFrame(() => undoRef.current?.focus());
  }

  function edit(role: Role) {
    form.edit(role);
    requestAnimationFrame(() => titleRef.current?.focus());
  }

  return (
    <section id="roles" aria-labelledby="roles-heading">
      <h2 id="roles-heading">Your roles</h2>
      <p>
        Preps read “in this role” from your role history: since when your current role runs and which areas it centres
        on, and for a lateral move or a step-down, what the role before it centred on.
      </p>
      {roles.status === 'error' && (
        <p class="alert" role="alert">
          Your roles could not be read: {String(roles.error)}
        </p>
      )}
      {roles.status === 'ready' &&
        (roles.value.length === 0 ? (
          <p class="muted">No roles yet. Add your current role, and the ones before it if you like.</p>
        ) : (
          <ul class="role-list">
            {[...roles.value].reverse().map((role) => (
              <li key={role.id} class="role-item">
                <span class="role-text">
                  {describeRole(role, areas)}
                  {role.change && <span class="muted"> (change of role)</span>}
                </span>
                <span class="role-actions">
                  <button type="button" aria-label={`Edit ${role.title}`} onClick={() => edit(role)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    class="role-delete"
                    aria-label={`Delete ${role.title}`}
                    onClick={() => void remove(role)}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        ))}
      <RoleNoticeLine form={form} undoRef={undoRef} />
      <RoleFormView form={form} areas={areas} titleRef={titleRef} />
    </section>
  );
}

function RoleNoticeLine({ form, undoRef }: { form: RoleForm; undoRef: RefObject<HTMLButtonElement | null> }) {
  const notice = form.notice.value;
  return (
    <div class="role-notice">
      <p role="status" class="status-text">
        {notice.kind === 'saved' && 'Role saved.'}
        {notice.kind === 'deleted' && `Deleted ${notice.role.title}.`}
        {notice.kind === 'restored' && `Restored ${notice.role.title}.`}
      </p>
      {notice.kind === 'deleted' && (
        <button type="button" ref={undoRef} onClick={() => void form.undo()}>
          Undo
        </button>
      )}
      {notice.kind === 'failed' && (
        <p class="alert" role="alert">
          {notice.message}
        </p>
      )}
    </div>
  );
}

const FIELD_IDS = {
  title: 'role-title',
  areas: 'role-areas',
  from: 'role-from',
  until: 'role-until',
  role: 'role-title',
};

function RoleFormView({
  form,
  areas,
  titleRef,
}: {
  form: RoleForm;
  areas: readonly AreaOption[];
  titleRef: RefObject<HTMLInputElement | null>;
}) {
  const draft = form.draft.value;
  const error = form.error.value;
  const editing = form.editing.value;
  const errorFor = (field: 'title' | 'areas' | 'from' | 'until') =>
    error?.field === field ? error.message : undefined;
  // Areas the role names but the list no longer has (an own area deleted since) stay visible, so
  // they can be unticked.
  const shown = [
    ...areas,
    ...draft.areas.filter((id) => !areas.some((area) => area.id === id)).map((id) => ({ id, name: areaName(id) })),
  ];
  const heading = editing ? `Edit ${editing.title}` : 'Add a role';

  async function submit() {
    const refusal = await form.save();
    if (refusal) {
      const target = document.getElementById(FIELD_IDS[refusal.field]);
      (target?.matches('fieldset') ? target.querySelector('input') : target)?.focus();
    }
  }

  return (
    <form
      class="role-form"
      aria-labelledby="role-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && editing) form.cancel();
      }}
    >
      <h3 id="role-form-heading">{heading}</h3>
      <Field id="role-title" label="Title" error={errorFor('title')}>
        {(a11y) => (
          <input
            {...a11y}
            ref={titleRef}
            type="text"
            autocomplete="organization-title"
            value={draft.title}
            onInput={(event) => form.update({ title: event.currentTarget.value })}
          />
        )}
      </Field>
      <fieldset
        id="role-areas"
        class="areas"
        aria-invalid={Boolean(errorFor('areas'))}
        aria-describedby={errorFor('areas') ? 'role-areas-error' : undefined}
      >
        <legend class="label">Areas</legend>
        {shown.map((area) => (
          <label key={area.id} class="check">
            <input
              type="checkbox"
              checked={draft.areas.includes(area.id)}
              onChange={(event) =>
                form.update({
                  areas: event.currentTarget.checked
                    ? [...draft.areas, area.id]
                    : draft.areas.filter((other) => other !== area.id),
                })
              }
            />
            {area.name}
          </label>
        ))}
        {errorFor('areas') && (
          <p class="field-error" id="role-areas-error" role="alert">
            {errorFor('areas')}
          </p>
        )}
      </fieldset>
      <div class="row">
        <Field id="role-from" label="From" error={errorFor('from')}>
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              value={draft.from}
              onInput={(event) => form.update({ from: event.currentTarget.value })}
            />
          )}
        </Field>
        <Field id="role-until" label="Until" hint="Leave empty for your current role." error={errorFor('until')}>
          {(a11y) => (
            <input
              {...a11y}
              type="date"
              value={draft.until}
              onInput={(event) => form.update({ until: event.currentTarget.value })}
            />
          )}
        </Field>
      </div>
      <div>
        <label class="check">
          <input
            id="role-change"
            type="checkbox"
            aria-describedby="role-change-hint"
            checked={draft.change}
            onChange={(event) => form.update({ change: event.currentTarget.checked })}
          />
          Change of role
        </label>
        <p class="hint role-hint" id="role-change-hint">
          A different kind of work, not only a new title (engineer → manager, not engineer → senior engineer).
        </p>
      </div>
      {error?.field === 'role' &&
        (error.theirs ? (
          <ConflictNotice
            message={error.message}
            theirs={{ label: 'The other view’s version:', text: describeRole(error.theirs, areas) }}
            busy={form.saving.value}
            onSaveMine={() => void form.saveAnyway()}
            onDiscardMine={form.discard}
          />
        ) : (
          <p class="alert" role="alert">
            {error.message}
          </p>
        ))}
      <div class="actions">
        <button type="submit" class="primary" disabled={form.saving.value}>
          Save role
        </button>
        {editing && (
          <button type="button" onClick={form.cancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
