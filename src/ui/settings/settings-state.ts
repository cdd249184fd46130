import { openPageDrafts, type ViewDrafts } from '../../browser/view-drafts';
import { createCopiesState } from './copies-state';
import { createExportState } from './export-state';
import { createImportState } from './import-state';
import { createReminderSettingsState } from './reminder-settings-state';
import { createRolesState } from './role-form-state';
import type { SettingsEnv } from './settings-env';
import { createStorageState } from './storage-state';
import { createSyncState } from './sync/sync-state';

/**
 * The settings page's state, one part per section, created once per view from its environment
 * and passed down: each section renders its part and calls its actions.
 *
 * `drafts`: the page's drafts (the role form is its only one so far); opened here by default.
 */
export function createSettingsState(env: SettingsEnv, drafts: ViewDrafts = openPageDrafts('settings')) {
  const { db, copies, clock, appVersion, download, backupState, pause } = env;
  return {
    export: createExportState({ db, download, backupState, now: clock.now, appVersion }),
    import: createImportState({ db, copies, readFile: env.readFile, now: clock.now, appVersion, pause }),
    copies: createCopiesState({ db, copies, download, now: clock.now, appVersion, pause }),
    sync: createSyncState(env.sync),
    roles: createRolesState({ db, clock, drafts }),
    storageStatus: createStorageState({ storageManager: env.storageManager, backupState, now: clock.now }),
    reminders: createReminderSettingsState({
      reminders: env.reminders,
      permission: env.notificationPermission,
      now: clock.now,
    }),
  };
}

export type SettingsState = ReturnType<typeof createSettingsState>;
