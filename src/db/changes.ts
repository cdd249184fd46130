import Dexie, { type DBCore, type Middleware } from 'dexie';
import type { LatitudeDb } from './database';
import { writeMiddleware } from './write-middleware';

/**
 * Calls `listener` after every committed write to `db`, made in this context or in another one of
 * the extension that is running (Dexie passes writes on between contexts of one origin). Returns the
 * unsubscribe.
 */
export function onDatabaseChanged(db: LatitudeDb, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on('storagemutated').unsubscribe(onMutated);
}

const localListeners = new WeakMap<Dexie, Set<() => void>>();

/**
 * Calls `listener` after every read-write transaction that wrote through this very connection
 * commits: writes made in this context (a page's own saves), not those of other contexts. Returns
 * the unsubscribe.
 */
export function onLocalWrite(db: LatitudeDb, listener: () => void): () => void {
  const listeners = localListeners.get(db) ?? new Set();
  localListeners.set(db, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells `onLocalWrite`'s listeners of `db` when a transaction that wrote commits. Added by LatitudeDb. */
export function localWritesMiddleware(db: Dexie): Middleware<DBCore> {
  const watched = new WeakSet<object>();
  const notify = () => {
    for (const listener of localListeners.get(db) ?? []) listener();
  };
  return writeMiddleware('local-writes', (request, down) => {
    const transaction = request.trans as unknown as IDBTransaction;
    if (!watched.has(transaction)) {
      watched.add(transaction);
      transaction.addEventListener('complete', notify);
    }
    return down(request);
  });
}
