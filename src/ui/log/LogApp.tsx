import { useEffect, useMemo, useRef } from 'preact/hooks';
import { type Download, downloadBlob } from '../../browser/download';
import { openPageDrafts, type ViewDrafts } from '../../browser/view-drafts';
import { listCustomAreas } from '../../db/labels/areas';
import type { LatitudeDb } from '../../db/database';
import { purgeDeletedEntries } from '../../db/entries/log-page';
import { allAreas, type CustomArea } from '../../domain/area';
import { entryEditDraftSchema } from '../../domain/entry-edit';
import { type AppClock, systemClock } from '../kit/app-env';
import { BackupReminder } from '../backup/BackupReminder';
import { StorageBanner } from '../kit/StorageBanner';
import { useLiveQuery } from '../kit/use-live-query';
import { useStorageHealth } from '../kit/use-storage-health';
import { EntriesView } from './EntriesView';
import { createDeletedState } from './deleted-state';
import { DeletedView } from './DeletedView';
import { createLogState, type LogLocation, type LogRoute } from './log-state';
import { PeopleView } from './PeopleView';
import { PersonView } from './PersonView';
import { TagsView } from './TagsView';

interface Props {
  db: LatitudeDb;
  clock?: AppClock;
  /** The page's location and history, for the filters in the URL; the real ones by default. */
  nav?: LogLocation & { window: Pick<Window, 'addEventListener' | 'removeEventListener'> };
  /** This page's drafts (the entrypoint opens them once per page); the page's own by default. */
  drafts?: ViewDrafts;
  /** How files are saved (the Markdown export); a plain `<a download>` by default. */
  download?: Download;
}

const NO_AREAS: CustomArea[] = [];
const PURGE_DELAY_MS = 2_000;

/** log.html: every entry to browse, search, filter and edit; the people; tags and areas. */
export function LogApp({ db, clock = systemClock, nav = browserNav(), drafts, download = downloadBlob }: Props) {
  const health = useStorageHealth(db);
  const custom = useLiveQuery(() => listCustomAreas(db), [db]);
  const customAreas = custom.status === 'ready' ? custom.value : NO_AREAS;
  const areas = useMemo(() => allAreas(customAreas), [customAreas]);
  // The search index names areas when it indexes; it asks for the current list each time.
  const areasRef = useRef(areas);
  areasRef.current = areas;

  const views = useMemo(() => drafts ?? openPageDrafts('log'), [drafts]);
  const state = useMemo(
    () =>
      createLogState({
        db,
        clock,
        ...nav,
        areas: () => areasRef.current,
        editorDrafts: views.draft('editor', entryEditDraftSchema),
      }),
    [db, clock, views],
  );
  const deleted = useMemo(() => createDeletedState({ db, now: () => clock.now() }), [db, clock]);

  useEffect(() => {
    // Tombstones older than 30 days go when the log opens (long past any Undo), a moment after
    // the first screen, since the purge writes and would hold up the first reads.
    const timer = setTimeout(() => void purgeDeletedEntries(db, clock.now()).catch(() => undefined), PURGE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [db, clock]);

  useEffect(() => {
    const follow = () => state.followLocation();
    nav.window.addEventListener('hashchange', follow);
    nav.window.addEventListener('popstate', follow);
    return () => {
      nav.window.removeEventListener('hashchange', follow);
      nav.window.removeEventListener('popstate', follow);
      state.dispose();
    };
  }, [state]);

  const route = state.route.value;

  return (
    <main class="page log">
      <header class="bar">
        <h1>Your log</h1>
        <a href="/prep.html" target="_blank" rel="noopener">
          Prepare a conversation
        </a>
        <nav aria-label="Log sections">
          <NavLink href="#/" current={route.view === 'entries'}>
            Entries
          </NavLink>
          <NavLink href="#/people" current={route.view === 'people' || route.view === 'person'}>
            People
          </NavLink>
          <NavLink href="#/tags" current={route.view === 'tags'}>
            Tags and areas
          </NavLink>
          <NavLink href="#/deleted" current={route.view === 'deleted'}>
            Recently deleted
          </NavLink>
        </nav>
      </header>
      <StorageBanner health={health} />
      <BackupReminder db={db} />
      {view(route)}
    </main>
  );

  function view(route: LogRoute) {
    switch (route.view) {
      case 'people':
        return <PeopleView db={db} clock={clock} />;
      case 'person':
        return <PersonView db={db} clock={clock} id={route.id} />;
      case 'tags':
        return <TagsView db={db} clock={clock} customAreas={customAreas} />;
      case 'deleted':
        return <DeletedView state={deleted} />;
      default:
        return <EntriesView db={db} state={state} areas={areas} download={download} now={clock.now} />;
    }
  }
}

function NavLink({ href, current, children }: { href: string; current: boolean; children: preact.ComponentChildren }) {
  return (
    <a href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

function browserNav() {
  return { location: window.location, history: window.history, window };
}
