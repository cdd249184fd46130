import { useMemo } from 'preact/hooks';
import { StorageBanner } from '../kit/StorageBanner';
import { useStorageHealth } from '../kit/use-storage-health';
import { BackupSection } from './BackupSection';
import { DeviceCopies } from './DeviceCopies';
import { ReminderSettings } from './ReminderSettings';
import { RoleHistory } from './RoleHistory';
import type { SettingsEnv } from './settings-env';
import { createSettingsState } from './settings-state';
import { StorageSection } from './StorageSection';
import { SyncSection } from './sync/SyncSection';

interface Props {
  env: SettingsEnv;
  /** Opened by the background on install (options.html?welcome): say where the data lives. */
  welcome?: boolean;
}

/**
 * Settings (options.html): one section after another, each rendering its part of the page's state
 * (settings-state.ts): backup and import, the copies kept on this device, sync, your roles
 * (options.html#roles), storage status, reminders.
 */
export function SettingsApp({ env, welcome = false }: Props) {
  const health = useStorageHealth(env.db);
  const state = useMemo(() => createSettingsState(env), [env]);

  return (
    <main class="page settings">
      <header class="bar">
        <h1>Latitude settings</h1>
        <a href="/log.html">Open the log</a>
      </header>
      <StorageBanner health={health} reload={env.reload} onExport={() => void state.export.exportBackup()} />
      {welcome && <Welcome />}
      <BackupSection exports={state.export} imports={state.import} />
      <DeviceCopies state={state.copies} />
      <SyncSection state={state.sync} />
      <RoleHistory state={state.roles} />
      <StorageSection state={state.storageStatus} />
      <ReminderSettings state={state.reminders} />
    </main>
  );
}

function Welcome() {
  return (
    <section class="callout welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to Latitude</h2>
      <p>
        <strong>Your log lives only in this browser.</strong> Nothing is sent anywhere: there is no account and no
        server. That also means <strong>uninstalling Latitude deletes your log</strong>, and so does clearing this
        browser’s data for extensions.
      </p>
      <p>Export a backup from this page now and then; Latitude reminds you when it has been a while.</p>
    </section>
  );
}
