import Dexie, { type EntityTable } from 'dexie';

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
  constructor() {
    super(KEY_DATABASE_NAME);
    this.version(1).stores({ keys: 'name' });
  }
}

async function withDb<T>(use: (db: KeyDb) => Promise<T>): Promise<T> {
  const db = new KeyDb();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

export function saveDataKey(key: CryptoKey, folderId: string): Promise<void> {
  return withDb(async (db) => {
    await db.keys.put({ name: 'data', key, folderId });
  });
}

export function loadDataKey(): Promise<{ key: CryptoKey; folderId: string } | undefined> {
  return withDb((db) => db.keys.get('data'));
}

export function forgetDataKey(): Promise<void> {
  return withDb((db) => db.keys.clear());
}
