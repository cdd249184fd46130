import { signal } from '@preact/signals';
import type { Download } from '../../../browser/download';
import type { HostPermission } from '../../../browser/host-permission';
import type { SyncSettingsStore } from '../../../browser/sync-settings-store';
import {
  EMPTY_SYNC_FORM,
  type LastSync,
  passphraseErrors,
  type StoredSyncConfig,
  type SyncForm,
  type SyncFormErrors,
  type SyncFormField,
  syncOriginPattern,
  validateSyncForm,
} from '../../../domain/sync-settings';
import type { changePassphrase, connect, forgetKey, recoveryKit, testConnection } from '../../../sync/engine';

/** What Settings → Sync calls in the sync engine (src/sync/engine.ts). */
export interface SyncEngine {
  testConnection: typeof testConnection;
  connect: typeof connect;
  changePassphrase: typeof changePassphrase;
  forgetKey: typeof forgetKey;
  recoveryKit: typeof recoveryKit;
}

export interface SyncStateDeps {
  settings: SyncSettingsStore;
  engine: SyncEngine;
  permission: HostPermission;
  /** One sync round, run by the background, which runs one at a time (src/browser/sync-messages.ts). */
  syncRound: () => Promise<LastSync>;
  download: Download;
  now: () => Date;
}

export type SyncBusy = 'testing' | 'turning-on' | 'syncing' | 'saving-kit' | 'changing' | 'turning-off';
export type PassphraseChangeField = 'current' | 'next' | 'nextAgain';

const EMPTY_CHANGE: Record<PassphraseChangeField, string> = { current: '', next: '', nextAgain: '' };

/**
 * Settings → Sync, outside any component: the form (server, user, app password, folder, the
 * passphrase twice) with an error for each field to correct, and the actions: test the connection,
 * turn sync on (host access to that one server → the passphrase unlocks or starts the folder →
 * the first round), sync now, download the recovery kit, change the passphrase, and turn sync off
 * (the key is forgotten and host access given back; the log stays). The last round's result is
 * read from storage and follows every round, whoever ran it.
 */
