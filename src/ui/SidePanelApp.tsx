import type { LatitudeDb } from '../db/database';
import { listRecentEntries } from '../db/entries';
import { RecentEntries } from './RecentEntries';
import { StorageBanner } from './StorageBanner';
import { useLiveQuery } from './use-live-query';
import { useStorageHealth } from './use-storage-health';

const PANEL_COUNT = 20;

/** The side panel for calls: for now, the latest entries, updated live as they are captured. */
export function SidePanelApp({ db }: { db: LatitudeDb }) {
  const health = useStorageHealth(db);
  const recent = useLiveQuery(() => listRecentEntries(db, PANEL_COUNT), [db]);
  return (
    <main class="panel">
      <header class="bar">
        <h1>Latitude</h1>
        <a href="/log.html" target="_blank" rel="noopener">
          Open the log
        </a>
      </header>
      <StorageBanner health={health} />
      <RecentEntries
        heading="Latest entries"
        result={recent}
        empty="Nothing logged yet. Capture from the toolbar button or with lat in the address bar."
        compact={false}
      />
    </main>
  );
}
