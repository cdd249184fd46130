import type { BackupStateStore } from './backup-state';

/** The parts of `navigator.storage` used here; any may be missing in an older browser. */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

export interface StorageStatus {
  /** Whether the browser promised not to evict the data; undefined when it cannot say. */
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

export async function readStorageStatus(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<StorageStatus> {
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => undefined),
    storage?.estimate?.().catch(() => undefined),
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
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<boolean | undefined> {
  if (!storage?.persist) return undefined;
  if (await storage.persisted?.().catch(() => false)) return true;
  if ((await state.read()).persistRequestedAt) return false;
  await state.update({ persistRequestedAt: now.toISOString() });
  return storage.persist().catch(() => false);
}