export function createSyncState(deps: SyncStateDeps) {
  /** The settings while sync is on; undefined while it is off. */
  const config = signal<StoredSyncConfig | undefined>(undefined);
  const loaded = signal(false);
  const last = signal<LastSync | undefined>(undefined);
  const form = signal<SyncForm>(EMPTY_SYNC_FORM);
  const errors = signal<SyncFormErrors>({});
  const change = signal(EMPTY_CHANGE);
  const changeErrors = signal<Partial<Record<PassphraseChangeField, string>>>({});
  const busy = signal<SyncBusy | undefined>(undefined);
  /** What the last action did (role `status`). */
  const notice = signal('');
  /** Why the last action failed, in words (role `alert`). */
  const failure = signal('');

  async function reload(): Promise<void> {
    const [stored, result] = await Promise.all([deps.settings.readConfig(), deps.settings.readLast()]);
    config.value = stored;
    last.value = result;
    if (stored && !form.value.serverUrl) form.value = { ...form.value, ...stored };
    loaded.value = true;
  }

  /** Runs one action at a time, saying what went wrong if it throws. */
  async function act(kind: SyncBusy, action: () => Promise<void>): Promise<void> {
    busy.value = kind;
    notice.value = '';
    failure.value = '';
    try {
      await action();
    } catch (error) {
      failure.value = `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      busy.value = undefined;
    }
  }

  /** Checks the form; the settings and their origin, or undefined with the errors shown. */
  function checked(withPassphrase: boolean): { config: StoredSyncConfig; pattern: string } | undefined {
    const result = validateSyncForm(form.value, { withPassphrase });
    if (!result.ok) {
      errors.value = result.errors;
      failure.value = 'Some fields need correcting before Latitude can reach the server.';
      return undefined;
    }
    errors.value = {};
    return { config: result.config, pattern: syncOriginPattern(result.config.serverUrl) };
  }

  function refused(pattern: string): string {
    return `The browser did not let Latitude reach ${hostOf(pattern)}, so nothing was sent. Sync stays off.`;
  }

  /** Gives host access back unless sync is on with that server. */
  async function giveBack(pattern: string): Promise<void> {
    const current = config.value;
    if (current && syncOriginPattern(current.serverUrl) === pattern) return;
    await deps.permission.remove(pattern).catch(() => false);
  }

  async function runRound(): Promise<void> {
    const result = await deps.syncRound();
    last.value = result;
    if (!result.ok) failure.value = result.message;
  }

  return {
    config,
    loaded,
    last,
    form,
    errors,
    change,
    changeErrors,
    busy,
    notice,
    failure,

    /** Reads the settings and follows their changes (each round's result); returns the unsubscribe. */
    start(): () => void {
      void reload();
      return deps.settings.onChanged(() => void reload());
    },

    setField(field: SyncFormField, value: string): void {
      form.value = { ...form.value, [field]: value };
      if (errors.value[field]) errors.value = { ...errors.value, [field]: undefined };
    },

    setChangeField(field: PassphraseChangeField, value: string): void {
      change.value = { ...change.value, [field]: value };
      if (changeErrors.value[field]) changeErrors.value = { ...changeErrors.value, [field]: undefined };
    },

    /** Reaches the server and the folder without turning sync on. Call it straight from the click. */
    testConnection(): Promise<void> {
      if (busy.value) return Promise.resolve();
      const target = checked(false);
      if (!target) return Promise.resolve();
      // Asked before any await: the browser grants it only within the user's click.
      const granted = deps.permission.request(target.pattern);
      return act('testing', async () => {
        if (!(await granted.catch(() => false))) {
          failure.value = refused(target.pattern);
          return;
        }
        try {
          const result = await deps.engine.testConnection(target.config);
          if (!result.ok) failure.value = result.message;
          else if (result.folderState === 'empty') {
            notice.value =
              'Connected. The folder is empty: turning sync on starts it with this device’s log, encrypted with your passphrase.';
          } else {
            notice.value =
              'Connected. The folder already holds a Latitude log: turn sync on with the passphrase chosen on your other device.';
          }
        } finally {
          await giveBack(target.pattern);
        }
      });
    },

    /** Host access → the passphrase opens (or starts) the folder → the first round. Call it from the click. */
    turnOn(): Promise<void> {
      if (busy.value || config.value) return Promise.resolve();
      const target = checked(true);
      if (!target) return Promise.resolve();
      const granted = deps.permission.request(target.pattern);
      const passphrase = form.value.passphrase;
      return act('turning-on', async () => {
        if (!(await granted.catch(() => false))) {
          failure.value = refused(target.pattern);
          return;
        }
        const connected = await deps.engine.connect(target.config, passphrase).catch((error: unknown) => {
          void giveBack(target.pattern);
          throw error;
        });
        if (!connected.ok) {
          failure.value = connected.message;
          await giveBack(target.pattern);
          return;
        }
        await deps.settings.writeConfig(target.config);
        config.value = target.config;
        form.value = { ...form.value, passphrase: '', passphraseAgain: '' };
        notice.value = connected.created
          ? 'Sync is on, and this device started the folder. Download the recovery kit and keep it with your passphrase.'
          : 'Sync is on: this device joined the folder.';
        await runRound();
      });
    },

    syncNow(): Promise<void> {
      if (busy.value || !config.value) return Promise.resolve();
      return act('syncing', runRound);
    },

    downloadRecoveryKit(): Promise<void> {
      const current = config.value;
      if (!current) return Promise.resolve();
      return act('saving-kit', async () => {
        const kit = await deps.engine.recoveryKit(current, deps.now());
        deps.download(new Blob([kit.text], { type: 'text/plain;charset=utf-8' }), kit.fileName);
        notice.value = `Recovery kit saved as ${kit.fileName}. It does not hold your passphrase: keep both safe.`;
      });
    },

    changePassphrase(): Promise<void> {
      const current = config.value;
      if (busy.value || !current) return Promise.resolve();
      const typed = change.value;
      const chosen = passphraseErrors(typed.next, typed.nextAgain);
      const found = {
        current: typed.current ? undefined : 'Enter the passphrase you use now.',
        next: chosen.passphrase,
        nextAgain: chosen.again,
      };
      if (found.current || found.next || found.nextAgain) {
        changeErrors.value = found;
        return Promise.resolve();
      }
      changeErrors.value = {};
      return act('changing', async () => {
        const result = await deps.engine.changePassphrase(current, typed.current, typed.next);
        if (!result.ok) {
          failure.value = result.message;
          return;
        }
        change.value = EMPTY_CHANGE;
        notice.value =
          'Passphrase changed. Your other devices keep syncing; use the new passphrase when you set up the next one.';
      });
    },

    /** Forgets the key and the settings and gives host access back; the log on this device stays. */
    turnOff(): Promise<void> {
      const current = config.value;
      if (busy.value || !current) return Promise.resolve();
      return act('turning-off', async () => {
        await deps.engine.forgetKey();
        await deps.settings.clear();
        config.value = undefined;
        last.value = undefined;
        await giveBack(syncOriginPattern(current.serverUrl));
        notice.value =
          'Sync is off. Your log stays on this device, and the copy on the server is left as it was. Nothing leaves this device any more.';
      });
    },
  };
}

export type SyncState = ReturnType<typeof createSyncState>;

function hostOf(pattern: string): string {
  return pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');
}
