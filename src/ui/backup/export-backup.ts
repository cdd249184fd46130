import type { BackupStateStore } from '../../browser/backup-state';
import type { Download } from '../../browser/download';
import { exportBackup, exportBragDocument } from '../../db/backup/backup';
import type { LatitudeDb } from '../../db/database';
import type { TableCounts } from '../../domain/backup/tables';

export interface ExportDeps {
  db: LatitudeDb;
  download: Download;
  backupState: BackupStateStore;
  now: () => Date;
  appVersion: string;
}

/** Exports the whole log as a backup file and remembers when, for the backup reminder. */
export async function downloadBackup(deps: ExportDeps): Promise<TableCounts> {
  const now = deps.now();
  const file = await exportBackup(deps.db, { now, appVersion: deps.appVersion });
  deps.download(new Blob([file.text], { type: 'application/json' }), file.filename);
  await deps.backupState.update({ lastExportAt: now.toISOString() });
  return file.counts;
}

/** The brag document. Not a backup (it cannot be imported), so the reminder is not reset. */
export async function downloadBragDocument(deps: Pick<ExportDeps, 'db' | 'download' | 'now'>): Promise<void> {
  const file = await exportBragDocument(deps.db, deps.now());
  deps.download(new Blob([file.text], { type: 'text/markdown' }), file.filename);
}
