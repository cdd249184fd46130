import { useEffect, useState } from 'preact/hooks';
import { BackupReminder } from '../backup/BackupReminder';
import { StorageBanner } from '../kit/StorageBanner';
import { useStorageHealth } from '../kit/use-storage-health';
import { DeletedView } from './DeletedView';
import { EntriesView } from './EntriesView';
import { createLogState, type LogPageDeps, type LogView } from './log-state';
import { PeopleView } from './PeopleView';
import { PersonView } from './PersonView';
import { TagsView } from './TagsView';

/** log.html: every entry to browse, search, filter and edit; the people; tags and areas. */
export function LogApp(deps: LogPageDeps) {
  // One state per page (log-state.ts), made on the first render and disposed with the page.
  const [state] = useState(() => createLogState(deps));
  useEffect(() => () => state.dispose(), [state]);
  const health = useStorageHealth(state.db);
  const shown = state.view.value;

  return (
    <main class="page log">
      <header class="bar">
        <h1>Your log</h1>
        <a href="/prep.html" target="_blank" rel="noopener">
          Prepare a conversation
        </a>
        <nav aria-label="Log sections">
          <NavLink href="#/" current={shown.view === 'entries'}>
            Entries
          </NavLink>
          <NavLink href="#/people" current={shown.view === 'people' || shown.view === 'person'}>
            People
          </NavLink>
          <NavLink href="#/tags" current={shown.view === 'tags'}>
            Tags and areas
          </NavLink>
          <NavLink href="#/deleted" current={shown.view === 'deleted'}>
            Deleted
          </NavLink>
        </nav>
      </header>
      <StorageBanner health={health} />
      <BackupReminder state={state.backupReminder} />
      {view(shown)}
    </main>
  );

  function view(shown: LogView) {
    switch (shown.view) {
      case 'people':
        return <PeopleView state={shown.state} />;
      case 'person':
        return <PersonView state={shown.state} />;
      case 'tags':
        return <TagsView state={shown.state} />;
      case 'deleted':
        return <DeletedView state={shown.state} />;
      default:
        return <EntriesView state={state.entries} areas={state.areas.value} />;
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
