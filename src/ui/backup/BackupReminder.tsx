import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type BackupStateStore, createBackupStateStore } from '../../browser/backup-state';
import type { LatitudeDb } from '../../db/database';
import { countEntriesSince } from '../../db/entries/counts';
import { backupBaseline, daysSince, isBackupDue, isBackupOld } from '../../domain/backup-reminder';
import type { DueBackup, NoticeProps } from './BackupReminderNotice';

interface Props {
  db: LatitudeDb;
  backupState?: BackupStateStore;
  now?: () => Date;
  /** The one-click export; by default the browser's, loaded with the notice. */
  exportBackup?: (db: LatitudeDb) => Promise<unknown>;
}

/**
 * A gentle nudge in the popup and the log page when the last backup is over a week old and ten or
 * more entries were added since. Only the check is in the view's first bundle: a storage key read
 * after the first render, and an index count only once the last backup is over a week old. The
 * notice and the export code load only when a reminder is due, which keeps the popup small.
 */
export function BackupReminder({ db, backupState, now = () => new Date(), exportBackup }: Props) {
  const [shown, setShown] = useState<{ due: DueBackup; Notice: FunctionComponent<NoticeProps> } | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const check = async () => {
      const state = await (backupState ?? createBackupStateStore()).read();
      const baseline = backupBaseline(state);
      const at = now();
      // The count walks an index while the view reads its first screen; a recent backup needs none.
      if (!isBackupOld(baseline, at)) return;
      const entries = await countEntriesSince(db, baseline);
      if (!isBackupDue(baseline, entries, at)) return;
      const { BackupReminderNotice } = await import('./BackupReminderNotice');
      const due = { days: daysSince(baseline, at), entries, everExported: Boolean(state.lastExportAt) };
      if (current) setShown({ due, Notice: BackupReminderNotice });
    };
    // A reminder that cannot be checked is simply not shown; it must never get in the way.
    check().catch(() => undefined);
    return () => {
      current = false;
    };
    // `now` is read once per check; a new clock function each render should not re-run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, backupState]);

  if (!shown) return null;
  const { Notice, due } = shown;
  return <Notice db={db} due={due} {...(exportBackup ? { exportBackup } : {})} />;
}
