import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { BackupReminderState } from './backup-reminder-state';
import type { NoticeProps } from './BackupReminderNotice';

/**
 * The backup reminder of the popup and the log page (state: backup-reminder-state.ts). Only the
 * check is in the view's first bundle: it runs after the first render, and the notice itself loads
 * only when a reminder is due.
 */
export function BackupReminder({ state }: { state: BackupReminderState }) {
  const [Notice, setNotice] = useState<FunctionComponent<NoticeProps> | undefined>(undefined);
  const due = state.notice.value.kind !== 'none';

  useEffect(() => {
    void state.check();
  }, [state]);

  useEffect(() => {
    if (!due || Notice) return;
    let current = true;
    void import('./BackupReminderNotice').then(
      ({ BackupReminderNotice }) => current && setNotice(() => BackupReminderNotice),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [due, Notice]);

  return Notice && due ? <Notice state={state} /> : null;
}
