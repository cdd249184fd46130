import type Dexie from 'dexie';

/**
 * What this context's connection knows about schema upgrades:
 * - `current`: open (or openable) at this code's version;
 * - `outdated`: another context opened the database at a newer version; this one closed its
 *   connection so the upgrade could go ahead, and stays closed until the view is reloaded;
 * - `blocked`: this context is upgrading and waits for older connections to close.
 */
export type ConnectionState = { kind: 'current' } | { kind: 'outdated' } | { kind: 'blocked' };

export interface ConnectionWatch {
  get(): ConnectionState;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (state: ConnectionState) => void): () => void;
}

const watches = new WeakMap<Dexie, ConnectionWatch>();

/**
 * Makes a database give way to upgrades, once per instance (LatitudeDb's constructor calls it).
 *
 * Popup, side panel, log tab and background may all hold the database open when a newer version
 * of Latitude opens it. IndexedDB then sends `versionchange` to every open connection and holds
 * the upgrade until all of them close: a connection that stays open hangs the new version. Dexie's
 * default closes too, but reopens on the next query, and Dexie 4 would then open the newer
 * database with this older code, which could write records in an outdated shape. So the old
 * connection closes for good and its view asks to be reloaded; drafts live in Web Storage, so a
 * reload loses nothing.
 */
export function watchConnection(db: Dexie): ConnectionWatch {
  const known = watches.get(db);
  if (known) return known;
  let state: ConnectionState = { kind: 'current' };
  const listeners = new Set<(state: ConnectionState) => void>();
  const set = (next: ConnectionState) => {
    state = next;
    for (const listener of listeners) listener(next);
  };

  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    set({ kind: 'outdated' });
    // Stops Dexie's default handler, which would close with auto-open left on.
    return false;
  });
  db.on('blocked', () => {
    if (state.kind === 'current') set({ kind: 'blocked' });
  });
  // Sticky: runs after every successful open, including the one that ends a blocked upgrade.
  db.on(
    'ready',
    () => {
      if (state.kind === 'blocked') set({ kind: 'current' });
    },
    true,
  );

  const watch: ConnectionWatch = {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  watches.set(db, watch);
  return watch;
}

/**
 * After an open (or a query) failed: whether it failed because this code could not upgrade the
 * database, which is then still on disk at an older version with every record intact (IndexedDB
 * aborts a failed upgrade as a whole). Dexie passes an upgrader's own error through, so the cause is
 * read from the version on disk rather than from the error.
 */
export async function hasFailedUpgrade(db: Dexie): Promise<boolean> {
  const factory = (db._options.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB;
  try {
    const found = (await factory.databases()).find((info) => info.name === db.name);
    // Dexie stores version n as native version 10n.
    return found?.version !== undefined && found.version > 0 && found.version / 10 < db.verno;
  } catch {
    return false;
  }
}
