import { useState } from 'preact/hooks';
import type { LatitudeDb } from '../db/database';
import { BackupReminder } from './BackupReminder';
import { listEntriesPage } from '../db/entries';
import { EntryItem } from './EntryItem';
import { StorageBanner } from './StorageBanner';
import { useLiveQuery } from './use-live-query';
import { useStorageHealth } from './use-storage-health';

export const LOG_PAGE_SIZE = 50;

/** The full log, newest first, one page at a time so years of entries open as fast as a week's. */
export function LogApp({ db }: { db: LatitudeDb }) {
  const [limit, setLimit] = useState(LOG_PAGE_SIZE);
  const health = useStorageHealth(db);
  const page = useLiveQuery(() => listEntriesPage(db, limit), [db, limit]);

  return (
    <main class="page">
      <header class="bar">
        <h1>Your log</h1>
        <a href="/prep.html" target="_blank" rel="noopener">
          Prepare a conversation
        </a>
      </header>
      <StorageBanner health={health} />
      <BackupReminder db={db} />
      {page.status === 'loading' && <p class="muted">Loading…</p>}
      {page.status === 'error' && (
        <p class="alert" role="alert">
          The log cannot be read right now.
        </p>
      )}
      {page.status === 'ready' &&
        (page.value.entries.length === 0 ? (
          <EmptyLog />
        ) : (
          <>
            <ul class="entries" aria-label="Entries">
              {page.value.entries.map((entry) => (
                <EntryItem key={entry.id} entry={entry} />
              ))}
            </ul>
            {page.value.hasMore && (
              <button type="button" onClick={() => setLimit(limit + LOG_PAGE_SIZE)}>
                Show older entries
              </button>
            )}
          </>
        ))}
    </main>
  );
}

function EmptyLog() {
  return (
    <section class="empty">
      <h2>Nothing logged yet</h2>
      <p>Four ways to capture, from any page:</p>
      <ul>
        <li>Click the Latitude button in the toolbar (or press Alt+Shift+L).</li>
        <li>Select text on a page, right-click, and choose “Log as win”.</li>
        <li>Press Alt+Shift+K to open the side panel during a 1:1.</li>
        <li>
          Type <kbd>lat</kbd>, a space, then what you did in the address bar.
        </li>
      </ul>
    </section>
  );
}
