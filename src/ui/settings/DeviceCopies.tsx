import { useEffect, useRef } from 'preact/hooks';
import { TABLE_NAMES, type TableCounts, type TableName } from '../../domain/backup/tables';
import { COPIES_HEADING, COPIES_KEPT, type CopiesState, type CopyReason, type DeviceCopy } from './copies-state';
import { formatBytes } from './format-bytes';
import { useLiveQuery } from '../kit/use-live-query';

const REASONS: Record<CopyReason, string> = {
  'before-replace': 'taken before a replace',
  'before-restore': 'taken before a restore',
};

const NOUNS: Record<TableName, [string, string]> = {
  entries: ['entry', 'entries'],
  people: ['person', 'people'],
  conversations: ['conversation', 'conversations'],
  actionItems: ['action item', 'action items'],
  areas: ['own area', 'own areas'],
  roles: ['role', 'roles'],
};

/** "1,204 entries, 12 people, 3 roles": entries always, the other tables when they hold records. */
export function describeCounts(counts: TableCounts): string {
  return TABLE_NAMES.filter((name) => name === 'entries' || (counts[name] ?? 0) > 0)
    .map((name) => {
      const n = counts[name] ?? 0;
      return `${n.toLocaleString('en')} ${NOUNS[name][n === 1 ? 0 : 1]}`;
    })
    .join(', ');
}

function when(copy: DeviceCopy): string {
  return new Date(copy.takenAt).toLocaleString('en', { dateStyle: 'long', timeStyle: 'short' });
}

/**
 * Settings → Copies kept on this device: the last five copies of the log, taken before it was
 * replaced or restored, newest first, each with Restore (after a confirmation) and Download. Live:
 * a copy taken by a replace shows here at once.
 */
export function DeviceCopies({ state }: { state: CopiesState }) {
  const list = useLiveQuery(state.list, [state]);
  const step = state.step.value;
  const busy = step.kind === 'restoring';
  const cancel = useRef<HTMLButtonElement>(null);
  // The confirmation appears below the list: focus goes to it, on its safe choice.
  useEffect(() => {
    if (step.kind === 'confirm') cancel.current?.focus();
  }, [step.kind]);

  return (
    <section aria-labelledby="copies-heading">
      <h2 id="copies-heading">{COPIES_HEADING}</h2>
      <p>
        Before your log is replaced, Latitude keeps a copy of it here, inside this browser, and checks that the copy
        reads back whole. The last {COPIES_KEPT} copies are kept. Restore puts a copy back as your log; Download saves
        it as a backup file.
      </p>
      {list.status === 'error' && (
        <p class="alert" role="alert">
          The copies kept on this device could not be read: {String(list.error)}. Reload this page to try again.
        </p>
      )}
      {list.status === 'ready' &&
        (list.value.length === 0 ? (
          <p class="muted">No copies yet: one is kept each time your log is replaced.</p>
        ) : (
          <ul class="copy-list">
            {list.value.map((copy) => (
              <li key={copy.id} class="copy-item">
                <span class="copy-text" id={`copy-${copy.id}`}>
                  <strong>
                    <time dateTime={copy.takenAt}>{when(copy)}</time>
                  </strong>
                  <span class="muted"> · {REASONS[copy.reason] ?? copy.reason}</span> <br />
                  {describeCounts(copy.counts)} · {formatBytes(copy.bytes)}
                </span>
                <span class="copy-actions">
                  <button
                    type="button"
                    aria-describedby={`copy-${copy.id}`}
                    disabled={busy}
                    onClick={() => void state.askRestore(copy)}
                  >
                    Restore
                  </button>
                  <button type="button" aria-describedby={`copy-${copy.id}`} onClick={() => void state.download(copy)}>
                    Download
                  </button>
                </span>
              </li>
            ))}
          </ul>
        ))}

      {step.kind === 'confirm' && (
        <div class="callout" role="alertdialog" aria-labelledby="restore-heading" aria-describedby="restore-text">
          <h3 id="restore-heading">Restore the copy of {when(step.copy)}?</h3>
          <p id="restore-text">
            Your log ({records(step.inLog)}) is replaced by this copy ({describeCounts(step.copy.counts)}). A copy of
            your log as it is now is kept here first, so you can undo this the same way.
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void state.restore()}>
              Restore this copy
            </button>
            <button type="button" ref={cancel} onClick={() => state.cancel()}>
              Cancel
            </button>
          </div>
        </div>
      )}

      {step.kind === 'restoring' && (
        <div class="progress">
          <progress aria-label="Restoring the copy" max={Math.max(step.total, 1)} value={step.done} />
          <p role="status">
            Restoring the copy of {when(step.copy)}: {step.done.toLocaleString('en')} of{' '}
            {step.total.toLocaleString('en')}
          </p>
        </div>
      )}

      <p role="status" class="status-text">
        {step.kind === 'restored' &&
          `Restored: your log is again as it was on ${when(step.result.restored)} (${records(step.result.outcome.added)}). Your log as it was before is the newest copy above.`}
        {step.kind === 'downloaded' && `Copy saved as ${step.filename}.`}
      </p>
      {step.kind === 'failed' && (
        <p class="alert" role="alert">
          {step.message}
        </p>
      )}
    </section>
  );
}

function records(n: number): string {
  return `${n.toLocaleString('en')} record${n === 1 ? '' : 's'}`;
}
