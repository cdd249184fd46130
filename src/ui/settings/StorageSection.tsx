import { useEffect } from 'preact/hooks';
import { formatBytes } from './format-bytes';
import type { StorageState } from './storage-state';

/** Whether the browser keeps Latitude's data for good, and how much space it takes. */
export function StorageSection({ state }: { state: StorageState }) {
  const status = state.status.value;

  useEffect(() => {
    void state.load();
  }, [state]);

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      {status === undefined ? (
        <p class="muted">Checking…</p>
      ) : (
        <dl class="facts">
          <dt>Persistent storage</dt>
          <dd>
            {status.persisted === true
              ? 'Yes: the browser will not clear Latitude’s data to free up space.'
              : status.persisted === false
                ? // Chrome exempts extensions with `unlimitedStorage` from eviction even without it.
                  'Not granted. Latitude’s unlimited-storage permission still keeps Chrome from clearing its data to free up space; other browsers may not. Keep backups.'
                : 'Unknown: this browser does not say.'}
          </dd>
          <dt>Space used</dt>
          <dd>
            {status.usage === undefined
              ? 'Unknown'
              : status.quota
                ? `${formatBytes(status.usage)} of ${formatBytes(status.quota)} available`
                : formatBytes(status.usage)}
          </dd>
        </dl>
      )}
    </section>
  );
}
