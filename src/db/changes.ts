import Dexie from 'dexie';
import type { LatitudeDb } from './database';

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
