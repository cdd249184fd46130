import Dexie, { type EntityTable } from 'dexie';
import { sideDatabaseOptions, withSideDatabase } from './side-database';

/**
 * The unwrapped data key of the sync folder, kept so that later syncs run without asking for the
 * passphrase. It is a non-extractable CryptoKey: IndexedDB keeps it as such, and no script (ours
 * included) can read its bytes back. The passphrase is never stored.
 */
export const KEY_DATABASE_NAME = 'latitude-sync-keys';

interface StoredKey {
  name: 'data';
  key: CryptoKey;
  /** The folder the key belongs to (its key file's `folderId`). */
  folderId: string;
}

class KeyDb extends Dexie {
  keys!: EntityTable<StoredKey, 'name'>;
  constructor(indexedDB?: IDBFactory) {
    super(KEY_DATABASE_NAME, sideDatabaseOptions(indexedDB));
    this.version(1).stores({ keys: 'name' });
  }
}

/** `indexedDB`: another IndexedDB than the global one (tests run two devices in one process). */
function withDb<T>(use: (db: KeyDb) => Promise<T>, indexedDB?: IDBFactory): Promise<T> {
  return withSideDatabase(() => new KeyDb(indexedDB), use);
}

export function saveDataKey(key: CryptoKey, folderId: string, indexedDB?: IDBFactory): Promise<void> {
  return withDb(async (db) => {
    await db.keys.put({ name: 'data', key, folderId });
  }, indexedDB);
}

export function loadDataKey(indexedDB?: IDBFactory): Promise<{ key: CryptoKey; folderId: string } | undefined> {
  return withDb((db) => db.keys.get('data'), indexedDB);
}

export function forgetDataKey(indexedDB?: IDBFactory): Promise<void> {
  return withDb((db) => db.keys.clear(), indexedDB);
}
