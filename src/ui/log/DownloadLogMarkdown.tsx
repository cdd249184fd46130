import { ActionStatusLine } from '../kit/ActionStatus';
import type { EntriesState } from './entries-state';

/**
 * **Download Markdown**: the log as the view shows it (filters and search), with the conversations,
 * action items and own points that go with it (domain/log-export.ts says which).
 */
export function DownloadLogMarkdown({ state }: { state: EntriesState }) {
  return (
    <div class="log-export">
      <button type="button" disabled={state.exporting.value} onClick={() => void state.downloadMarkdown()}>
        Download Markdown
      </button>
      <ActionStatusLine status={state.exportStatus.value} />
    </div>
  );
}
