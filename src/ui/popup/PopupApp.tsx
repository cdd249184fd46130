import { useEffect, useMemo } from 'preact/hooks';
import type { DraftStore } from '../../browser/draft-store';
import type { OmniboxOverflowInbox } from '../../browser/omnibox-overflow';
import type { LatitudeDb } from '../../db/database';
import { listRecentEntries, saveCapture } from '../../db/entries/capture';
import type { Source } from '../../domain/record';
import { type AppClock, systemClock } from '../kit/app-env';
import { BackupReminder } from '../backup/BackupReminder';
import { createBackupReminderState } from '../backup/backup-reminder-state';
import { CaptureForm } from '../capture/CaptureForm';
import { createCaptureState } from '../capture/capture-state';
import { OmniboxOverflowNotice } from './OmniboxOverflowNotice';
import { RecentEntries } from '../capture/RecentEntries';
import { StorageBanner } from '../kit/StorageBanner';
import { useLiveQuery } from '../kit/use-live-query';
import { useStorageHealth } from '../kit/use-storage-health';
import { writeFailure } from '../kit/write-failure';

const RECENT_COUNT = 5;

interface Props {
  db: LatitudeDb;
  drafts: DraftStore;
  readSource: () => Promise<Source | undefined>;
  clock?: AppClock;
  /** Opens the 1:1 side panel; absent where the browser has none. */
  sidePanel?: { open(): Promise<void> } | undefined;
  /** Closes the popup once the side panel is open. */
  closePopup?: () => void;
  /** Address-bar entries over the text limit, waiting to become this form's draft. */
  omniboxOverflow?: OmniboxOverflowInbox;
}

/** The toolbar popup: capture first, the last few entries below, a way to the full log. */
export function PopupApp({
  db,
  drafts,
  readSource,
  clock = systemClock,
  sidePanel,
  closePopup = () => window.close(),
  omniboxOverflow,
}: Props) {
  const state = useMemo(
    () =>
      createCaptureState({
        drafts,
        save: (input) => saveCapture(db, input, { now: clock.now(), newId: clock.newId }),
        explain: (error) => writeFailure(error, db),
      }),
    [db, drafts, clock],
  );
  const health = useStorageHealth(db);
  const reminder = useMemo(() => createBackupReminderState({ db }), [db]);
  const recent = useLiveQuery(() => listRecentEntries(db, RECENT_COUNT), [db]);

  useEffect(() => {
    void readSource().then((source) => state.offerSource(source));
  }, [readSource, state]);

  return (
    <main class="popup">
      <header class="bar popup-bar">
        <h1>Latitude</h1>
        <nav class="popup-nav" aria-label="Latitude views">
          <a href="/log.html" target="_blank" rel="noopener">
            Open the log
          </a>
          <a href="/prep.html" target="_blank" rel="noopener">
            Prepare a conversation
          </a>
          {sidePanel && (
            <button
              type="button"
              class="link-button"
              // Called straight from the click: the browser opens a side panel only on a user gesture.
              onClick={() => void sidePanel.open().then(closePopup, () => undefined)}
            >
              Open side panel
            </button>
          )}
        </nav>
      </header>
      <StorageBanner health={health} />
      <BackupReminder state={reminder} />
      {omniboxOverflow && <OmniboxOverflowNotice state={state} drafts={drafts} inbox={omniboxOverflow} />}
      <CaptureForm state={state} storageAvailable={health !== 'unavailable'} />
      <RecentEntries heading="Recent" result={recent} empty="Nothing logged yet. Your first win is one Save away." />
    </main>
  );
}
