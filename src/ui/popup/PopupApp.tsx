import { useEffect, useState } from 'preact/hooks';
import { BackupReminder } from '../backup/BackupReminder';
import { CaptureForm } from '../capture/CaptureForm';
import { RecentEntries } from '../capture/RecentEntries';
import { StorageBanner } from '../kit/StorageBanner';
import { useStorageHealth } from '../kit/use-storage-health';
import { OmniboxOverflowNotice } from './OmniboxOverflowNotice';
import { createPopupState, type PopupStateDeps } from './popup-state';

type Props = PopupStateDeps & {
  /** Opens the 1:1 side panel; absent where the browser has none. */
  sidePanel?: { open(): Promise<void> } | undefined;
  /** Closes the popup once the side panel is open. */
  closePopup?: () => void;
};

/** The toolbar popup: capture first, the last few entries below, a way to the full log. */
export function PopupApp({ sidePanel, closePopup = () => window.close(), ...deps }: Props) {
  // Made once: the popup's state lives as long as the popup.
  const [state] = useState(() => createPopupState(deps));
  useEffect(() => state.start(), [state]);
  const health = useStorageHealth(deps.db);

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
      <BackupReminder state={state.backup} />
      {state.overflow && <OmniboxOverflowNotice state={state.capture} overflow={state.overflow} />}
      <CaptureForm state={state.capture} storageAvailable={health !== 'unavailable'} />
      <RecentEntries
        heading="Recent"
        result={state.recent.value}
        empty="Nothing logged yet. Your first win is one Save away."
      />
    </main>
  );
}
