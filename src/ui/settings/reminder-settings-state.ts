import { signal } from '@preact/signals';
import type { LoggingReminderStore } from '../../browser/logging-reminder-store';
import { type LoggingReminder, nextReminderAt } from '../../domain/logging-reminder';

export type ReminderNotice =
  | { kind: 'none' }
  | { kind: 'denied' }
  | { kind: 'unreadable'; message: string }
  | { kind: 'failed'; message: string };

export interface ReminderSettingsDeps {
  reminders: LoggingReminderStore;
  permission: { request(): Promise<boolean> };
  now: () => Date;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Settings → Reminders, the weekly "What did you win this week?" nudge: off by default; turning it
 * on asks for the optional `notifications` permission, and the background schedules it from the
 * saved settings. No action throws.
 */
export function createReminderSettingsState(deps: ReminderSettingsDeps) {
  const reminder = signal<LoggingReminder | undefined>(undefined);
  const notice = signal<ReminderNotice>({ kind: 'none' });

  async function save(next: LoggingReminder): Promise<void> {
    reminder.value = next;
    try {
      await deps.reminders.write(next);
    } catch (error) {
      notice.value = { kind: 'failed', message: messageOf(error) };
    }
  }

  return {
    reminder,
    notice,

    /** When the reminder next shows, as saved now. */
    nextAt: (): Date | undefined => reminder.value && nextReminderAt(reminder.value, deps.now()),

    async load(): Promise<void> {
      try {
        reminder.value = await deps.reminders.read();
      } catch (error) {
        notice.value = { kind: 'unreadable', message: messageOf(error) };
      }
    },

    /** The day or the time changed. */
    change(patch: Partial<Pick<LoggingReminder, 'weekday' | 'time'>>): Promise<void> {
      return reminder.value ? save({ ...reminder.value, ...patch }) : Promise.resolve();
    },

    /** Call straight from the click: the browser grants the permission only within the user's gesture. */
    toggle(enabled: boolean): Promise<void> {
      const current = reminder.value;
      if (!current) return Promise.resolve();
      notice.value = { kind: 'none' };
      if (!enabled) return save({ ...current, enabled: false });
      const denied = () => {
        notice.value = { kind: 'denied' };
      };
      // Requested before any await.
      return deps.permission.request().then((ok) => (ok ? save({ ...current, enabled: true }) : denied()), denied);
    },
  };
}

export type ReminderSettingsState = ReturnType<typeof createReminderSettingsState>;
