import { useEffect } from 'preact/hooks';
import type { ExportState } from './export-state';
import { ImportBackup } from './ImportBackup';
import type { ImportState } from './import-state';

/** Settings → Backup: Export backup, Export Markdown, when the last backup was made, and Import backup. */
export function BackupSection({ exports, imports }: { exports: ExportState; imports: ImportState }) {
  const status = exports.status.value;
  const last = exports.lastBackup.value;

  useEffect(() => {
    void exports.load();
  }, [exports]);

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p>
        Your log lives only in this browser; uninstalling Latitude deletes it. A backup is a JSON file you can keep
        anywhere and import again, here or in another browser.
      </p>
      <p class="muted">
        {last === undefined
          ? ' '
          : last.lastExportAt
            ? `Last backup: ${new Date(last.lastExportAt).toLocaleString('en', { dateStyle: 'long', timeStyle: 'short' })}.`
            : 'No backup yet.'}
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={status.kind === 'working'}
          onClick={() => void exports.exportBackup()}
        >
          Export backup
        </button>
        <button type="button" disabled={status.kind === 'working'} onClick={() => void exports.exportMarkdown()}>
          Export Markdown
        </button>
      </div>
      <p role="status" class="status-text">
        {status.kind === 'backup-saved' &&
          `Backup saved: ${status.counts.entries} entries, ${status.counts.people} people, ${status.counts.conversations} conversations, ${status.counts.actionItems} action items.`}
        {status.kind === 'markdown-saved' && 'Brag document saved.'}
      </p>
      {status.kind === 'failed' && (
        <p class="alert" role="alert">
          The export failed: {status.message}
        </p>
      )}
      <ImportBackup state={imports} />
    </section>
  );
}
