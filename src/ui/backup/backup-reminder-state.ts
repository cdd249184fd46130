import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { type BackupStateStore, createBackupStateStore } from '../../browser/backup-state';
import type { LatitudeDb } from '../../db/database';
import { countEntriesSince } from '../../db/entries/counts';
import { backupBaseline, daysSince, isBackupDue, isBackupOld } from '../../domain/backup-reminder';
import type { NoticeProps } from './BackupReminderNotice';

export interface BackupReminderDeps {
  db: LatitudeDb;
  backupState?: BackupStateStore;
  now?: () => Date;
  /** The one-click export; by default the browser's, loaded with the notice. */
  exportBackup?: (db: LatitudeDb) => Promise<unknown>;
}

/** A reminder found due: the notice (loaded only then) and what it says. */
export interface ShownReminder {
  Notice: FunctionComponent<NoticeProps>;
  props: NoticeProps;
}

/**
 * A gentle nudge in the popup and the log page when the last backup is over a week old and ten or
 * more entries were added since. Only the check is in the view's first bundle: a storage key read
 * after the first render, and an index count only once the last backup is over a week old. The
 * notice and the export code load only when a reminder is due, which keeps the popup small.
 */
export function createBackupReminder({ db, backupState, now = () => new Date(), exportBackup }: BackupReminderDeps) {
  const shown = signal<ShownReminder | undefined>(undefined);

  async function check() {
    const state = await (backupState ?? createBackupStateStore()).read();
    const baseline = backupBaseline(state);
    const at = now();
    // The count walks an index while the view reads its first screen; a recent backup needs none.
    if (!isBackupOld(baseline, at)) return;
    const entries = await countEntriesSince(db, baseline);
    if (!isBackupDue(baseline, entries, at)) return;
    const { BackupReminderNotice } = await import('./BackupReminderNotice');
    const due = { days: daysSince(baseline, at), entries, everExported: Boolean(state.lastExportAt) };
    shown.value = { Notice: BackupReminderNotice, props: { db, due, exportBackup } };
  }

  return {
    shown,
    /**
     * Checks once, after the view's first render. A reminder that cannot be checked is simply not
     * shown; it must never get in the way.
     */
    check: (): Promise<void> => check().catch(() => undefined),
  };
}

export type BackupReminderState = ReturnType<typeof createBackupReminder>;
