import { SYNC_CONFIG_KEY, SYNC_LAST_KEY } from './storage-keys';
import { browser } from 'wxt/browser';
import { type LastSync, lastSyncSchema, type StoredSyncConfig, syncConfigSchema } from '../domain/sync-settings';

// No storage-key registry exists yet (src/browser/storage-keys.ts); these are sync's two keys.

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;
type ChangeEvent = Pick<typeof browser.storage.onChanged, 'addListener' | 'removeListener'>;

export interface SyncSettingsStore {
  /** The server settings while sync is on; undefined while it is off. */
  readConfig(): Promise<StoredSyncConfig | undefined>;
  writeConfig(config: StoredSyncConfig): Promise<void>;
  readLast(): Promise<LastSync | undefined>;
  writeLast(last: LastSync): Promise<void>;
  /** Turns sync off on this device: forgets the server settings and the last result. */
  clear(): Promise<void>;
  /** Calls `listener` when either changes, from any context of the extension; returns the unsubscribe. */
  onChanged(listener: () => void): () => void;
}

/**
 * Sync's settings and last result in `storage.local`, shared by the settings page (which writes the
 * settings) and the background (which syncs and writes the result). Anything unreadable counts as
 * sync off, or no result yet.
 */
export function createSyncSettingsStore(
  area: StorageArea = browser.storage.local,
  changes: ChangeEvent = browser.storage.onChanged,
): SyncSettingsStore {
  async function read<T>(key: string, schema: { safeParse(value: unknown): { success: boolean; data?: T } }) {
    const parsed = schema.safeParse((await area.get(key))[key]);
    return parsed.success ? parsed.data : undefined;
  }
  return {
    readConfig: () => read(SYNC_CONFIG_KEY, syncConfigSchema),
    async writeConfig(config) {
      await area.set({ [SYNC_CONFIG_KEY]: syncConfigSchema.parse(config) });
    },
    readLast: () => read(SYNC_LAST_KEY, lastSyncSchema),
    async writeLast(last) {
      await area.set({ [SYNC_LAST_KEY]: lastSyncSchema.parse(last) });
    },
    async clear() {
      await area.remove([SYNC_CONFIG_KEY, SYNC_LAST_KEY]);
    },
    onChanged(listener) {
      const onChange = (changed: Record<string, unknown>, areaName: string) => {
        if (areaName === 'local' && (SYNC_CONFIG_KEY in changed || SYNC_LAST_KEY in changed)) listener();
      };
      changes.addListener(onChange);
      return () => changes.removeListener(onChange);
    },
  };
}
