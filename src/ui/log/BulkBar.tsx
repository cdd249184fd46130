import { useState } from 'preact/hooks';
import { ENTRY_KINDS, type EntryKind, KIND_LABELS } from '../../domain/entry';
import type { Entry } from '../../domain/entry';
import type { EntriesState } from './entries-state';

/** Acting on the selected entries at once: tag, change kind, delete (with Undo). */
export function BulkBar({ state, shown }: { state: EntriesState; shown: readonly Entry[] }) {
  const [tag, setTag] = useState('');
  const [kind, setKind] = useState<EntryKind>('win');
  const [error, setError] = useState('');
  const count = state.selection.value.size;

  return (
    <section class="bulk" aria-label="Selected entries">
      <p>
        <strong>{count.toLocaleString('en')} selected</strong>{' '}
        <button type="button" class="link-button" onClick={() => state.selectAll(shown.map((entry) => entry.id))}>
          Select all shown
        </button>{' '}
        <button type="button" class="link-button" onClick={() => state.clearSelection()}>
          Clear selection
        </button>
      </p>
      <form
        class="bulk-row"
        onSubmit={async (event) => {
          event.preventDefault();
          const refused = await state.tagSelected(tag);
          setError(refused ?? '');
          if (!refused) setTag('');
        }}
      >
        <label class="label" for="bulk-tag">
          Tag to add
        </label>
        <input
          id="bulk-tag"
          type="text"
          value={tag}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'bulk-error' : undefined}
          onInput={(event) => {
            setTag(event.currentTarget.value);
            setError('');
          }}
        />
        <button type="submit">Add tag</button>
      </form>
      <form
        class="bulk-row"
        onSubmit={async (event) => {
          event.preventDefault();
          setError((await state.changeKindOfSelected(kind)) ?? '');
        }}
      >
        <label class="label" for="bulk-kind">
          New kind
        </label>
        <select id="bulk-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as EntryKind)}>
          {ENTRY_KINDS.map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </select>
        <button type="submit">Change kind</button>
      </form>
      <button type="button" class="danger" onClick={() => void state.deleteSelected()}>
        Delete selected
      </button>
      {error && (
        <p class="field-error" id="bulk-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
