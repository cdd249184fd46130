import { signal } from '@preact/signals';
import type { BackupState } from '../../domain/backup-reminder';
import type { TableCounts } from '../../domain/backup/tables';
import { downloadBackup, downloadBragDocument, type ExportDeps } from '../backup/export-backup';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'backup-saved'; counts: TableCounts }
  | { kind: 'markdown-saved' }
  | { kind: 'failed'; message: string };

/**
 * Settings → Backup: Export backup and Export Markdown, and when the last backup was made. No
 * action throws: a failure ends in a `failed` status with its message.
 */
export function createExportState(deps: ExportDeps) {
  const status = signal<ExportStatus>({ kind: 'idle' });
  /** What the backup reminder knows (the last export); undefined until read. */
  const lastBackup = signal<BackupState | undefined>(undefined);

  async function readLastBackup(): Promise<void> {
    lastBackup.value = await deps.backupState.read().catch((): BackupState => ({}));
  }

  async function run(action: () => Promise<ExportStatus>): Promise<void> {
    if (status.value.kind === 'working') return;
    status.value = { kind: 'working' };
    try {
      status.value = await action();
    } catch (error) {
      status.value = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    await readLastBackup();
  }

  return {
    status,
    lastBackup,
    load: readLastBackup,
    exportBackup: () => run(async () => ({ kind: 'backup-saved', counts: await downloadBackup(deps) })),
    exportMarkdown: () =>
      run(async () => {
        await downloadBragDocument(deps);
        return { kind: 'markdown-saved' };
      }),
  };
}

export type ExportState = ReturnType<typeof createExportState>;
