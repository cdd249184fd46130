import { useEffect, useState } from 'preact/hooks';
import { createLastPersonStore } from '../../browser/last-person-store';
import { browserExporter } from '../../browser/text-export';
import { openPageDrafts } from '../../browser/view-drafts';
import { type AppClock, systemClock } from '../kit/app-env';
import { StorageBanner } from '../kit/StorageBanner';
import { useStorageHealth } from '../kit/use-storage-health';
import { DueReminders } from './DueReminders';
import { OneOnOneAgenda } from './OneOnOneAgenda';
import { PanelCapture, TodaysMeeting } from './PanelCapture';
import { LatestEntries, OneOnOneHistory } from './PanelHistory';
import { PersonPicker } from './PersonPicker';
import { createSidePanelState, type SidePanelStateDeps } from './side-panel-state';

type Props = Pick<SidePanelStateDeps, 'db'> &
  Partial<Pick<SidePanelStateDeps, 'lastPerson' | 'exporter'>> & {
    /** This panel's drafts (`openPageDrafts('sidepanel')`, opened by the entrypoint). */
    drafts?: SidePanelStateDeps['views'];
    clock?: AppClock;
  };

/**
 * The side panel for live 1:1s: due commitments first, then the person, the agenda, capture into
 * today's conversation with them, what was captured (live), the summary and the way to the prep.
 * Its reads and writes are one state object (side-panel-state.ts), made once per panel.
 */
export function SidePanelApp({ db, drafts, lastPerson, clock = systemClock, exporter }: Props) {
  // Made once: the panel's state lives as long as the panel.
  const [state] = useState(() =>
    createSidePanelState({
      db,
      views: drafts ?? openPageDrafts('sidepanel'),
      lastPerson: lastPerson ?? createLastPersonStore(),
      clock,
      exporter: exporter ?? browserExporter(),
    }),
  );
  useEffect(() => () => state.dispose(), [state]);
  const health = useStorageHealth(db);
  const person = state.person.value;
  const withPerson = Boolean(person && state.todays.value);

  return (
    <main class="panel">
      <header class="bar">
        <h1>Latitude</h1>
        <a href="/log.html" target="_blank" rel="noopener">
          Open the log
        </a>
      </header>
      <StorageBanner health={health} />
      <DueReminders state={state} />
      {state.people.value.status === 'ready' && <PersonPicker state={state} />}
      {/* Today's meeting: just below the person once one is picked, with the offer to give it to them. */}
      {person && <TodaysMeeting state={state} />}
      {withPerson && <OneOnOneAgenda state={state} />}
      <PanelCapture state={state} storageAvailable={health !== 'unavailable'} />
      {withPerson && <OneOnOneHistory state={state} />}
      {!person && <TodaysMeeting state={state} />}
      <LatestEntries state={state} />
    </main>
  );
}
