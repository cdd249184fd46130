import { signal } from '@preact/signals';
import type { BackupStateStore } from '../../browser/backup-state';
import {
  readStorageStatus,
  requestPersistenceOnce,
  type StorageManagerLike,
  type StorageStatus,
} from '../../browser/persistent-storage';

export interface StorageStateDeps {
  storageManager: StorageManagerLike | undefined;
  backupState: BackupStateStore;
  now: () => Date;
}

/** Settings → Storage: whether the browser keeps Latitude's data for good, and the space it takes. */
export function createStorageState(deps: StorageStateDeps) {
  const status = signal<StorageStatus | undefined>(undefined);
  let loading: Promise<void> | undefined;

  return {
    status,
    /** Asks for persistent storage (on a page, because workers cannot; once, see the wrapper), then reads the status. */
    load(): Promise<void> {
      loading ??= requestPersistenceOnce(deps.backupState, deps.now(), deps.storageManager)
        .catch(() => undefined)
        .then(() => readStorageStatus(deps.storageManager))
        .then((read) => {
          status.value = read;
        });
      return loading;
    },
  };
}

export type StorageState = ReturnType<typeof createStorageState>;
