import { useState } from 'preact/hooks';
import { BUILT_IN_AREAS } from '../../domain/area';
import { EMPTY_FILTER, serializeLogFilter } from '../../domain/log-filter';
import type { TagsState } from './tags-state';

/** Tags (rename, merge) and areas (the eight from the talk, plus your own). */
export function TagsView({ state }: { state: TagsState }) {
  const tags = state.tags.value;

  return (
    <>
      <p role="status" class="status notice">
        {state.status.value}
      </p>
      <section aria-labelledby="tags-heading">
        <h2 id="tags-heading">Tags</h2>
        <p class="hint">Rename a tag to the name of another to merge the two.</p>
        {tags.status === 'ready' && tags.value.length === 0 && <p class="muted">No tags yet.</p>}
        {tags.status === 'ready' && tags.value.length > 0 && (
          <>
            <datalist id="tag-names">
              {tags.value.map(({ tag }) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
            <ul class="tag-list" aria-label="Tags">
              {tags.value.map(({ tag, count }) => (
                <li key={tag}>
                  <RenameForm
                    id={`tag-${tag}`}
                    label={`New name for #${tag}`}
                    current={tag}
                    list="tag-names"
                    summary={
                      <>
                        <a href={`?${serializeLogFilter({ ...EMPTY_FILTER, tag })}#/`}>#{tag}</a>{' '}
                        <span class="muted">{count}</span>
                      </>
                    }
                    rename={(name) => state.renameTag(tag, name)}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">Areas</h2>
        <p class="hint">The eight jobs in tech from the talk, and your own.</p>
        <ul class="tag-list" aria-label="Areas">
          {BUILT_IN_AREAS.map((area) => (
            <li key={area.id}>{area.name}</li>
          ))}
          {state.customAreas.value.map((area) => (
            <li key={area.id}>
              <RenameForm
                id={`area-${area.id}`}
                label={`New name for ${area.name}`}
                current={area.name}
                summary={<span>{area.name}</span>}
                rename={(name) => state.renameArea(area, name)}
              />
            </li>
          ))}
        </ul>
        <AddAreaForm add={(name) => state.addArea(name)} />
      </section>
    </>
  );
}

function RenameForm(props: {
  id: string;
  label: string;
  current: string;
  list?: string;
  summary: preact.ComponentChildren;
  rename: (name: string) => Promise<string | undefined>;
}) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(props.current);
  const [error, setError] = useState('');
  const inputId = `rename-${props.id}`.replace(/[^\w-]/g, '_');
  if (!open) {
    return (
      <>
        {props.summary}{' '}
        <button type="button" class="link-button" aria-label={`Rename ${props.current}`} onClick={() => setOpen(true)}>
          Rename
        </button>
      </>
    );
  }
  return (
    <form
      class="inline-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const refused = await props.rename(value);
        if (refused) setError(refused);
        else setOpen(false);
      }}
    >
      <div class="field">
        <label class="label" for={inputId}>
          {props.label}
        </label>
        <input
          id={inputId}
          type="text"
          value={value}
          list={props.list}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onInput={(event) => {
            setValue(event.currentTarget.value);
            setError('');
          }}
        />
        {error && (
          <p class="field-error" id={`${inputId}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit">Save name</button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

function AddAreaForm({ add }: { add: (name: string) => Promise<string | undefined> }) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      class="inline-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const refused = await add(name);
        if (refused) setError(refused);
        else setName('');
      }}
    >
      <div class="field">
        <label class="label" for="new-area">
          New area
        </label>
        <input
          id="new-area"
          type="text"
          value={name}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'new-area-error' : undefined}
          onInput={(event) => {
            setName(event.currentTarget.value);
            setError('');
          }}
        />
        {error && (
          <p class="field-error" id="new-area-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit">Add area</button>
    </form>
  );
}
