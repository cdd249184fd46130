import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAlarmScheduler } from '../../src/browser/alarms';
import { createBackupStateStore } from '../../src/browser/backup-state';
import { createLoggingReminderStore, onLoggingReminderChanged } from '../../src/browser/logging-reminder-store';
import { onNotificationClicked, showNotification } from '../../src/browser/notifications';
import { openWelcomePage } from '../../src/browser/pages';
import { createFirstRunService } from '../../src/services/first-run-service';
import { createReminderService, REMINDER_ALARM, REMINDER_NOTIFICATION } from '../../src/services/reminder-service';

// Wednesday 12 March 2025, noon, local time.
const NOW = new Date(2025, 2, 12, 12, 0);

function reminderService(openCapture = vi.fn(async () => {})) {
  const service = createReminderService({
    settings: createLoggingReminderStore(),
    alarms: createAlarmScheduler(),
    notify: (notice) => showNotification(notice, fakeBrowser.notifications),
    openCapture,
    now: () => NOW,
  });
  return { service, openCapture };
}

describe('the weekly logging reminder', () => {
  it('is off by default: no alarm', async () => {
    const { service } = reminderService();
    await service.sync();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('sets a one-shot alarm at the chosen day and time when turned on, and removes it when turned off', async () => {
    const store = createLoggingReminderStore();
    const { service } = reminderService();
    await store.write({ enabled: true, weekday: 5, time: '16:00' });
    await service.sync();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({
      scheduledTime: new Date(2025, 2, 14, 16, 0).getTime(),
    });

    await store.write({ enabled: false, weekday: 5, time: '16:00' });
    await service.sync();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('follows changes made on the settings page, from storage', async () => {
    const { service } = reminderService();
    onLoggingReminderChanged(() => void service.sync(), fakeBrowser.storage.onChanged);
    await createLoggingReminderStore().write({ enabled: true, weekday: 1, time: '09:00' });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({
        scheduledTime: new Date(2025, 2, 17, 9, 0).getTime(),
      }),
    );
  });

  it('shows "What did you win this week?" when the alarm fires, and sets the next one', async () => {
    await createLoggingReminderStore().write({ enabled: true, weekday: 3, time: '12:00' });
    const { service } = reminderService();
    await service.onAlarm({ name: REMINDER_ALARM });
    expect(fakeBrowser.notifications.getAllCreateOptions()[REMINDER_NOTIFICATION]).toMatchObject({
      type: 'basic',
      title: 'What did you win this week?',
    });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({
      scheduledTime: new Date(2025, 2, 19, 12, 0).getTime(),
    });
  });

  it('does nothing for other alarms, or once turned off', async () => {
    const { service } = reminderService();
    await service.onAlarm({ name: 'something-else' });
    await service.onAlarm({ name: REMINDER_ALARM });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('still sets the next alarm when the notification cannot be shown (permission taken back)', async () => {
    await createLoggingReminderStore().write({ enabled: true, weekday: 3, time: '12:00' });
    const service = createReminderService({
      settings: createLoggingReminderStore(),
      alarms: createAlarmScheduler(),
      notify: (notice) => showNotification(notice, undefined),
      openCapture: async () => {},
      now: () => NOW,
    });
    await service.onAlarm({ name: REMINDER_ALARM });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();
  });

  it('opens capture when its notification is clicked', async () => {
    const { service, openCapture } = reminderService();
    onNotificationClicked((id) => void service.onNotificationClicked(id), fakeBrowser.notifications.onClicked);
    await fakeBrowser.notifications.onClicked.trigger('unrelated');
    expect(openCapture).not.toHaveBeenCalled();
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    expect(openCapture).toHaveBeenCalledOnce();
  });
});

describe('the first run', () => {
  function firstRun() {
    return createFirstRunService({
      backupState: createBackupStateStore(),
      openWelcome: () => openWelcomePage(fakeBrowser.tabs),
      now: () => NOW,
    });
  }

  async function openTabs(): Promise<string[]> {
    return (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '');
  }

  it('opens the settings page with its welcome on install, and starts the backup clock', async () => {
    await firstRun().onInstalled({ reason: 'install' });
    expect(await openTabs()).toContain('chrome-extension://test-extension-id/options.html?welcome');
    expect(await createBackupStateStore().read()).toEqual({ firstRunAt: NOW.toISOString() });
  });

  it('does not welcome again on update, and keeps the first start', async () => {
    await createBackupStateStore().update({ firstRunAt: '2024-01-01T00:00:00.000Z' });
    await firstRun().onInstalled({ reason: 'update' });
    expect(await openTabs()).not.toContain('chrome-extension://test-extension-id/options.html?welcome');
    expect((await createBackupStateStore().read()).firstRunAt).toBe('2024-01-01T00:00:00.000Z');
  });
});
