import type { AlarmScheduler } from '../browser/alarms';
import type { SyncSettingsStore } from '../browser/sync-settings-store';
import { type LastSync, nextSyncDelayMinutes, type StoredSyncConfig, syncOriginPattern } from '../domain/sync-settings';
import { describeSyncProblem, type SyncProblem } from '../domain/sync/problems';

export const SYNC_ALARM = 'latitude-sync';
/** How long after the last local change an automatic round starts. */
export const SYNC_DEBOUNCE_MS = 5_000;

/** A round stopped by something unforeseen on this device (storage failing, a bug); tried again later. */
export const UNEXPECTED_PROBLEM = 'unexpected';

function unexpectedMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Sync stopped on an unexpected error on this device (${detail}). Nothing was lost; sync tries again later. If it keeps happening, restart the browser.`;
}

export const NO_PERMISSION_MESSAGE =
  'The browser no longer lets Latitude reach the sync server (its site access was taken back). Turn sync off and on again in Settings → Sync to allow it.';

type RoundResult =
  | { ok: true; at: string; pulled: number; pushed: number; conflicts: number }
  | { ok: false; problem: SyncProblem; message: string };

export interface SyncServiceDeps {
  settings: SyncSettingsStore;
  /** One sync round against the log (src/sync/engine.ts, `syncOnce`). */
  syncOnce: (config: StoredSyncConfig) => Promise<RoundResult>;
  /** Whether the browser still grants host access to the pattern. */
  hasHostPermission: (pattern: string) => Promise<boolean>;
  alarms: AlarmScheduler;
  now: () => Date;
  /** Timers for the debounce; the real ones unless a test passes fakes. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Sync in the background: one round at a time (a round asked for while one runs follows it, once),
 * a round a few seconds after local changes, the `latitude-sync` alarm every 15 minutes while sync
 * is on (sooner, then less and less often, after a failure that may go away by itself; none after
 * one only the user can fix), and the result of every round kept for Settings.
 */
export function createSyncService(deps: SyncServiceDeps) {
  const setTimer = deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let running: Promise<LastSync> | undefined;
  let queued: Promise<LastSync> | undefined;
  let debounce: unknown;

  /** One round, its result kept for Settings: whatever goes wrong ends as a stored failure, in words. */
  async function round(): Promise<LastSync> {
    const at = deps.now().toISOString();
    try {
      return await attemptRound(at);
    } catch (error) {
      // Storage failing, or a bug: said where Settings shows it, and tried again later.
      const previous = await deps.settings.readLast().catch(() => undefined);
      const last = failed(previous, at, UNEXPECTED_PROBLEM, unexpectedMessage(error));
      await deps.settings.writeLast(last).catch(() => undefined);
      await schedule(nextSyncDelayMinutes(last)).catch(() => undefined);
      return last;
    }
  }

  async function attemptRound(at: string): Promise<LastSync> {
    const config = await deps.settings.readConfig();
    const previous = await deps.settings.readLast();
    let last: LastSync;
    if (!config) {
      last = { ok: false, at, problem: 'not-set-up', message: describeSyncProblem('not-set-up'), failures: 1 };
      await schedule(undefined);
      return last;
    }
    if (!(await deps.hasHostPermission(syncOriginPattern(config.serverUrl)))) {
      last = failed(previous, at, 'no-permission', NO_PERMISSION_MESSAGE);
    } else {
      const result = await deps.syncOnce(config);
      last = result.ok
        ? { ok: true, at: result.at, pulled: result.pulled, pushed: result.pushed, conflicts: result.conflicts }
        : failed(previous, at, result.problem, result.message);
    }
    // Turned off while the round ran: nothing to report, no alarm to set.
    if (!(await deps.settings.readConfig())) return last;
    await deps.settings.writeLast(last);
    await schedule(nextSyncDelayMinutes(last));
    return last;
  }

  /** Sets the alarm `minutes` from now, or clears it. */
  async function schedule(minutes: number | undefined): Promise<void> {
    if (minutes === undefined) await deps.alarms.clear(SYNC_ALARM);
    else await deps.alarms.schedule(SYNC_ALARM, new Date(deps.now().getTime() + minutes * 60_000));
  }

  /** Runs a round now, or right after the one running. */
  function syncNow(): Promise<LastSync> {
    if (queued) return queued;
    if (running) {
      queued = running.then(() => {
        queued = undefined;
        return start();
      });
      return queued;
    }
    return start();
  }

  function start(): Promise<LastSync> {
    const current = round().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  }

  function pageChanged(): void {
    if (debounce !== undefined) clearTimer(debounce);
    debounce = setTimer(() => {
      debounce = undefined;
      void deps.settings
        .readConfig()
        .then((config) => config && syncNow())
        .catch(() => undefined);
    }, SYNC_DEBOUNCE_MS);
  }

  return {
    syncNow,

    /**
     * The log changed on this device. The rounds' own writes are ignored (they come while a round
     * runs), so that a round does not set off the next one.
     */
    localChanged(): void {
      if (running) return;
      pageChanged();
    },

    /**
     * A page of the extension wrote to the log (it says so in a message, which also wakes the
     * service worker): a round follows after the debounce, even when one runs now, since that
     * one may have read the log before the write.
     */
    pageChanged,

    async onAlarm(alarm: { name: string }): Promise<void> {
      if (alarm.name === SYNC_ALARM) await syncNow();
    },

    /**
     * Sets the alarm from the settings: at startup and install (alarms may not survive either), and
     * whenever sync is turned on or off.
     */
    async refresh(): Promise<void> {
      try {
        if (!(await deps.settings.readConfig())) await schedule(undefined);
        else await schedule(nextSyncDelayMinutes(await deps.settings.readLast()));
      } catch {
        // Storage not answering: the next start, or the next change of the settings, sets it.
      }
    },
  };
}

function failed(previous: LastSync | undefined, at: string, problem: string, message: string): LastSync {
  const failures = previous && !previous.ok ? previous.failures + 1 : 1;
  return { ok: false, at, problem, message, failures };
}

export type SyncService = ReturnType<typeof createSyncService>;
