import type Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type StorageHealth = 'checking' | 'ok' | 'unavailable';

/**
 * Opens the database once and says whether it worked. It fails, for example, in Firefox set to
 * never remember history, where IndexedDB is off: every view then says so instead of dropping
 * captures silently.
 */
export function useStorageHealth(db: Dexie): StorageHealth {
  const [health, setHealth] = useState<StorageHealth>('checking');
  useEffect(() => {
    let current = true;
    db.open().then(
      () => current && setHealth('ok'),
      () => current && setHealth('unavailable'),
    );
    return () => {
      current = false;
    };
  }, [db]);
  return health;
}
