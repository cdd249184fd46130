import type { BackupStateStore } from '../browser/backup-state';

export interface FirstRunDeps {
  backupState: BackupStateStore;
  /** Opens the settings page with its welcome: where the log lives, and that uninstalling deletes it. */
  openWelcome: () => Promise<void>;
  now: () => Date;
}

/**
 * On install, the settings page opens and says plainly that the log lives only in this browser;
 * the backup reminder's clock starts then. An update that finds no start (installed before
 * reminders existed) starts it now, without a welcome.
 */
export function createFirstRunService(deps: FirstRunDeps) {
  return {
    async onInstalled(details: { reason: string }): Promise<void> {
      const state = await deps.backupState.read();
      if (!state.firstRunAt) await deps.backupState.update({ firstRunAt: deps.now().toISOString() });
      if (details.reason === 'install') await deps.openWelcome();
    },
  };
}
