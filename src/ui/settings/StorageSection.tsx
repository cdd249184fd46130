import { useEffect, useState } from 'preact/hooks';
import type { BackupStateStore } from '../../browser/backup-state';
import {
  readStorageStatus,
  requestPersistenceOnce,
  type StorageManagerLike,
  type StorageStatus,
} from '../../browser/persistent-storage';
import { formatBytes } from './format-bytes';

interface Props {
  storageManager: StorageManagerLike | undefined;
  backupState: BackupStateStore;
  now: () => Date;
}

/** Whether the browser keeps Latitude's data for good, and how much space it takes. */
export function StorageSection({ storageManager, backupState, now }: Props) {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);

  useEffect(() => {
    let current = true;
    // Asked here, on a page, because workers cannot ask; and only once (see the wrapper).
    requestPersistenceOnce(backupState, now(), storageManager)
      .catch(() => undefined)
      .then(() => readStorageStatus(storageManager))
      .then((read) => current && setStatus(read));
    return () => {
      current = false;
    };
  }, [storageManager, backupState, now]);

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
