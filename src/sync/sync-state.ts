import Dexie, { type EntityTable } from 'dexie';
import type { Clock } from '../domain/sync/format';
import { sideDatabaseOptions, withSideDatabase } from './side-database';

/**
 * What this device knows about its sync folder, in IndexedDB database `latitude-sync` (beside the
 * log, which it never changes): the device's id and write counter, the files already merged, and
 * for every record the version last synced (its revision, `updatedAt` and vector clock), so that
 * a record whose revision moved since is a local change to push.
 */
export interface SyncTag {
  key: string;
  rev: number;
  updatedAt: string;
  clock: Clock;
}

interface FolderState {
  name: 'folder';
  folderId: string;
  device: string;
  /** The last number this device put in a clock. */
  counter: number;
  seen: string[];
  snapshot: string | null;
}

class SyncStateDb extends Dexie {
  state!: EntityTable<FolderState, 'name'>;
  tags!: EntityTable<SyncTag, 'key'>;
  constructor(indexedDB?: IDBFactory) {
    super('latitude-sync', sideDatabaseOptions(indexedDB));
    this.version(1).stores({ state: 'name', tags: 'key' });
  }
}

export interface SyncState {
  folderId: string;
  device: string;
  counter: number;
  seen: Set<string>;
  snapshot: string | null;
  tags: Map<string, SyncTag>;
}

function withDb<T>(indexedDB: IDBFactory | undefined, use: (db: SyncStateDb) => Promise<T>): Promise<T> {
  return withSideDatabase(() => new SyncStateDb(indexedDB), use);
}

/** The state for `folderId`; a device starting on a new folder starts afresh (with a new device id). */
export function loadSyncState(indexedDB: IDBFactory | undefined, folderId: string, newId: () => string) {
  return withDb(indexedDB, async (db): Promise<SyncState> => {
    const folder = await db.state.get('folder');
    if (folder?.folderId !== folderId) {
      return { folderId, device: newId(), counter: 0, seen: new Set(), snapshot: null, tags: new Map() };
    }
    const tags = new Map((await db.tags.toArray()).map((tag) => [tag.key, tag]));
    return { ...folder, seen: new Set(folder.seen), tags };
  });
}

/** Saves the state; `tags` are the changed ones only (all of them when the folder changed). */
export function saveSyncState(indexedDB: IDBFactory | undefined, state: SyncState, tags: readonly SyncTag[]) {
  return withDb(indexedDB, (db) =>
    db.transaction('rw', db.state, db.tags, async () => {
      const known = await db.state.get('folder');
      if (known?.folderId !== state.folderId) await db.tags.clear();
      await db.state.put({
        name: 'folder',
        folderId: state.folderId,
        device: state.device,
        counter: state.counter,
        seen: [...state.seen],
        snapshot: state.snapshot,
      });
      await db.tags.bulkPut([...tags]);
    }),
  );
}
