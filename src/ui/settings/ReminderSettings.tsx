import { useEffect } from 'preact/hooks';
import { WEEKDAYS } from '../../domain/logging-reminder';
import type { ReminderSettingsState } from './reminder-settings-state';

/**
 * The weekly "What did you win this week?" nudge: off by default; turning it on asks for the
 * optional `notifications` permission (state: reminder-settings-state.ts).
 */
export function ReminderSettings({ state }: { state: ReminderSettingsState }) {
  const reminder = state.reminder.value;
  const notice = state.notice.value;
  const next = state.nextAt();

  useEffect(() => {
    void state.load();
  }, [state]);

  if (!reminder) {
    return notice.kind === 'unreadable' ? (
      <section aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        <p class="alert" role="alert">
          The reminder setting could not be read: {notice.message}. Reload this page to try again.
        </p>
      </section>
    ) : null;
  }

  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={reminder.enabled}
          onChange={(event) => void state.toggle(event.currentTarget.checked)}
        />
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
            onChange={(event) => void state.change({ weekday: Number(event.currentTarget.value) })}
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
              if (/^\d\d:\d\d$/.test(time)) void state.change({ time });
            }}
          />
        </div>
      </div>
      <p class="hint" role="status">
        {reminder.enabled
          ? `Next reminder: ${next?.toLocaleDateString('en', { weekday: 'long', day: 'numeric', month: 'long' })} at ${reminder.time}.`
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
