import type { BackupStateStore } from './backup-state';

/** The parts of `navigator.storage` used here; any may be missing in an older browser. */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

export interface StorageStatus {
  /** Whether the browser promised not to evict the data; undefined when it cannot say. */
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

export async function readStorageStatus(
  storageManager: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<StorageStatus> {
  const [persisted, estimate] = await Promise.all([
    storageManager?.persisted?.().catch(() => undefined),
    storageManager?.estimate?.().catch(() => undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/**
 * Asks the browser, once, to keep Latitude's data even when disk space runs low
 * (`navigator.storage.persist()`; `unlimitedStorage` in the manifest lifts the quota but says
 * nothing about eviction in every browser). Asked from a page, since workers cannot, and only once:
 * Firefox shows a prompt, which should not come back on every visit.
 */
export async function requestPersistenceOnce(
  state: BackupStateStore,
  now: Date,
  storageManager: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<boolean | undefined> {
  if (!storageManager?.persist) return undefined;
  if (await storageManager.persisted?.().catch(() => false)) return true;
  if ((await state.read()).persistRequestedAt) return false;
  await state.update({ persistRequestedAt: now.toISOString() });
  return storageManager.persist().catch(() => false);
}
