import { useEffect, useState } from 'preact/hooks';
import type { LoggingReminderStore } from '../../browser/logging-reminder-store';
import { type LoggingReminder, nextReminderAt, WEEKDAYS } from '../../domain/logging-reminder';

interface Props {
  reminders: LoggingReminderStore;
  permission: { request(): Promise<boolean> };
  now: () => Date;
}

type Notice = { kind: 'none' } | { kind: 'denied' } | { kind: 'failed'; message: string };

/**
 * The weekly "What did you win this week?" nudge: off by default; turning it on asks for the
 * optional `notifications` permission, and the background schedules it from the saved settings.
 */
export function ReminderSettings({ reminders, permission, now }: Props) {
  const [reminder, setReminder] = useState<LoggingReminder | undefined>(undefined);
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });

  useEffect(() => {
    let current = true;
    void reminders.read().then((read) => current && setReminder(read));
    return () => {
      current = false;
    };
  }, [reminders]);

  if (!reminder) return null;

  async function save(next: LoggingReminder) {
    setReminder(next);
    try {
      await reminders.write(next);
    } catch (error) {
      setNotice({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  function toggle(enabled: boolean) {
    setNotice({ kind: 'none' });
    if (!enabled) {
      void save({ ...reminder!, enabled: false });
      return;
    }
    // Requested before any await: the browser grants it only within the user's click.
    const granted = permission.request();
    void granted.then(
      (ok) => (ok ? save({ ...reminder!, enabled: true }) : setNotice({ kind: 'denied' })),
      () => setNotice({ kind: 'denied' }),
    );
  }

  const next = nextReminderAt(reminder, now());

  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <label class="check">
        <input type="checkbox" checked={reminder.enabled} onChange={(event) => toggle(event.currentTarget.checked)} />
        Weekly reminder: “What did you win this week?”
      </label>
      <div class="row">
        <div class="field">
          <label class="label" for="reminder-day">
            Day
          </label>
          <select
            id="reminder-day"
            value={String(reminder.weekday)}
            onChange={(event) => void save({ ...reminder, weekday: Number(event.currentTarget.value) })}
          >
            {WEEKDAYS.map((day, index) => (
              <option key={day} value={String(index)}>
                {day}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="label" for="reminder-time">
            Time
          </label>
          <input
            id="reminder-time"
            type="time"
            value={reminder.time}
            required
            onChange={(event) => {
              const time = event.currentTarget.value;
              if (/^\d\d:\d\d$/.test(time)) void save({ ...reminder, time });
            }}
          />
        </div>
      </div>
      <p class="hint" role="status">
        {reminder.enabled
          ? `Next reminder: ${next.toLocaleDateString('en', { weekday: 'long', day: 'numeric', month: 'long' })} at ${reminder.time}.`
          : 'Off. Turning it on asks the browser to let Latitude show notifications.'}
      </p>
      {notice.kind === 'denied' && (
        <p class="alert" role="alert">
          Latitude was not allowed to show notifications, so the reminder stays off.
        </p>
      )}
      {notice.kind === 'failed' && (
        <p class="alert" role="alert">
          The reminder setting was not saved: {notice.message}
        </p>
      )}
    </section>
  );
}
