import { browser } from 'wxt/browser';
import { type BackupState, backupStateSchema } from '../domain/backup-reminder';
import { BACKUP_STATE_KEY } from './storage-keys';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set'>;

export interface BackupStateStore {
  read(): Promise<BackupState>;
  update(patch: Partial<BackupState>): Promise<void>;
}

/**
 * The backup bookkeeping (last export, first run) in `storage.local`, which every context of the
 * extension shares, the background included. It lives outside the log so that importing or
 * replacing the log cannot rewrite it. Whatever is stored is parsed; anything unreadable counts as
 * nothing known yet.
 */
export function createBackupStateStore(area: StorageArea = browser.storage.local): BackupStateStore {
  async function read(): Promise<BackupState> {
    const stored = (await area.get(BACKUP_STATE_KEY))[BACKUP_STATE_KEY];
    const parsed = backupStateSchema.safeParse(stored ?? {});
    return parsed.success ? parsed.data : {};
  }
  return {
    read,
    async update(patch) {
      await area.set({ [BACKUP_STATE_KEY]: { ...(await read()), ...patch } });
    },
  };
}
