import { useState } from 'preact/hooks';
import type { LatitudeDb } from '../../db/database';
import './backup-reminder.css';
import { exportBackupFromView } from './export-from-view';

export interface DueBackup {
  days: number;
  entries: number;
  /** False when nothing was ever exported (the days then count from the first run). */
  everExported: boolean;
}

export interface NoticeProps {
  db: LatitudeDb;
  due: DueBackup;
  exportBackup?: ((db: LatitudeDb) => Promise<unknown>) | undefined;
}

type Notice =
  | { kind: 'due' }
  | { kind: 'hidden' }
  | { kind: 'exporting' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

/** The backup reminder itself, loaded by BackupReminder only when one is due. */
export function BackupReminderNotice({ db, due, exportBackup = exportBackupFromView }: NoticeProps) {
  const [notice, setNotice] = useState<Notice>({ kind: 'due' });
  if (notice.kind === 'hidden') return null;

  async function exportNow() {
    setNotice({ kind: 'exporting' });
    try {
      await exportBackup(db);
      setNotice({ kind: 'saved' });
    } catch (error) {
      setNotice({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <aside class="backup-reminder" aria-label="Backup reminder">
      {notice.kind === 'due' && (
        <>
          <p>
            {due.everExported
              ? `Your last backup was ${due.days} days ago, and you have added ${due.entries} entries since.`
              : `You have added ${due.entries} entries and have not made a backup yet.`}{' '}
            Your log lives only in this browser.
          </p>
          <div class="actions">
            <button type="button" onClick={() => void exportNow()}>
              Export backup
            </button>
            <button type="button" class="link-button" onClick={() => setNotice({ kind: 'hidden' })}>
              Later
            </button>
          </div>
        </>
      )}
      {notice.kind === 'exporting' && <p role="status">Exporting…</p>}
      {notice.kind === 'saved' && <p role="status">Backup saved.</p>}
      {notice.kind === 'failed' && (
        <p class="alert" role="alert">
          The backup failed: {notice.message}
        </p>
      )}
    </aside>
  );
}
