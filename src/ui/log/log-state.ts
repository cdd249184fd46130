import { batch, computed, signal } from '@preact/signals';
import type { LatitudeDb } from '../../db/database';
import type { DraftStore } from '../../browser/draft-store';
import { deleteEntries, getEntry, restoreEntries, updateEntries, updateEntry } from '../../db/entries/log-page';
import { listWinsForLinking } from '../../db/entries/linked-wins';
import type { AreaOption } from '../../domain/area';
import type { Entry, EntryKind } from '../../domain/entry';
import { addTag, changeKind, type EntryDraft, type EntryEditDraft } from '../../domain/entry-edit';
import { EMPTY_FILTER, type LogFilter, parseLogFilter, periodRange, serializeLogFilter } from '../../domain/log-filter';
import { localDate } from '../../domain/record';
import { isSameVersion } from '../../domain/revision';
import type { WinChoices } from '../kit/AboutWinSelect';
import type { AppClock } from '../kit/app-env';
import { createEntryEditor, type EntryEditor } from './entry-editor-state';
import { createEntrySearch, hasWords } from './entry-search';
import { entrySourceFor } from './entry-source';

export const LOG_PAGE_SIZE = 25;
/** Ranked results come 20 at a time: the best ones are at the top, and fewer render sooner. */
export const SEARCH_PAGE_SIZE = 20;
/** A pause in typing this long counts as the end of a query. */
export const SEARCH_DEBOUNCE_MS = 40;
/** How many of the newest wins the editor's "About a win" offers (plus the one linked already). */
export const LINKABLE_WINS = 200;

/** Which view of log.html is shown, from the hash: `#/people`, `#/people/<id>`, `#/tags`, `#/deleted`. */
export type LogRoute =
  | { view: 'entries' }
  | { view: 'people' }
  | { view: 'person'; id: string }
  | { view: 'tags' }
  | { view: 'deleted' };

export function parseRoute(hash: string): LogRoute {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'people') return { view: 'people' };
  if (path.startsWith('people/')) return { view: 'person', id: decodeURIComponent(path.slice(7)) };
  if (path === 'tags') return { view: 'tags' };
  if (path === 'deleted') return { view: 'deleted' };
  return { view: 'entries' };
}

export interface UndoOffer {
  ids: string[];
  message: string;
}

export interface LogLocation {
  location: Pick<Location, 'search' | 'hash' | 'pathname'>;
  history: Pick<History, 'replaceState'>;
}

export interface LogStateDeps extends LogLocation {
  db: LatitudeDb;
  clock: AppClock;
  areas: () => readonly AreaOption[];
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
 * The log page's state and actions: the filter (mirrored in the URL so a view can be bookmarked),
 * the search box, paging, selection, the entry being edited and the last delete's Undo.
 */
export function createLogState(deps: LogStateDeps) {
  const { db, clock } = deps;
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  const filter = signal<LogFilter>(parseLogFilter(deps.location.search));
  /** What is in the search box right now; the filter's `q` follows it after a pause in typing. */
  const queryInput = signal(filter.value.q);
  const route = signal<LogRoute>(parseRoute(deps.location.hash));
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
  const searching = computed(() => hasWords(filter.value.q));
  const hits = computed(() => {
    search.version.value;
    if (!searching.value) return [];
    const current = filter.value;
    return search.search(current.q, current, periodRange(current, today()));
  });

  if (searching.value) void search.prepare();

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

  const kept = deps.editorDrafts.load();
  if (kept) void reopenDraft(kept);

  return {
    filter,
    queryInput,
    route,
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
      route.value = parseRoute(deps.location.hash);
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

    async tagSelected(tag: string): Promise<string | undefined> {
      const now = clock.now();
      const outcome = await attempt('Tagging', () =>
        updateEntries(db, [...selection.value], (entry) => addTag(entry, tag, now)),
      );
      if (!outcome) return undefined;
      notice.value = describeBulk(outcome.updated.length, outcome.refused, 'tagged');
      await search.refresh();
      return outcome.refused[0]?.message;
    },

    async changeKindOfSelected(kind: EntryKind): Promise<string | undefined> {
      const now = clock.now();
      const outcome = await attempt('Changing the kind', () =>
        updateEntries(db, [...selection.value], (entry) => changeKind(entry, kind, now)),
      );
      if (!outcome) return undefined;
      notice.value = describeBulk(outcome.updated.length, outcome.refused, 'changed');
      await search.refresh();
      return outcome.refused[0]?.message;
    },

    dispose() {
      if (debounce !== undefined) clearTimer(debounce);
      search.dispose();
    },
  };
}

export type LogState = ReturnType<typeof createLogState>;

function describeBulk(updated: number, refused: readonly { id: string }[], verb: string): string {
  const done = `${updated} ${updated === 1 ? 'entry' : 'entries'} ${verb}.`;
  const skipped = new Set(refused.map((r) => r.id)).size;
  return skipped ? `${done} ${skipped} left as they were.` : done;
}
