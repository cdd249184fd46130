import { createAlarmScheduler } from '../src/browser/alarms';
import { createBackupStateStore } from '../src/browser/backup-state';
import { showBadge } from '../src/browser/badge';
import { browserHostPermission } from '../src/browser/host-permission';
import { onSyncNudged, onSyncRoundRequested } from '../src/browser/sync-messages';
import { createSyncSettingsStore } from '../src/browser/sync-settings-store';
import { createCaptureMenus } from '../src/browser/context-menu';
import { createLoggingReminderStore, onLoggingReminderChanged } from '../src/browser/logging-reminder-store';
import { onNotificationClicked, showNotification } from '../src/browser/notifications';
import { omniboxDescription } from '../src/browser/omnibox';
import { createOmniboxOverflowStore } from '../src/browser/omnibox-overflow';
import { openCapture, openWelcomePage, tryOpenPopup } from '../src/browser/pages';
import { openSidePanel } from '../src/browser/side-panel';
import { onDatabaseChanged } from '../src/db/changes';
import { latitudeDb } from '../src/db/database';
import { describeOmniboxInput } from '../src/domain/omnibox';
import { createCaptureService } from '../src/services/capture-service';
import { createFirstRunService } from '../src/services/first-run-service';
import { createReminderService } from '../src/services/reminder-service';
import { createSyncService } from '../src/services/sync-service';
import { syncOnce } from '../src/sync/engine';

export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

export default defineBackground(() => {
  const capture = createCaptureService({
    db: latitudeDb(),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    report: (outcome) => showBadge(outcome),
    overflow: { keep: createOmniboxOverflowStore().keep, openPopup: () => tryOpenPopup() },
  });

  browser.runtime.onInstalled.addListener(() => void createCaptureMenus());
  // COMPAT(firefox-mv2): Firefox keeps menus across restarts only for non-persistent backgrounds,
  // and the MV2 build's background is persistent, so they are made again at every browser start.
  // Harmless in Chrome: createCaptureMenus removes the old ones first.
  browser.runtime.onStartup.addListener(() => void createCaptureMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void capture.captureSelection(info, tab));

  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    const description = omniboxDescription(describeOmniboxInput(text), !import.meta.env.FIREFOX);
    void browser.omnibox.setDefaultSuggestion({ description });
    suggest([]);
  });
  browser.omnibox.onInputEntered.addListener((text) => void capture.captureOmniboxLine(text));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_SIDE_PANEL_COMMAND) void openSidePanel(tab?.windowId);
  });

  const firstRun = createFirstRunService({
    backupState: createBackupStateStore(),
    openWelcome: () => openWelcomePage(),
    now: () => new Date(),
  });
  const reminders = createReminderService({
    settings: createLoggingReminderStore(),
    alarms: createAlarmScheduler(),
    notify: (notice) => showNotification(notice),
    openCapture: () => openCapture(),
    now: () => new Date(),
  });
  browser.runtime.onInstalled.addListener((details) => void firstRun.onInstalled(details));
  // Alarms may not survive a browser restart or an update: set the reminder again then.
  browser.runtime.onInstalled.addListener(() => void reminders.sync());
  browser.runtime.onStartup.addListener(() => void reminders.sync());
  onLoggingReminderChanged(() => void reminders.sync());
  browser.alarms.onAlarm.addListener((alarm) => void reminders.onAlarm(alarm));
  onNotificationClicked((id) => void reminders.onNotificationClicked(id));

  const syncSettings = createSyncSettingsStore();
  const sync = createSyncService({
    settings: syncSettings,
    syncOnce: (config) => syncOnce(latitudeDb(), config, () => new Date()),
    hasHostPermission: (pattern) => browserHostPermission().contains(pattern),
    alarms: createAlarmScheduler(),
    now: () => new Date(),
  });
  onSyncRoundRequested(() => sync.syncNow());
  onSyncNudged(() => sync.pageChanged());
  browser.runtime.onInstalled.addListener(() => void sync.refresh());
  browser.runtime.onStartup.addListener(() => void sync.refresh());
  syncSettings.onChanged(() => void sync.refresh());
  browser.alarms.onAlarm.addListener((alarm) => void sync.onAlarm(alarm));
  onDatabaseChanged(latitudeDb(), () => sync.localChanged());
});
