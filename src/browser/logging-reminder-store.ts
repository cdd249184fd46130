import { browser } from 'wxt/browser';
import { DEFAULT_LOGGING_REMINDER, type LoggingReminder, loggingReminderSchema } from '../domain/logging-reminder';
import { LOGGING_REMINDER_KEY } from './storage-keys';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set'>;
type ChangeEvent = Pick<typeof browser.storage.onChanged, 'addListener'>;

export interface LoggingReminderStore {
  read(): Promise<LoggingReminder>;
  write(reminder: LoggingReminder): Promise<void>;
}

/** The weekly reminder's settings in `storage.local`: written by the settings page, read by the background. */
export function createLoggingReminderStore(area: StorageArea = browser.storage.local): LoggingReminderStore {
  return {
    async read() {
      const parsed = loggingReminderSchema.safeParse((await area.get(LOGGING_REMINDER_KEY))[LOGGING_REMINDER_KEY]);
      return parsed.success ? parsed.data : DEFAULT_LOGGING_REMINDER;
    },
    async write(reminder) {
      await area.set({ [LOGGING_REMINDER_KEY]: loggingReminderSchema.parse(reminder) });
    },
  };
}

/** Calls `listener` whenever the settings change, from any context. */
export function onLoggingReminderChanged(
  listener: () => void,
  onChanged: ChangeEvent = browser.storage.onChanged,
): void {
  onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && LOGGING_REMINDER_KEY in changes) listener();
  });
}
