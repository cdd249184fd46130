import type Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { type ConnectionState, hasFailedUpgrade, watchConnection } from '../db/connection';

/**
 * - `unavailable`: storage cannot be opened at all (e.g. Firefox set to never remember history);
 * - `outdated`: a newer Latitude upgraded the database; this view closed its connection and must
 *   be reloaded;
 * - `blocked`: this view is upgrading the database and waits for older views to close;
 * - `upgrade-failed`: this version could not upgrade the database, which stays at the old version.
 */
export type StorageHealth = 'checking' | 'ok' | 'unavailable' | 'outdated' | 'blocked' | 'upgrade-failed';

/**
 * Opens the database once and says whether it worked, then follows schema upgrades made by other
 * contexts. Every view shows the result (StorageBanner) instead of dropping captures silently.
 */
export function useStorageHealth(db: Dexie): StorageHealth {
  const [health, setHealth] = useState<StorageHealth>('checking');
  useEffect(() => {
    let current = true;
    const watch = watchConnection(db);
    const follow = (state: ConnectionState) => {
      if (!current) return;
      if (state.kind === 'outdated') setHealth('outdated');
      else if (state.kind === 'blocked') setHealth('blocked');
    };
    const unsubscribe = watch.subscribe(follow);
    follow(watch.get());
    // An outdated view never opens again: that would reopen the newer database with older code.
    if (watch.get().kind !== 'outdated') {
      db.open().then(
        () => current && watch.get().kind === 'current' && setHealth('ok'),
        async () => {
          const failed = await hasFailedUpgrade(db);
          if (current) setHealth(failed ? 'upgrade-failed' : 'unavailable');
        },
      );
    }
    return () => {
      current = false;
      unsubscribe();
    };
  }, [db]);
  return health;
}
