import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { PlanCounts } from '../../domain/backup/import-plan';
import { TABLE_NAMES, type TableName } from '../../domain/backup/tables';
import { COPIES_HEADING } from './copies-state';
import type { ImportState } from './import-state';

const TABLE_LABELS: Record<TableName, string> = {
  entries: 'Entries',
  people: 'People',
  conversations: 'Conversations',
  actionItems: 'Action items',
  areas: 'Own areas',
  roles: 'Roles',
};

function records(n: number): string {
  return `${n.toLocaleString('en')} record${n === 1 ? '' : 's'}`;
}

/**
 * Import a backup: the file input, then one screen per step of the import state. A refusal is an
 * alert; the dry run is shown before anything is written, and replacing asks first.
 */
export function ImportBackup({ state }: { state: ImportState }) {
  const input = useRef<HTMLInputElement>(null);
  const step = state.step.value;
  const busy =
    step.kind === 'reading' || step.kind === 'checking' || step.kind === 'keeping-copy' || step.kind === 'writing';

  function reset() {
    state.cancel();
    if (input.current) input.current.value = '';
  }

  return (
    <div class="import">
      <div class="field">
        <label class="label" for="import-file">
          Import backup
        </label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby="import-hint"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void state.chooseFile(file);
          }}
        />
        <p class="hint" id="import-hint">
          A Latitude backup (.json). The file is checked in full, and you see what it would change before anything is
          written.
        </p>
      </div>

      {step.kind === 'reading' && <p role="status">Reading {step.fileName}…</p>}

      {step.kind === 'checking' && <Progress label="Checking the file" done={step.done} total={step.total} />}

      {(step.kind === 'refused' || step.kind === 'failed') && (
        <p class="alert" role="alert">
          {step.message}
        </p>
      )}

      {step.kind === 'edited' && (
        <div class="callout" role="alert">
          <p>{step.message}</p>
          <ActionsWithCancel onCancel={reset}>
            <button type="button" onClick={() => void state.importAnyway()}>
              Import anyway
            </button>
          </ActionsWithCancel>
        </div>
      )}

      {step.kind === 'review' && (
        <section class="callout" aria-labelledby="dry-run-heading">
          <h3 id="dry-run-heading">What this import would do</h3>
          <p role="status">
            {records(step.plan.total.added)} new, {step.plan.total.identical} identical, {step.plan.total.conflicting}{' '}
            conflicting.
          </p>
          <DryRunTable tables={step.plan.tables} />
          <p class="muted">
            Adding never changes a record already in your log: identical ones are skipped, and for conflicting ones
            (same record, different content) your log's version is kept.
          </p>
          <ActionsWithCancel onCancel={reset}>
            {step.plan.total.added > 0 ? (
              <button type="button" class="primary" onClick={() => void state.merge()}>
                Add new records
              </button>
            ) : (
              <p class="muted">Nothing new to add: every record in this file is already in your log.</p>
            )}
            <button type="button" onClick={() => state.askReplace()}>
              Replace everything…
            </button>
          </ActionsWithCancel>
        </section>
      )}

      {step.kind === 'confirm-replace' && (
        <div class="callout" role="alertdialog" aria-labelledby="replace-heading" aria-describedby="replace-text">
          <h3 id="replace-heading">Replace your whole log?</h3>
          <p id="replace-text">
            This deletes the {records(step.inLog)} in your log and puts the {records(step.inFile)} of {step.fileName} in
            their place. A copy of your current log is kept on this device first, under “{COPIES_HEADING}”, where you
            can restore it.
          </p>
          <ActionsWithCancel onCancel={reset}>
            <button type="button" class="danger" onClick={() => void state.replace()}>
              Keep a copy and replace everything
            </button>
          </ActionsWithCancel>
        </div>
      )}

      {step.kind === 'keeping-copy' && <p role="status">Keeping a copy of your current log on this device…</p>}

      {step.kind === 'writing' && (
        <Progress
          label={step.mode === 'merge' ? 'Adding records' : 'Replacing the log'}
          done={step.done}
          total={step.total}
        />
      )}

      {step.kind === 'done' && (
        <p role="status" class="status-text">
          {step.outcome.mode === 'merge'
            ? `Imported: ${records(step.outcome.added)} added${step.outcome.kept ? `, ${records(step.outcome.kept)} already in your log left as they were` : ''}.`
            : `Replaced: your log now holds the ${records(step.outcome.added)} of the backup. Your previous log is kept on this device, under “${COPIES_HEADING}”, where you can restore or download it.`}
        </p>
      )}
    </div>
  );
}

function DryRunTable({ tables }: { tables: Record<TableName, PlanCounts> }) {
  return (
    <table class="counts">
      <caption class="visually-hidden">Records by table</caption>
      <thead>
        <tr>
          <th scope="col">Table</th>
          <th scope="col">New</th>
          <th scope="col">Identical</th>
          <th scope="col">Conflicting</th>
        </tr>
      </thead>
      <tbody>
        {TABLE_NAMES.map((name) => (
          <tr key={name}>
            <th scope="row">{TABLE_LABELS[name]}</th>
            <td>{tables[name].added}</td>
            <td>{tables[name].identical}</td>
            <td>{tables[name].conflicting}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A step's buttons, then Cancel, which every step of the import offers. */
function ActionsWithCancel({ onCancel, children }: { onCancel: () => void; children: ComponentChildren }) {
  return (
    <div class="actions">
      {children}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div class="progress">
      <progress aria-label={label} max={Math.max(total, 1)} value={done} />
      <p role="status">
        {label}: {done.toLocaleString('en')} of {total.toLocaleString('en')}
      </p>
    </div>
  );
}
