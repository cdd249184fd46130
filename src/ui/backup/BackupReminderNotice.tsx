import './backup-reminder.css';
import type { BackupReminderState } from './backup-reminder-state';

export interface NoticeProps {
  state: BackupReminderState;
}

/** The backup reminder itself, loaded by BackupReminder only when one is due. */
export function BackupReminderNotice({ state }: NoticeProps) {
  const notice = state.notice.value;
  if (notice.kind === 'none') return null;

  return (
    <aside class="backup-reminder" aria-label="Backup reminder">
      {notice.kind === 'due' && (
        <>
          <p>
            {notice.due.everExported
              ? `Your last backup was ${notice.due.days} days ago, and you have added ${notice.due.entries} entries since.`
              : `You have added ${notice.due.entries} entries and have not made a backup yet.`}{' '}
            Your log lives only in this browser.
          </p>
          <div class="actions">
            <button type="button" onClick={() => void state.exportNow()}>
              Export backup
            </button>
            <button type="button" class="link-button" onClick={() => state.later()}>
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
