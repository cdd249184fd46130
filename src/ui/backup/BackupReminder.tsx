import { useEffect, useState } from 'preact/hooks';
import { type BackupReminderDeps, type BackupReminderState, createBackupReminder } from './backup-reminder-state';

/** The backup reminder of a view that has no state object of its own (the log page). */
export function BackupReminder(props: BackupReminderDeps) {
  const [reminder] = useState(() => createBackupReminder(props));
  useEffect(() => {
    void reminder.check();
    return () => reminder.dispose();
  }, [reminder]);
  return <ShownBackupReminder reminder={reminder} />;
}

/** The reminder, once its check found one due (backup-reminder-state.ts). */
export function ShownBackupReminder({ reminder }: { reminder: Pick<BackupReminderState, 'shown'> }) {
  const shown = reminder.shown.value;
  if (!shown) return null;
  const { Notice, props } = shown;
  return <Notice {...props} />;
}
