import Dexie, { liveQuery } from 'dexie';
import type { LatitudeDb } from '../../db/database';
import {
  getEntries,
  listEntriesUpdatedSince,
  listEntryIds,
  readEntriesChunk,
  readEntriesStamp,
} from '../../db/entries/search-feed';
import type { EntrySource } from './entry-search';

/** The search index's view of the database: chunked reads, changes since a stamp, and a watch. */
export function entrySourceFor(db: LatitudeDb): EntrySource {
  return {
    readStamp: () => readEntriesStamp(db),
    readChunk: (after, size) => readEntriesChunk(db, after, size),
    listUpdatedSince: (since) => listEntriesUpdatedSince(db, since),
    listIds: () => listEntryIds(db),
    getMany: (ids) => getEntries(db, ids),
    watch(onChange) {
      // Every emission is passed on, the first one too: a change made between subscribing and
      // that first read would otherwise be taken for the starting state and missed. The watch is
      // set up outside any transaction's context, so the live query never runs inside one.
      const subscription = Dexie.ignoreTransaction(() =>
        liveQuery(() => readEntriesStamp(db)).subscribe({
          next: () => onChange(),
          // A failed read is retried on the next change; the index keeps what it has meanwhile.
          error: () => undefined,
        }),
      );
      return () => subscription.unsubscribe();
    },
  };
}
