import type Dexie from 'dexie';

/**
 * Sync's own small IndexedDB databases beside the log (the key store, the sync state): opened for
 * one use and closed after it, so that turning sync off or another context upgrading them never
 * finds a connection left open.
 */

/** Dexie's options for another IndexedDB than the global one (tests run two devices in one process). */
export function sideDatabaseOptions(indexedDB: IDBFactory | undefined) {
  return indexedDB ? { indexedDB, IDBKeyRange: globalThis.IDBKeyRange } : {};
}

export async function withSideDatabase<D extends Dexie, T>(open: () => D, use: (db: D) => Promise<T>): Promise<T> {
  const db = open();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}
