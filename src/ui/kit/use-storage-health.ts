import type Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { type ConnectionState, hasFailedUpgrade, watchConnection } from '../../db/connection';

/**
 * - `unavailable`: storage cannot be opened at all (e.g. Firefox set to never remember history);
 * - `outdated`: a newer Latitude upgraded the database; this view closed its connection and must
 *   be reloaded;
 * - `blocked`: this view is upgrading the database and waits for older views to close;
 * - `upgrade-failed`: this version could not upgrade the database, which stays at the old version;
 * - `not-answering`: the open has neither succeeded nor failed after NOT_ANSWERING_MS (a browser
 *   whose storage hangs: a full disk, a stuck profile). It becomes `ok` if the open completes later.
 */
export type StorageHealth =
  | 'checking'
  | 'ok'
  | 'unavailable'
  | 'outdated'
  | 'blocked'
  | 'upgrade-failed'
  | 'not-answering';

/**
 * How long an open may take before the view says storage is not answering. An open takes a few
 * milliseconds, an upgrade of a large log well under a second; without a limit, a hung
 * `indexedDB.open` left Save waiting for ever with no word.
 */
export const NOT_ANSWERING_MS = 5_000;

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
    let slow: ReturnType<typeof setTimeout> | undefined;
    // An outdated view never opens again: that would reopen the newer database with older code.
    if (watch.get().kind !== 'outdated') {
      // Only a view still waiting says so: a blocked upgrade has its own, more precise banner.
      slow = setTimeout(
        () => current && setHealth((health) => (health === 'checking' ? 'not-answering' : health)),
        NOT_ANSWERING_MS,
      );
      db.open()
        .then(
          () => current && watch.get().kind === 'current' && setHealth('ok'),
          async () => {
            const failed = await hasFailedUpgrade(db);
            if (current) setHealth(failed ? 'upgrade-failed' : 'unavailable');
          },
        )
        .finally(() => clearTimeout(slow));
    }
    return () => {
      current = false;
      clearTimeout(slow);
      unsubscribe();
    };
  }, [db]);
  return health;
}
