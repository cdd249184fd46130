import type { AlarmScheduler } from '../browser/alarms';
import type { LoggingReminderStore } from '../browser/logging-reminder-store';
import type { ReminderNotice } from '../browser/notifications';
import { LOGGING_REMINDER_MESSAGE, LOGGING_REMINDER_TITLE, nextReminderAt } from '../domain/logging-reminder';

export const REMINDER_ALARM = 'logging-reminder';
export const REMINDER_NOTIFICATION = 'logging-reminder';

export interface ReminderServiceDeps {
  settings: Pick<LoggingReminderStore, 'read'>;
  alarms: AlarmScheduler;
  /** Shows the notification; false when it cannot (the optional permission was taken back). */
  notify: (notice: ReminderNotice) => Promise<boolean>;
  /** Opens quick capture after a click on the notification. */
  openCapture: () => Promise<void>;
  now: () => Date;
}

/** The weekly logging reminder, for the background: schedule, fire, reschedule, open capture. */
export function createReminderService(deps: ReminderServiceDeps) {
  /** Puts the alarm where the settings say, or removes it when the reminder is off. */
  async function sync(): Promise<void> {
    const reminder = await deps.settings.read();
    if (reminder.enabled) await deps.alarms.schedule(REMINDER_ALARM, nextReminderAt(reminder, deps.now()));
    else await deps.alarms.clear(REMINDER_ALARM);
  }

  return {
    sync,

    async onAlarm(alarm: { name: string }): Promise<void> {
      if (alarm.name !== REMINDER_ALARM) return;
      const reminder = await deps.settings.read();
      if (!reminder.enabled) {
        await deps.alarms.clear(REMINDER_ALARM);
        return;
      }
      try {
        await deps.notify({
          id: REMINDER_NOTIFICATION,
          title: LOGGING_REMINDER_TITLE,
          message: LOGGING_REMINDER_MESSAGE,
        });
      } finally {
        // The next one is set even if this one could not be shown.
        await sync();
      }
    },

    async onNotificationClicked(notificationId: string): Promise<void> {
      if (notificationId === REMINDER_NOTIFICATION) await deps.openCapture();
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
