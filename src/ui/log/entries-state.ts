import { batch, computed, signal } from '@preact/signals';
import type { Download } from '../../browser/download';
import type { DraftStore } from '../../browser/draft-store';
import type { LatitudeDb } from '../../db/database';
import { listWinsForLinking } from '../../db/entries/linked-wins';
import { deleteEntries, getEntry, restoreEntries, updateEntries, updateEntry } from '../../db/entries/edits';
import { countEntriesByKind, listFilteredEntriesPage } from '../../db/entries/log-page';
import { getEntries } from '../../db/entries/search-feed';
import { listTagNames } from '../../db/labels/tags';
import { listPersonNames } from '../../db/people';
import type { AreaOption } from '../../domain/area';
import type { CaptureResult } from '../../domain/capture';
import type { Entry, EntryKind } from '../../domain/entry';
import { addTag, changeKind, type EntryDraft, type EntryEditDraft } from '../../domain/entry-edit';
import {
  EMPTY_FILTER,
  isFiltered,
  type LogFilter,
  parseLogFilter,
  periodRange,
  serializeLogFilter,
} from '../../domain/log-filter';
import { countKinds } from '../../domain/log-groups';
import { localDate } from '../../domain/record';
import { isSameVersion } from '../../domain/revision';
import type { ActionStatus } from '../kit/ActionStatus';
import type { WinChoices } from '../kit/AboutWinSelect';
import type { AppClock } from '../kit/app-env';
import { createEntryEditor, type EntryEditor } from './entry-editor-state';
import { createEntrySearch, hasWords } from './entry-search';
import { entrySourceFor } from './entry-source';
import { type LiveRead, liveRead } from '../kit/live-reads';

export const LOG_PAGE_SIZE = 25;
/** Ranked results come 20 at a time: the best ones are at the top, and fewer render sooner. */
export const SEARCH_PAGE_SIZE = 20;
/** A pause in typing this long counts as the end of a query. */
export const SEARCH_DEBOUNCE_MS = 40;
/** How many of the newest wins the editor's "About a win" offers (plus the one linked already). */
export const LINKABLE_WINS = 200;

export interface UndoOffer {
  ids: string[];
  message: string;
}

export interface LogLocation {
  location: Pick<Location, 'search' | 'hash' | 'pathname'>;
  history: Pick<History, 'replaceState'>;
}

