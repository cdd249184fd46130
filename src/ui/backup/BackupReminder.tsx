import { useEffect, useState } from 'preact/hooks';
import { type BackupReminderDeps, createBackupReminder } from './backup-reminder-state';

/**
 * The backup reminder of a view that has no state object of its own (the log page); the popup's
 * is in its state (popup-state.ts).
 */
export function BackupReminder(props: BackupReminderDeps) {
  const [reminder] = useState(() => createBackupReminder(props));
  useEffect(() => void reminder.check(), [reminder]);
  const shown = reminder.shown.value;
  return shown ? <shown.Notice {...shown.props} /> : null;
}
