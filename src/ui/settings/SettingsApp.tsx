import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BackupState } from '../../domain/backup-reminder';
import type { TableCounts } from '../../domain/backup/tables';
import { createCopiesState } from './copies-state';
import { DeviceCopies } from './DeviceCopies';
import { downloadBackup, downloadBragDocument } from '../backup/export-backup';
import { ImportBackup } from './ImportBackup';
import { createImportState } from './import-state';
import { ReminderSettings } from './ReminderSettings';
import { RoleHistory } from './RoleHistory';
import type { SettingsEnv } from './settings-env';
import { StorageBanner } from '../kit/StorageBanner';
import { StorageSection } from './StorageSection';
import { useStorageHealth } from '../kit/use-storage-health';
import { createSyncState } from './sync/sync-state';
import { SyncSection } from './sync/SyncSection';

type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'backup-saved'; counts: TableCounts }
  | { kind: 'markdown-saved' }
  | { kind: 'failed'; message: string };

interface Props {
  env: SettingsEnv;
  /** Opened by the background on install (options.html?welcome): say where the data lives. */
  welcome?: boolean;
}

/**
 * Settings (options.html): backup and import, the copies kept on this device, sync, your roles
 * (options.html#roles), storage status, reminders.
 */
export function SettingsApp({ env, welcome = false }: Props) {
  const health = useStorageHealth(env.db);
  const importState = useMemo(
    () =>
      createImportState({
        db: env.db,
        copies: env.copies,
        readFile: env.readFile,
        now: env.clock.now,
        appVersion: env.appVersion,
        pause: env.pause,
      }),
    [env],
  );
  const copiesState = useMemo(
    () =>
      createCopiesState({
        db: env.db,
        copies: env.copies,
        download: env.download,
        now: env.clock.now,
        appVersion: env.appVersion,
        pause: env.pause,
      }),
    [env],
  );
  const syncState = useMemo(() => createSyncState(env.sync), [env]);
  useEffect(() => syncState.start(), [syncState]);
  const [exportStatus, setExportStatus] = useState<ExportStatus>({ kind: 'idle' });
  const [backupState, setBackupState] = useState<BackupState | undefined>(undefined);

  useEffect(() => {
    void env.backupState.read().then(setBackupState, () => setBackupState({}));
  }, [env, exportStatus]);

  async function exportWith(action: () => Promise<ExportStatus>) {
    setExportStatus({ kind: 'working' });
    try {
      setExportStatus(await action());
    } catch (error) {
      setExportStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const exportBackupNow = () =>
    exportWith(async () => ({
      kind: 'backup-saved',
      counts: await downloadBackup({
        db: env.db,
        download: env.download,
        backupState: env.backupState,
        now: env.clock.now,
        appVersion: env.appVersion,
      }),
    }));
  const exportMarkdownNow = () =>
    exportWith(async () => {
      await downloadBragDocument({ db: env.db, download: env.download, now: env.clock.now });
      return { kind: 'markdown-saved' };
    });

  return (
    <main class="page settings">
      <header class="bar">
        <h1>Latitude settings</h1>
        <a href="/log.html">Open the log</a>
      </header>
      <StorageBanner health={health} reload={env.reload} onExport={() => void exportBackupNow()} />

      {welcome && (
        <section class="callout welcome" aria-labelledby="welcome-heading">
          <h2 id="welcome-heading">Welcome to Latitude</h2>
          <p>
            <strong>Your log lives only in this browser.</strong> Nothing is sent anywhere: there is no account and no
            server. That also means <strong>uninstalling Latitude deletes your log</strong>, and so does clearing this
            browser’s data for extensions.
          </p>
          <p>Export a backup from this page now and then; Latitude reminds you when it has been a while.</p>
        </section>
      )}

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Backup</h2>
        <p>
          Your log lives only in this browser; uninstalling Latitude deletes it. A backup is a JSON file you can keep
          anywhere and import again, here or in another browser.
        </p>
        <p class="muted">
          {backupState === undefined
            ? ' '
            : backupState.lastExportAt
              ? `Last backup: ${new Date(backupState.lastExportAt).toLocaleString('en', { dateStyle: 'long', timeStyle: 'short' })}.`
              : 'No backup yet.'}
        </p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={exportStatus.kind === 'working'}
            onClick={() => void exportBackupNow()}
          >
            Export backup
          </button>
          <button type="button" disabled={exportStatus.kind === 'working'} onClick={() => void exportMarkdownNow()}>
            Export Markdown
          </button>
        </div>
        <p role="status" class="status-text">
          {exportStatus.kind === 'backup-saved' &&
            `Backup saved: ${exportStatus.counts.entries} entries, ${exportStatus.counts.people} people, ${exportStatus.counts.conversations} conversations, ${exportStatus.counts.actionItems} action items.`}
          {exportStatus.kind === 'markdown-saved' && 'Brag document saved.'}
        </p>
        {exportStatus.kind === 'failed' && (
          <p class="alert" role="alert">
            The export failed: {exportStatus.message}
          </p>
        )}
        <ImportBackup state={importState} />
      </section>

      <DeviceCopies copies={env.copies} state={copiesState} />

      <SyncSection state={syncState} />

      <RoleHistory db={env.db} clock={env.clock} />

      <StorageSection storageManager={env.storageManager} backupState={env.backupState} now={env.clock.now} />
      <ReminderSettings reminders={env.reminders} permission={env.notificationPermission} now={env.clock.now} />
    </main>
  );
}
