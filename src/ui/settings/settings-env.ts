import { browser } from 'wxt/browser';
import { type BackupStateStore, createBackupStateStore } from '../../browser/backup-state';
import { type Download, downloadBlob } from '../../browser/download';
import { readFileText } from '../../browser/file-text';
import { createLoggingReminderStore, type LoggingReminderStore } from '../../browser/logging-reminder-store';
import { hasNotificationPermission, requestNotificationPermission } from '../../browser/notifications';
import type { StorageManagerLike } from '../../browser/persistent-storage';
import { browserHostPermission } from '../../browser/host-permission';
import { requestSyncRound } from '../../browser/sync-messages';
import { createSyncSettingsStore } from '../../browser/sync-settings-store';
import { type CopiesDb, deviceCopies } from '../../db/backup/copies';
import type { LatitudeDb } from '../../db/database';
import { changePassphrase, connect, forgetKey, recoveryKit, testConnection } from '../../sync/engine';
import { type AppClock, systemClock } from '../kit/app-env';
import type { SyncStateDeps } from './sync/sync-state';

/** Everything the settings page touches outside itself, passed in so tests can use fakes. */
export interface SettingsEnv {
  db: LatitudeDb;
  /** Copies of the log kept before it is replaced (src/db/backup/copies.ts). */
  copies: CopiesDb;
  clock: AppClock;
  appVersion: string;
  download: Download;
  readFile: (file: File) => Promise<string>;
  backupState: BackupStateStore;
  storageManager: StorageManagerLike | undefined;
  reminders: LoggingReminderStore;
  notificationPermission: {
    /** Must be called synchronously from the user's click: browsers require the gesture. */
    request(): Promise<boolean>;
    has(): Promise<boolean>;
  };
  /** Settings → Sync: its settings, the sync engine, host access to the server, rounds run by the background. */
  sync: SyncStateDeps;
  /** Yields to the event loop between chunks of a large import. */
  pause: () => Promise<void>;
  reload: () => void;
}

export function browserSettingsEnv(db: LatitudeDb): SettingsEnv {
  return {
    db,
    copies: deviceCopies(),
    clock: systemClock,
    appVersion: browser.runtime.getManifest().version,
    download: downloadBlob,
    readFile: readFileText,
    backupState: createBackupStateStore(),
    storageManager: navigator.storage,
    reminders: createLoggingReminderStore(),
    notificationPermission: {
      request: () => requestNotificationPermission(),
      has: () => hasNotificationPermission(),
    },
    sync: {
      settings: createSyncSettingsStore(),
      engine: { testConnection, connect, changePassphrase, forgetKey, recoveryKit },
      permission: browserHostPermission(),
      syncRound: () => requestSyncRound(),
      download: downloadBlob,
      now: () => new Date(),
    },
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    reload: () => location.reload(),
  };
}
