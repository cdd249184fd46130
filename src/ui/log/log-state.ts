import { computed, effect, signal, untracked } from '@preact/signals';
import { type Download, downloadBlob } from '../../browser/download';
import type { DraftStore } from '../../browser/draft-store';
import { openPageDrafts, type ViewDrafts } from '../../browser/view-drafts';
import type { LatitudeDb } from '../../db/database';
import { purgeDeletedEntries } from '../../db/entries/edits';
import { listCustomAreas } from '../../db/labels/areas';
import { allAreas, type CustomArea } from '../../domain/area';
import { entryEditDraftSchema } from '../../domain/entry-edit';
import { createBackupReminderState } from '../backup/backup-reminder-state';
import { type AppClock, systemClock } from '../kit/app-env';
import { createDeletedState, type DeletedState } from './deleted-state';
import { createEntriesState, type LogLocation } from './entries-state';
import { liveRead } from '../kit/live-reads';
import { createPeopleState, createPersonState, type PeopleState, type PersonState } from './people-state';
import { createTagsState, type TagsState } from './tags-state';

export { LOG_PAGE_SIZE, SEARCH_DEBOUNCE_MS, SEARCH_PAGE_SIZE } from './entries-state';

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

/** The view on screen, with its state; the entries' state lives as long as the page. */
export type LogView =
  | { view: 'entries' }
  | { view: 'people'; state: PeopleState }
  | { view: 'person'; state: PersonState }
  | { view: 'tags'; state: TagsState }
  | { view: 'deleted'; state: DeletedState };

export interface LogNav extends LogLocation {
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export interface LogPageDeps {
  db: LatitudeDb;
  clock?: AppClock;
  /** The page's location and history, for the filters in the URL; the real ones by default. */
  nav?: LogNav;
  /**
   * This view's drafts; by default the page's own (each log tab keeps its own draft of the entry
   * being edited, and a reload finds it again), opened just after the first screen.
   */
  drafts?: ViewDrafts;
  /** How files are saved (the Markdown export); a plain `<a download>` by default. */
  download?: Download;
}

const NO_AREAS: readonly CustomArea[] = [];
const PURGE_DELAY_MS = 2_000;

/**
 * log.html's state, created once per page: the route (from the hash), the areas, the entries
 * (entries-state.ts) and the state of the other view on screen (people, a person, tags and areas),
 * made when it is shown and disposed when it is left.
 */
export function createLogState(deps: LogPageDeps) {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  const nav = deps.nav ?? { location: window.location, history: window.history, window };
  // Opening the page's drafts reads Web Storage, synchronously: it waits until they are needed.
  const editorDrafts = openLater(() => (deps.drafts ?? openPageDrafts('log')).draft('editor', entryEditDraftSchema));

  const route = signal<LogRoute>(parseRoute(nav.location.hash));
  const custom = liveRead(
    () => 'all',
    () => listCustomAreas(db),
  );
  const customAreas = computed(() => (custom.result.value.status === 'ready' ? custom.result.value.value : NO_AREAS));
  const areas = computed(() => allAreas(customAreas.value));

  const entries = createEntriesState({
    db,
    clock,
    location: nav.location,
    history: nav.history,
    // The search index names areas when it indexes; it asks for the current list each time.
    areas: () => areas.peek(),
    active: () => route.value.view === 'entries',
    editorDrafts,
    download: deps.download ?? downloadBlob,
  });

  const view = signal<LogView>({ view: 'entries' });
  const stopRouting = effect(() => {
    const shown = route.value;
    const next = untracked(() => open(shown));
    view.value = next;
    return () => {
      if ('state' in next) next.state.dispose();
    };
  });

  function open(shown: LogRoute): LogView {
    switch (shown.view) {
      case 'people':
        return { view: 'people', state: createPeopleState({ db, clock }) };
      case 'person':
        return {
          view: 'person',
          state: createPersonState({
            db,
            clock,
            id: shown.id,
            navigate: (hash) => {
              nav.location.hash = hash;
            },
          }),
        };
      case 'tags':
        return { view: 'tags', state: createTagsState({ db, clock, customAreas }) };
      case 'deleted':
        return { view: 'deleted', state: createDeletedState({ db, clock }) };
      default:
        return { view: 'entries' };
    }
  }

  function followLocation() {
    const next = parseRoute(nav.location.hash);
    if (JSON.stringify(next) !== JSON.stringify(route.peek())) route.value = next;
    entries.followLocation();
  }
  nav.window.addEventListener('hashchange', followLocation);
  nav.window.addEventListener('popstate', followLocation);

  // Tombstones older than 30 days go when the log opens (long past any Undo), a moment after the
  // first screen, since the purge writes and would hold up the first reads.
  const purge = setTimeout(() => void purgeDeletedEntries(db, clock.now()).catch(() => undefined), PURGE_DELAY_MS);

  return {
    /** The database, for the storage banner, which follows it itself. */
    db,
    /** The backup reminder, checked once the page is on screen. */
    backupReminder: createBackupReminderState({ db }),
    route,
    view,
    areas,
    entries,

    dispose() {
      clearTimeout(purge);
      nav.window.removeEventListener('hashchange', followLocation);
      nav.window.removeEventListener('popstate', followLocation);
      stopRouting();
      custom.dispose();
      entries.dispose();
    },
  };
}

export type LogState = ReturnType<typeof createLogState>;

/** A draft store opened on its first use. */
function openLater<T>(open: () => DraftStore<T>): DraftStore<T> {
  let store: DraftStore<T> | undefined;
  const opened = () => (store ??= open());
  return {
    load: () => opened().load(),
    save: (draft) => opened().save(draft),
    clear: () => opened().clear(),
  };
}
