import { useEffect, useState } from 'preact/hooks';
import { type BackupStateStore, createBackupStateStore } from '../browser/backup-state';
import type { LatitudeDb } from '../db/database';
import { countEntriesSince } from '../db/entry-counts';
import { backupBaseline, daysSince, isBackupDue } from '../domain/backup-reminder';
import './backup-reminder.css';

interface Props {
  db: LatitudeDb;
  backupState?: BackupStateStore;
  now?: () => Date;
  /** The one-click export; by default loaded on click, so views do not carry the backup code. */
  exportBackup?: (db: LatitudeDb) => Promise<unknown>;
}

type Reminder =
  | { kind: 'hidden' }
  | { kind: 'due'; days: number; entries: number; everExported: boolean }
  | { kind: 'exporting' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

const lazyExport = (db: LatitudeDb) => import('./export-from-view').then((module) => module.exportBackupFromView(db));

/**
 * A gentle nudge in the popup and the log page when the last backup is over a week old and ten or
 * more entries were added since. The check is two small reads (a storage key and an index count),
 * made after the first render.
 */
export function BackupReminder({ db, backupState, now = () => new Date(), exportBackup = lazyExport }: Props) {
  const [reminder, setReminder] = useState<Reminder>({ kind: 'hidden' });

  useEffect(() => {
    let current = true;
    const check = async () => {
      const state = await (backupState ?? createBackupStateStore()).read();
      const baseline = backupBaseline(state);
      if (baseline === undefined) return;
      const entries = await countEntriesSince(db, baseline);
      const at = now();
      if (current && isBackupDue(baseline, entries, at)) setReminder({ kind: 'due', days: daysSince(baseline, at), entries, everExported: Boolean(state.lastExportAt) });
    };
    // A reminder that cannot be checked is simply not shown; it must never get in the way.
    check().catch(() => undefined);
    return () => {
      current = false;
    };
    // `now` is read once per check; a new clock function each render should not re-run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, backupState]);

  if (reminder.kind === 'hidden') return null;

  async function exportNow() {
    setReminder({ kind: 'exporting' });
    try {
      await exportBackup(db);
      setReminder({ kind: 'saved' });
    } catch (error) {
      setReminder({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <aside class="backup-reminder" aria-label="Backup reminder">
      {reminder.kind === 'due' && (
        <>
          <p>
            {reminder.everExported
              ? `Your last backup was ${reminder.days} days ago, and you have added ${reminder.entries} entries since.`
              : `You have added ${reminder.entries} entries and have not made a backup yet.`}{' '}
            Your log lives only in this browser.
          </p>
          <div class="actions">
            <button type="button" onClick={() => void exportNow()}>
              Export backup
            </button>
            <button type="button" class="link-button" onClick={() => setReminder({ kind: 'hidden' })}>
              Later
            </button>
          </div>
        </>
      )}
      {reminder.kind === 'exporting' && <p role="status">Exporting…</p>}
      {reminder.kind === 'saved' && <p role="status">Backup saved.</p>}
      {reminder.kind === 'failed' && (
        <p class="alert" role="alert">
          The backup failed: {reminder.message}
        </p>
      )}
    </aside>
  );
}
