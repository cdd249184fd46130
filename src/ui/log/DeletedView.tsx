import { KIND_LABELS } from '../../domain/entry';
import { ActionStatusLine } from '../kit/ActionStatus';
import type { DeletedState } from './deleted-state';

/** Recently deleted entries, each with Restore (src/ui/log/deleted-state.ts). */
export function DeletedView({ state }: { state: DeletedState }) {
  const entries = state.entries.value;
  return (
    <section aria-labelledby="deleted-heading">
      <h2 id="deleted-heading">Recently deleted</h2>
      <p class="hint">
        Entries deleted in the last 30 days, here or on a device you sync with. Restore one to bring it back, on every
        synced device too.
      </p>
      <ActionStatusLine status={state.status.value} />
      {entries.status === 'error' && (
        <p class="alert" role="alert">
          The deleted entries could not be read. Reload the page to try again.
        </p>
      )}
      {entries.status === 'ready' && entries.value.length === 0 && <p class="muted">Nothing was deleted lately.</p>}
      {entries.status === 'ready' && entries.value.length > 0 && (
        <ul class="entries" aria-label="Deleted entries">
          {entries.value.map((entry) => (
            <li key={entry.id} class={`entry log-entry entry-${entry.kind}`}>
              <div class="entry-meta">
                <span class="kind">{KIND_LABELS[entry.kind]}</span>
                <time dateTime={entry.occurredOn}>{entry.occurredOn}</time>
                <span class="muted">deleted {entry.deletedAt?.slice(0, 10)}</span>
              </div>
              <p class="entry-text" id={`deleted-${entry.id}-text`}>
                {entry.text}
              </p>
              <div class="entry-actions">
                <button
                  type="button"
                  aria-describedby={`deleted-${entry.id}-text`}
                  onClick={() => void state.restore(entry)}
                >
                  Restore
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
