import { browser } from 'wxt/browser';
import { createBackupStateStore } from '../../browser/backup-state';
import { downloadBlob } from '../../browser/download';
import type { LatitudeDb } from '../../db/database';
import { downloadBackup } from './export-backup';

/**
 * The one-click export of the backup reminder, with the browser's own dependencies. Views load
 * this module only when the button is clicked (`import()`), so the popup's first bundle carries
 * none of the backup code.
 */
export function exportBackupFromView(db: LatitudeDb): Promise<unknown> {
  return downloadBackup({
    db,
    download: downloadBlob,
    backupState: createBackupStateStore(),
    now: () => new Date(),
    appVersion: browser.runtime.getManifest().version,
  });
}
