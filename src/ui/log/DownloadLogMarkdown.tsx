import { useState } from 'preact/hooks';
import type { Download } from '../../browser/download';
import type { LatitudeDb } from '../../db/database';
import type { Entry } from '../../domain/entry';
import { type ActionStatus, ActionStatusLine } from '../kit/ActionStatus';
import type { LogState } from './log-state';

interface Props {
  db: LatitudeDb;
  state: LogState;
  download: Download;
  now: () => Date;
}

/**
 * **Download Markdown**: the log as the view shows it (filters and search), with the conversations,
 * action items and own points that go with it (domain/log-export.ts says which).
 */
export function DownloadLogMarkdown({ db, state, download, now }: Props) {
  const [status, setStatus] = useState<ActionStatus>({ kind: 'idle' });
  const [working, setWorking] = useState(false);

  async function run() {
    setWorking(true);
    setStatus({ kind: 'idle' });
    try {
      const query = { filter: state.filter.value, today: state.today() };
      let searched: Entry[] | undefined;
      if (state.searching.value) {
        // A search's results come from the page's index: all of them, not only those on screen.
        await state.search.prepare();
        const index = state.search.status.value;
        if (index.kind !== 'ready') {
          throw new Error(
            index.kind === 'failed' ? `search is not available (${index.message})` : 'search is not ready',
          );
        }
        searched = state.hits.value.map((hit) => hit.entry);
      }
      const { downloadLogMarkdown } = await import('./export-log');
      const done = await downloadLogMarkdown({ db, query, ...(searched ? { searched } : {}), download, now: now() });
      const entries = `${done.entries.toLocaleString('en')} ${done.entries === 1 ? 'entry' : 'entries'}`;
      setStatus({ kind: 'done', message: `Downloaded ${done.filename} (${entries}).` });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setStatus({
        kind: 'failed',
        message: `The Markdown could not be made: ${why}. Nothing was downloaded; try again.`,
      });
    } finally {
      setWorking(false);
    }
  }

  return (
    <div class="log-export">
      <button type="button" disabled={working} onClick={() => void run()}>
        Download Markdown
      </button>
      <ActionStatusLine status={status} />
    </div>
  );
}