export interface EntriesStateDeps extends LogLocation {
  db: LatitudeDb;
  clock: AppClock;
  areas: () => readonly AreaOption[];
  /** Whether the entries are on screen: their reads rest while another view of the page is. */
  active: () => boolean;
  /** Where **Download Markdown** saves the file. */
  download: Download;
  /**
   * This view's draft of the entry being edited (src/browser/view-drafts.ts): kept on every
   * keystroke, cleared once the save commits, and reopened when the page loads again.
   */
  editorDrafts: DraftStore<EntryEditDraft>;
  /** Debounce timer, replaceable in tests. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  idle?: () => Promise<void>;
}

/**
 * The entries view of the log page: the filter (mirrored in the URL so a view can be bookmarked),
 * the search box, the entries on screen with their counts, paging, selection, the entry being
 * edited, the last delete's Undo and the Markdown download.
 */
export function createEntriesState(deps: EntriesStateDeps) {
  const { db, clock } = deps;
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  const filter = signal<LogFilter>(parseLogFilter(deps.location.search));
  /** What is in the search box right now; the filter's `q` follows it after a pause in typing. */
  const queryInput = signal(filter.value.q);
  const limit = signal(hasWords(filter.value.q) ? SEARCH_PAGE_SIZE : LOG_PAGE_SIZE);
  const selection = signal<ReadonlySet<string>>(new Set());
  /** The entry being edited: its fields as typed, their draft, and any conflict with another view. */
  const editor = signal<EntryEditor | undefined>(undefined);
  const editing = computed(() => editor.value?.entryId);
  const undo = signal<UndoOffer | undefined>(undefined);
  const notice = signal('');
  /** The last action that could not be stored, said plainly; nothing was changed by it. */
  const failure = signal('');
  /** The wins "About a win" offers in the editor, read when an entry is edited as feedback. */
  const linkableWins = signal<{ forId: string; choices: WinChoices } | undefined>(undefined);
  let debounce: unknown;

  const search = createEntrySearch({
    source: entrySourceFor(db),
    areaName: (id) => deps.areas().find((area) => area.id === id)?.name ?? id,
    ...(deps.idle ? { idle: deps.idle } : {}),
  });

  const today = () => localDate(clock.now());
  // A query of symbols alone ("[.*?") is still a search: it finds nothing, and says so.
  const searching = computed(() => filter.value.q.trim() !== '');
  const hits = computed(() => {
    search.version.value;
    if (!searching.value) return [];
    const current = filter.value;
    return search.search(current.q, current, periodRange(current, today()));
  });

  if (searching.value) void search.prepare();

  const reads: LiveRead<unknown>[] = [];
  const follow = <T>(read: LiveRead<T>) => {
    reads.push(read);
    return read.result;
  };

  // The database's answers for the entries on screen. While searching they rest: a keystroke must
  // not restart them. Each carries the filter it was read for, so a stale one is known as such.
  const filterKey = computed(() => serializeLogFilter(filter.value));
  const page = follow(
    liveRead(
      () =>
        deps.active() && !searching.value ? { filter: filter.value, limit: limit.value, today: today() } : undefined,
      async ({ filter, limit, today }) => ({
        ...(await listFilteredEntriesPage(db, limit, { filter, today })),
        filterKey: serializeLogFilter(filter),
      }),
    ),
  );
  // The entries come first; counts and the filters' choices each walk an index, so they wait
  // until the entries for this filter are up rather than compete with them for the database.
  const firstScreenUp = computed(
    () => searching.value || (page.value.status === 'ready' && page.value.value.filterKey === filterKey.value),
  );
  const counts = follow(
    liveRead(
      () =>
        deps.active() && !searching.value && firstScreenUp.value ? { filter: filter.value, today: today() } : undefined,
      async (query) => ({ counts: await countEntriesByKind(db, query), filterKey: serializeLogFilter(query.filter) }),
    ),
  );
  // The choices wait only for the very first screen; later filter changes keep them as they are.
  let choicesWanted = false;
  const choices = () => {
    if (!deps.active()) return undefined;
    if (!choicesWanted) choicesWanted = firstScreenUp.value;
    return choicesWanted ? 'all' : undefined;
  };
  const tagChoices = follow(liveRead(choices, () => listTagNames(db)));
  const personChoices = follow(liveRead(choices, () => listPersonNames(db)));

  const kindCounts = computed(() => {
    if (searching.value) return countKinds(hits.value.map((hit) => hit.entry));
    const read = counts.value;
    return read.status === 'ready' && read.value.filterKey === filterKey.value ? read.value.counts : undefined;
  });
  const total = computed(() => {
    const all = kindCounts.value;
    return all ? Object.values(all).reduce((sum, n) => sum + n, 0) : undefined;
  });
  /** The entries on screen: a page of the log, or the best search results. */
  const shown = computed((): Entry[] => {
    if (searching.value) return hits.value.slice(0, limit.value).map((hit) => hit.entry);
    return page.value.status === 'ready' ? page.value.value.entries : [];
  });
  const hasMore = computed(() =>
    searching.value ? hits.value.length > limit.value : page.value.status === 'ready' && page.value.value.hasMore,
  );
  /** The words each result on screen matched (not every hit's: only those shown are marked). */
  const termsFor = computed(
    () => new Map(hits.value.slice(0, limit.value).map((hit) => [hit.entry.id, new Set(hit.terms)])),
  );
  /** The list has settled (read, or failed to be). */
  const listed = computed(() =>
    searching.value ? search.ready.value || search.status.value.kind === 'failed' : page.value.status !== 'loading',
  );
  /** Not one entry in the log (filters and search aside). */
  const nothingAtAll = computed(
    () =>
      !searching.value &&
      !isFiltered({ ...filter.value, q: '' }) &&
      page.value.status === 'ready' &&
      page.value.value.entries.length === 0,
  );

  // The wins the feedback on screen is about, for its "About:" line.
  const aboutIds = computed(() => [
    ...new Set(shown.value.flatMap((entry) => (entry.kind === 'feedback' ? (entry.about ?? []) : []))),
  ]);
  const linked = follow(
    liveRead(
      () => (deps.active() ? aboutIds.value : undefined),
      async (ids) =>
        ids.length === 0 ? new Map<string, string | undefined>() : textsById(ids, await getEntries(db, ids)),
    ),
  );

  /** The markdown download's progress and outcome. */
  const exportStatus = signal<ActionStatus>({ kind: 'idle' });
  const exporting = signal(false);

  function writeUrl() {
    const query = serializeLogFilter(filter.value);
    const { pathname, hash } = deps.location;
    deps.history.replaceState(null, '', `${pathname}${query ? `?${query}` : ''}${hash}`);
  }

  function setFilter(patch: Partial<LogFilter>) {
    replaceFilter({ ...filter.value, ...patch }, 'q' in patch);
  }

  function replaceFilter(next: LogFilter, queryChanged = false) {
    batch(() => {
      filter.value = next;
      if (queryChanged) queryInput.value = next.q;
      limit.value = hasWords(next.q) ? SEARCH_PAGE_SIZE : LOG_PAGE_SIZE;
    });
    writeUrl();
    if (searching.value) void search.prepare();
  }

  /** One change to every selected entry; resolves with why the first one refused was refused. */
  async function changeSelected(
    what: string,
    verb: string,
    change: (entry: Entry, now: Date) => CaptureResult,
  ): Promise<string | undefined> {
    const now = clock.now();
    const outcome = await attempt(what, () => updateEntries(db, [...selection.value], (entry) => change(entry, now)));
    if (!outcome) return undefined;
    notice.value = describeBulk(outcome.updated.length, outcome.refused, verb);
    await search.refresh();
    return outcome.refused[0]?.message;
  }

  /** Runs a write; if it fails, says so instead of leaving a promise rejected in silence. */
  async function attempt<T>(what: string, write: () => Promise<T>): Promise<T | undefined> {
    failure.value = '';
    try {
      return await write();
    } catch (error) {
      failure.value = `${what} failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
      return undefined;
    }
  }

  async function remove(ids: readonly string[]) {
    const deleted = await attempt('Deleting', () => deleteEntries(db, ids, clock.now()));
    if (!deleted || deleted.length === 0) return;
    batch(() => {
      undo.value = {
        ids: deleted,
        message: deleted.length === 1 ? 'Entry deleted.' : `${deleted.length} entries deleted.`,
      };
      // An editor open on a deleted entry stays, with what was typed: its save will say so.
      selection.value = new Set([...selection.value].filter((id) => !deleted.includes(id)));
      notice.value = '';
    });
    await search.refresh();
  }

  function openEditor(base: Entry, fields?: Partial<EntryDraft>): EntryEditor {
    const opened = createEntryEditor({
      base,
      ...(fields ? { fields } : {}),
      drafts: deps.editorDrafts,
      now: () => clock.now(),
      save: (entry, since) => updateEntry(db, entry, since),
      closed(message) {
        if (editor.value !== opened) return;
        batch(() => {
          editor.value = undefined;
          linkableWins.value = undefined;
          notice.value = message;
        });
        void search.refresh();
      },
    });
    batch(() => {
      editor.value = opened;
      linkableWins.value = undefined;
      failure.value = '';
    });
    return opened;
  }

  /**
   * Reopens the editor this view had open when it was closed or reloaded, with what was typed.
   * If the entry changed or was deleted since, the editor opens on the conflict straight away.
   */
  async function reopenDraft(kept: EntryEditDraft) {
    let stored: Entry | undefined;
    let read = false;
    try {
      stored = await getEntry(db, kept.entryId);
      read = true;
    } catch {
      // Storage not answering: the typed text is shown all the same; a save will check.
    }
    if (editor.value) return;
    const opened = openEditor(kept.base, kept.fields);
    if (read && !isSameVersion(kept.base, stored)) {
      opened.showConflict(stored && !stored.deletedAt ? { kind: 'changed', other: stored } : { kind: 'deleted' });
    }
  }

  // The draft kept by this view is looked for just after the page's first task, while the
  // database opens: its storage is read synchronously, and the first screen need not wait for it.
  const reopening = setTimeout(() => {
    const kept = deps.editorDrafts.load();
    if (kept && !editor.value) void reopenDraft(kept);
  }, 0);

  /** The texts of the wins a feedback entry is about; undefined until every one of them is read. */
  function aboutTexts(entry: Entry): (string | undefined)[] | undefined {
    const texts = linked.value;
    if (entry.kind !== 'feedback' || !entry.about?.length || texts.status !== 'ready') return undefined;
    return entry.about.every((id) => texts.value.has(id)) ? entry.about.map((id) => texts.value.get(id)) : undefined;
  }

  return {
    filter,
    queryInput,
    page,
    shown,
    hasMore,
    termsFor,
    listed,
    nothingAtAll,
    kindCounts,
    total,
    tagChoices,
    personChoices,
    aboutTexts,
    exportStatus,
    exporting,
    limit,
    selection,
    editor,
    editing,
    linkableWins,
    undo,
    notice,
    failure,
    search,
    searching,
    hits,
    today,
    setFilter,

    /** Back to everything, keeping the search text and the grouping. */
    clearFilters() {
      replaceFilter({ ...EMPTY_FILTER, q: filter.value.q, group: filter.value.group });
    },

    /** Typing in the search box: shown at once, searched after a short pause. */
    typeQuery(text: string) {
      queryInput.value = text;
      if (hasWords(text)) void search.prepare();
      if (debounce !== undefined) clearTimer(debounce);
      debounce = setTimer(() => {
        debounce = undefined;
        if (text !== filter.value.q) setFilter({ q: text });
      }, SEARCH_DEBOUNCE_MS);
    },

    /** The search box got focus: a good moment to start indexing, before the first key. */
    warmUpSearch() {
      void search.prepare();
    },

    showMore() {
      limit.value += searching.value ? SEARCH_PAGE_SIZE : LOG_PAGE_SIZE;
    },

    followLocation() {
      const next = parseLogFilter(deps.location.search);
      if (serializeLogFilter(next) !== serializeLogFilter(filter.value)) {
        batch(() => {
          filter.value = next;
          queryInput.value = next.q;
        });
      }
    },

    toggleSelected(id: string, selected: boolean) {
      const next = new Set(selection.value);
      if (selected) next.add(id);
      else next.delete(id);
      selection.value = next;
    },

    selectAll(ids: readonly string[]) {
      selection.value = new Set([...selection.value, ...ids]);
    },

    clearSelection() {
      selection.value = new Set();
    },

    /**
     * Opens the editor on an entry, as it is now. An edit with unsaved changes to another entry
     * is not given up for it: that one is to be saved or cancelled first.
     */
    startEditing(entry: Entry) {
      const current = editor.value;
      if (current?.entryId === entry.id) return;
      if (current?.dirty.value) {
        failure.value = 'Save or cancel the entry you are editing first: its changes are not saved yet.';
        return;
      }
      current?.cancel();
      openEditor(entry);
    },

    /**
     * Reads the wins the entry being edited may be about, once per edit: the newest live ones,
     * plus the one it links to already however old, never the entry itself.
     */
    async loadLinkableWins(entry: Entry) {
      if (linkableWins.value?.forId === entry.id) return;
      linkableWins.value = { forId: entry.id, choices: { status: 'loading' } };
      let choices: WinChoices;
      try {
        const wins = await listWinsForLinking(db, LINKABLE_WINS, { include: entry.about ?? [] });
        choices = { status: 'ready', value: wins.filter((win) => win.id !== entry.id) };
      } catch (error) {
        choices = { status: 'error', error };
      }
      if (linkableWins.value?.forId === entry.id) linkableWins.value = { forId: entry.id, choices };
    },

    remove,

    deleteSelected: () => remove([...selection.value]),

    async undoDelete() {
      const offer = undo.value;
      if (!offer) return;
      const restored = await attempt('Undo', () => restoreEntries(db, offer.ids, clock.now()));
      if (restored === undefined) return;
      batch(() => {
        undo.value = undefined;
        notice.value = restored === 1 ? 'Entry restored.' : `${restored} entries restored.`;
      });
      await search.refresh();
    },

    dismissUndo() {
      undo.value = undefined;
    },

    tagSelected: (tag: string) => changeSelected('Tagging', 'tagged', (entry, now) => addTag(entry, tag, now)),

    changeKindOfSelected: (kind: EntryKind) =>
      changeSelected('Changing the kind', 'changed', (entry, now) => changeKind(entry, kind, now)),

    /**
     * **Download Markdown**: the log as the view shows it (filters and search), with the
     * conversations, action items and own points that go with it (domain/log-export.ts says which).
     */
    async downloadMarkdown() {
      exporting.value = true;
      exportStatus.value = { kind: 'idle' };
      try {
        const query = { filter: filter.value, today: today() };
        let searched: Entry[] | undefined;
        if (searching.value) {
          // A search's results come from the page's index: all of them, not only those on screen.
          await search.prepare();
          const index = search.status.value;
          if (index.kind !== 'ready') {
            throw new Error(
              index.kind === 'failed' ? `search is not available (${index.message})` : 'search is not ready',
            );
          }
          searched = hits.value.map((hit) => hit.entry);
        }
        const { downloadLogMarkdown } = await import('./export-log');
        const done = await downloadLogMarkdown({
          db,
          query,
          ...(searched ? { searched } : {}),
          download: deps.download,
          now: clock.now(),
        });
        const entries = `${done.entries.toLocaleString('en')} ${done.entries === 1 ? 'entry' : 'entries'}`;
        exportStatus.value = { kind: 'done', message: `Downloaded ${done.filename} (${entries}).` };
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        exportStatus.value = {
          kind: 'failed',
          message: `The Markdown could not be made: ${why}. Nothing was downloaded; try again.`,
        };
      } finally {
        exporting.value = false;
      }
    },

    dispose() {
      clearTimeout(reopening);
      if (debounce !== undefined) clearTimer(debounce);
      for (const read of reads) read.dispose();
      search.dispose();
    },
  };
}

export type EntriesState = ReturnType<typeof createEntriesState>;

/** Each id's text, read in the same order; `undefined` for an entry deleted (or purged) since. */
function textsById(ids: readonly string[], entries: readonly (Entry | undefined)[]): Map<string, string | undefined> {
  return new Map(
    ids.map((id, i) => {
      const entry = entries[i];
      return [id, entry && !entry.deletedAt ? entry.text : undefined];
    }),
  );
}

function describeBulk(updated: number, refused: readonly { id: string }[], verb: string): string {
  const done = `${updated} ${updated === 1 ? 'entry' : 'entries'} ${verb}.`;
  const skipped = new Set(refused.map((r) => r.id)).size;
  return skipped ? `${done} ${skipped} left as they were.` : done;
}
