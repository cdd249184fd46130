import { computed, signal } from '@preact/signals';
import type MiniSearch from 'minisearch';
import { SEARCH_MEASURE } from '../../browser/storage-keys';
import type { EntriesStamp } from '../../db/entries/search-feed';
import type { Entry } from '../../domain/entry';
import { type SearchDocument, SEARCH_OPTIONS, searchDocument, tokenize } from '../../domain/entry-search';
import { type DateRange, type LogFilter, matchesFilter } from '../../domain/log-filter';

/** Where the search index reads the log from (src/db/entries/search-feed.ts in the app, through entry-source.ts; fakes in tests). */
export interface EntrySource {
  readStamp(): Promise<EntriesStamp>;
  readChunk(afterId: string | undefined, size: number): Promise<Entry[]>;
  listUpdatedSince(since: string): Promise<Entry[]>;
  listIds(): Promise<string[]>;
  getMany(ids: readonly string[]): Promise<(Entry | undefined)[]>;
  /** Calls back whenever the entries table may have changed, in any view; returns an unsubscribe. */
  watch(onChange: () => void): () => void;
}

export interface SearchHit {
  entry: Entry;
  score: number;
  /** The stored words that matched, normalized, for highlighting. */
  terms: readonly string[];
}

export type IndexStatus =
  | { kind: 'idle' }
  | { kind: 'building'; done: number }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string };

export interface EntrySearchDeps {
  source: EntrySource;
  areaName: (id: string) => string;
  /** Waits until the page is idle, so building the index never holds up typing or scrolling. */
  idle?: () => Promise<void>;
  chunkSize?: number;
  /** The clock that keeps each stretch of indexing short. */
  now?: () => number;
}

const CHUNK_SIZE = 250;
/** The longest stretch of indexing between two yields: well under a frame, so keys never wait. */
const SLICE_MS = 8;

export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 50 });
    else setTimeout(resolve, 0);
  });
}

/**
 * The log's full-text index. Nothing is read until the first search (the log opens as fast with
 * or without it); then the log is read and indexed in chunks between idle moments, and from then
 * on kept current from what changed (`updatedAt`), in this view or any other.
 */
export function createEntrySearch({
  source,
  areaName,
  idle = whenIdle,
  chunkSize = CHUNK_SIZE,
  now = () => performance.now(),
}: EntrySearchDeps) {
  const status = signal<IndexStatus>({ kind: 'idle' });
  /** Bumped on every change to the index, so views that show results recompute. */
  const version = signal(0);
  /** Every row of the table, tombstones too, so that a sync can tell what changed. */
  const rows = new Map<string, Entry>();
  /** Made on the first search: MiniSearch is loaded then, not with the page. */
  let index: MiniSearch<SearchDocument> | undefined;
  let synced = '';
  let building: Promise<void> | undefined;
  let syncing: Promise<void> | undefined;
  let syncAgain = false;
  let unwatch: (() => void) | undefined;
  let disposed = false;

  function upsert(entry: Entry) {
    const previous = rows.get(entry.id);
    if (previous && !previous.deletedAt) index!.discard(entry.id);
    if (!entry.deletedAt) index!.add(searchDocument(entry, areaName));
    rows.set(entry.id, entry);
    if (entry.updatedAt > synced) synced = entry.updatedAt;
  }

  function remove(id: string) {
    const previous = rows.get(id);
    if (previous && !previous.deletedAt) index!.discard(id);
    rows.delete(id);
  }

  async function build() {
    status.value = { kind: 'building', done: 0 };
    // Loaded on demand, so the log's first screen does not carry the search library.
    const { default: MiniSearchIndex } = await import('minisearch');
    index = new MiniSearchIndex<SearchDocument>({
      fields: [...SEARCH_OPTIONS.fields],
      tokenize: SEARCH_OPTIONS.tokenize,
      processTerm: SEARCH_OPTIONS.processTerm,
      searchOptions: { ...SEARCH_OPTIONS.searchOptions, boost: { ...SEARCH_OPTIONS.searchOptions.boost } },
    });
    const start = await source.readStamp();
    let after: string | undefined;
    for (;;) {
      const chunk = await source.readChunk(after, chunkSize);
      for (let i = 0; i < chunk.length; ) {
        if (disposed) return;
        const sliceStart = now();
        while (i < chunk.length && now() - sliceStart < SLICE_MS) upsert(chunk[i++]!);
        if (i < chunk.length) await idle();
      }
      status.value = { kind: 'building', done: rows.size };
      if (chunk.length < chunkSize) break;
      after = chunk[chunk.length - 1]!.id;
      await idle();
    }
    // Changes made while the chunks were read are caught up from the stamp taken at the start.
    synced = start.latest;
    await syncNow();
    unwatch = source.watch(() => void sync());
    status.value = { kind: 'ready' };
    version.value += 1;
  }

  async function syncNow() {
    for (const entry of await source.listUpdatedSince(synced)) upsert(entry);
    // Rows removed for good (purged tombstones) or imported with old stamps do not show in
    // `updatedAt`, so the ids are compared too: keys only, cheap next to reading entries.
    const ids = new Set(await source.listIds());
    for (const id of [...rows.keys()]) if (!ids.has(id)) remove(id);
    const missing = [...ids].filter((id) => !rows.has(id));
    if (missing.length > 0) for (const entry of await source.getMany(missing)) if (entry) upsert(entry);
  }

  /** Catches up with changes; calls that arrive while one runs are folded into one more run. */
  function sync(): Promise<void> {
    if (syncing) {
      syncAgain = true;
      return syncing;
    }
    syncing = (async () => {
      do {
        syncAgain = false;
        await syncNow();
      } while (syncAgain && !disposed);
      version.value += 1;
    })().finally(() => {
      syncing = undefined;
    });
    return syncing;
  }

  return {
    status,
    ready: computed(() => status.value.kind === 'ready'),
    version,

    /** Starts building the index, once; resolves when it is ready. */
    prepare(): Promise<void> {
      building ??= build().catch((error: unknown) => {
        status.value = {
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        };
      });
      return building;
    },

    /** Ranked live entries matching the text and every filter; empty until the index is ready. */
    search(query: string, filter: LogFilter, range: DateRange): SearchHit[] {
      if (status.value.kind !== 'ready' || !index || !hasWords(query)) return [];
      const started = performance.now();
      const results = index.search(query, {
        filter: (result) => {
          const entry = rows.get(result.id as string);
          return Boolean(entry && matchesFilter(entry, filter, range));
        },
      });
      const hits = results.map((result) => ({
        entry: rows.get(result.id as string)!,
        score: result.score,
        terms: result.terms,
      }));
      // A User Timing entry, read by `npm run bench` (and DevTools' Performance panel); it stays
      // in the page like any other performance entry.
      performance.measure(SEARCH_MEASURE, { start: started });
      return hits;
    },

    /** Applies changes now rather than waiting for the change notification (after our own writes). */
    refresh: () => (status.value.kind === 'ready' ? sync() : Promise.resolve()),

    dispose() {
      disposed = true;
      unwatch?.();
    },
  };
}

export type EntrySearch = ReturnType<typeof createEntrySearch>;

/** Whether a query has anything to search for: "?!" or "  " does not, "c++" and "🎉" do. */
export function hasWords(query: string): boolean {
  return tokenize(query).length > 0;
}
