import { signal } from '@preact/signals';
import { type BackupStateStore, createBackupStateStore } from '../../browser/backup-state';
import type { LatitudeDb } from '../../db/database';
import { countEntriesSince } from '../../db/entries/counts';
import { backupBaseline, daysSince, isBackupDue, isBackupOld } from '../../domain/backup-reminder';

export interface DueBackup {
  days: number;
  entries: number;
  /** False when nothing was ever exported (the days then count from the first run). */
  everExported: boolean;
}

export type BackupNotice =
  | { kind: 'none' }
  | { kind: 'due'; due: DueBackup }
  | { kind: 'exporting' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export interface BackupReminderDeps {
  db: LatitudeDb;
  backupState?: BackupStateStore;
  now?: () => Date;
  /** The one-click export; by default the browser's (export-from-view.ts), loaded when clicked. */
  exportBackup?: (db: LatitudeDb) => Promise<unknown>;
}

/**
 * The backup reminder of a view (popup, log page): a gentle nudge when the last backup is over a
 * week old and ten or more entries were added since. The check reads a storage key, and counts
 * entries by index only once the last backup is over a week old; the export code is loaded only
 * when its button is clicked, which keeps the popup's first bundle small. Created once per view by
 * the host surface; no action throws.
 */
export function createBackupReminderState(deps: BackupReminderDeps) {
  const notice = signal<BackupNotice>({ kind: 'none' });
  const now = deps.now ?? (() => new Date());
  let checked = false;

  return {
    notice,

    /** Whether a reminder is due, checked once per view; one that cannot be checked is simply not shown. */
    async check(): Promise<void> {
      if (checked) return;
      checked = true;
      try {
        const state = await (deps.backupState ?? createBackupStateStore()).read();
        const baseline = backupBaseline(state);
        const at = now();
        // The count walks an index while the view reads its first screen; a recent backup needs none.
        if (!isBackupOld(baseline, at)) return;
        const entries = await countEntriesSince(deps.db, baseline);
        if (!isBackupDue(baseline, entries, at)) return;
        notice.value = {
          kind: 'due',
          due: { days: daysSince(baseline, at), entries, everExported: Boolean(state.lastExportAt) },
        };
      } catch {
        // It must never get in the way.
      }
    },

    async exportNow(): Promise<void> {
      notice.value = { kind: 'exporting' };
      try {
        const exportBackup = deps.exportBackup ?? (await import('./export-from-view')).exportBackupFromView;
        await exportBackup(deps.db);
        notice.value = { kind: 'saved' };
      } catch (error) {
        notice.value = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },

    /** "Later": gone until the view opens again. */
    later(): void {
      notice.value = { kind: 'none' };
    },
  };
}

export type BackupReminderState = ReturnType<typeof createBackupReminderState>;
