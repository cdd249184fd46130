import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAlarmScheduler } from '../../src/browser/alarms';
import { onSyncNudged } from '../../src/browser/sync-messages';
import { nudgeSync } from '../../src/browser/sync-nudge';
import { createSyncSettingsStore } from '../../src/browser/sync-settings-store';
import { describeSyncProblem, type SyncProblem } from '../../src/domain/sync/problems';
import {
  createSyncService,
  NO_PERMISSION_MESSAGE,
  SYNC_ALARM,
  SYNC_DEBOUNCE_MS,
  UNEXPECTED_PROBLEM,
  type SyncServiceDeps,
} from '../../src/services/sync-service';
import { fakeHostPermission, SYNC_NOW } from '../fixtures/sync-settings';

const CONFIG = { serverUrl: 'https://cloud.example.org/dav/', username: 'ana', password: 'app', folder: 'Latitude' };
const MINUTE = 60_000;

function setup({ on = true }: { on?: boolean } = {}) {
  const settings = createSyncSettingsStore();
  const permission = fakeHostPermission();
  if (on) permission.granted.add('https://cloud.example.org/*');
  const answers: Array<SyncProblem | 'ok'> = [];
  const rounds: Array<() => void> = [];
  let gate = false;
  const syncOnce = vi.fn<SyncServiceDeps['syncOnce']>(async () => {
    if (gate) await new Promise<void>((resolve) => rounds.push(resolve));
    const answer = answers.shift() ?? 'ok';
    return answer === 'ok'
      ? { ok: true, at: SYNC_NOW.toISOString(), pulled: 1, pushed: 2, conflicts: 0 }
      : { ok: false, problem: answer, message: describeSyncProblem(answer) };
  });
  const timers: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
  const service = createSyncService({
    settings,
    syncOnce,
    hasHostPermission: permission.contains,
    alarms: createAlarmScheduler(),
    now: () => SYNC_NOW,
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  const ready = on ? settings.writeConfig(CONFIG) : Promise.resolve();
  return {
    settings,
    permission,
    service,
    syncOnce,
    answers,
    timers,
    ready,
    /** Holds every round until `release()`. */
    hold: () => {
      gate = true;
    },
    release: () => {
      gate = false;
      for (const resolve of rounds.splice(0)) resolve();
    },
  };
}

async function alarmAt(): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime;
}

describe('the background sync service', () => {
  it('runs a round, keeps its result for Settings, and sets the alarm 15 minutes later', async () => {
    const { service, settings, ready } = setup();
    await ready;
    const last = await service.syncNow();
    expect(last).toEqual({ ok: true, at: SYNC_NOW.toISOString(), pulled: 1, pushed: 2, conflicts: 0 });
    expect(await settings.readLast()).toEqual(last);
    expect(await alarmAt()).toBe(SYNC_NOW.getTime() + 15 * MINUTE);
  });

  it('tries again after 1, 2, then 4 minutes while the server is unreachable, then every 15 once it answers', async () => {
    const { service, answers, ready } = setup();
    await ready;
    answers.push('offline', 'server-error', 'timeout');
    const delays: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      await service.syncNow();
      delays.push(((await alarmAt())! - SYNC_NOW.getTime()) / MINUTE);
    }
    expect(delays).toEqual([1, 2, 4, 15]);
  });

  it('stops trying by itself after a problem only the user can fix, and says what it was', async () => {
    const { service, answers, settings, ready } = setup();
    await ready;
    await service.syncNow();
    answers.push('unauthorized');
    const last = await service.syncNow();
    expect(last).toMatchObject({ ok: false, problem: 'unauthorized', message: describeSyncProblem('unauthorized') });
    expect(await settings.readLast()).toEqual(last);
    expect(await alarmAt()).toBeUndefined();
  });

  it('runs one round at a time: rounds asked for meanwhile make one more round, after it', async () => {
    const { service, syncOnce, hold, release, ready } = setup();
    await ready;
    hold();
    const first = service.syncNow();
    await vi.waitFor(() => expect(syncOnce).toHaveBeenCalledTimes(1));
    const second = service.syncNow();
    const third = service.syncNow();
    expect(third).toBe(second);
    release();
    await first;
    await vi.waitFor(() => expect(syncOnce).toHaveBeenCalledTimes(2));
    release();
    await second;
    expect(syncOnce).toHaveBeenCalledTimes(2);
  });

  it('syncs once, a few seconds after the last of several local changes', async () => {
    const { service, syncOnce, timers, ready } = setup();
    await ready;
    service.localChanged();
    service.localChanged();
    service.localChanged();
    const live = timers.filter((timer) => !timer.cleared);
    expect(live).toHaveLength(1);
    expect(live[0]!.ms).toBe(SYNC_DEBOUNCE_MS);
    live[0]!.run();
    await vi.waitFor(() => expect(syncOnce).toHaveBeenCalledTimes(1));
  });

  it('a write in a page wakes the background by message, and a round follows, even after one running now', async () => {
    const { service, syncOnce, timers, hold, release, ready } = setup();
    await ready;
    onSyncNudged(() => service.pageChanged(), fakeBrowser.runtime);
    hold();
    const running = service.syncNow();
    await vi.waitFor(() => expect(syncOnce).toHaveBeenCalledTimes(1));
    // The running round may have read the log before the page wrote: the write needs one more.
    await nudgeSync(fakeBrowser.storage.local, fakeBrowser.runtime);
    const live = timers.filter((timer) => !timer.cleared);
    expect(live).toHaveLength(1);
    expect(live[0]!.ms).toBe(SYNC_DEBOUNCE_MS);
    release();
    await running;
    live[0]!.run();
    await vi.waitFor(() => expect(syncOnce).toHaveBeenCalledTimes(2));
  });

  it('a page wakes nobody while sync is off, and a background that cannot be reached is no error', async () => {
    const sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const settings = createSyncSettingsStore();
    await nudgeSync(fakeBrowser.storage.local, { ...fakeBrowser.runtime, sendMessage });
    expect(sendMessage).not.toHaveBeenCalled();
    await settings.writeConfig(CONFIG);
    await expect(
      nudgeSync(fakeBrowser.storage.local, { ...fakeBrowser.runtime, sendMessage }),
    ).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('turns an IndexedDB failure in a round into a stored failure, in words, and tries again a minute later', async () => {
    const { service, syncOnce, settings, ready } = setup();
    await ready;
    syncOnce.mockRejectedValueOnce(new DOMException('The database connection is closing.', 'InvalidStateError'));
    const last = await service.syncNow();
    expect(last).toMatchObject({ ok: false, problem: UNEXPECTED_PROBLEM, failures: 1 });
    expect(last.ok || last.message).toBe(
      'Sync stopped on an unexpected error on this device (The database connection is closing.). Nothing was lost; sync tries again later. If it keeps happening, restart the browser.',
    );
    expect(await settings.readLast()).toEqual(last);
    expect(await alarmAt()).toBe(SYNC_NOW.getTime() + MINUTE);
  });

  it('turns a bug anywhere in a round, and storage failing, into a stored failure, never a rejection', async () => {
    const settings = createSyncSettingsStore();
    await settings.writeConfig(CONFIG);
    const service = createSyncService({
      settings,
      syncOnce: async () => ({ ok: true, at: SYNC_NOW.toISOString(), pulled: 0, pushed: 0, conflicts: 0 }),
      hasHostPermission: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'contains')");
      },
      alarms: createAlarmScheduler(),
      now: () => SYNC_NOW,
    });
    const last = await service.syncNow();
    expect(last).toMatchObject({ ok: false, problem: UNEXPECTED_PROBLEM });
    expect(last.ok || last.message).toMatch(/^Sync stopped on an unexpected error on this device \(Cannot read/);
    expect(await settings.readLast()).toEqual(last);

    // Storage itself refusing: the round still ends with its failure, and the alarm still answers.
    const broken = { ...settings, readConfig: () => Promise.reject(new Error('QuotaExceededError')) };
    const stuck = createSyncService({
      settings: broken,
      syncOnce: vi.fn(),
      hasHostPermission: async () => true,
      alarms: createAlarmScheduler(),
      now: () => SYNC_NOW,
    });
    await expect(stuck.syncNow()).resolves.toMatchObject({ ok: false, problem: UNEXPECTED_PROBLEM });
    await expect(stuck.onAlarm({ name: SYNC_ALARM })).resolves.toBeUndefined();
    await expect(stuck.refresh()).resolves.toBeUndefined();
  });

  it('does not sync after local changes while sync is off, and sends nothing at all', async () => {
    const { service, syncOnce, timers } = setup({ on: false });
    service.localChanged();
    timers[0]!.run();
    await service.refresh();
    expect(await alarmAt()).toBeUndefined();
    expect(syncOnce).not.toHaveBeenCalled();
    expect(await service.syncNow()).toMatchObject({ ok: false, problem: 'not-set-up' });
    expect(syncOnce).not.toHaveBeenCalled();
  });

  it('says so, and sends nothing, when the browser no longer grants access to the server', async () => {
    const { service, syncOnce, permission, ready } = setup();
    await ready;
    permission.granted.clear();
    expect(await service.syncNow()).toMatchObject({
      ok: false,
      problem: 'no-permission',
      message: NO_PERMISSION_MESSAGE,
    });
    expect(syncOnce).not.toHaveBeenCalled();
  });

  it('runs a round on its alarm only, and sets the alarm again at startup', async () => {
    const { service, syncOnce, ready } = setup();
    await ready;
    await service.onAlarm({ name: 'logging-reminder' });
    expect(syncOnce).not.toHaveBeenCalled();
    await service.onAlarm({ name: SYNC_ALARM });
    expect(syncOnce).toHaveBeenCalledTimes(1);
    await fakeBrowser.alarms.clearAll();
    await service.refresh();
    expect(await alarmAt()).toBe(SYNC_NOW.getTime() + 15 * MINUTE);
  });

  it('keeps no result of a round that ends after sync was turned off', async () => {
    const { service, settings, hold, release, ready } = setup();
    await ready;
    hold();
    const round = service.syncNow();
    await settings.clear();
    release();
    await round;
    expect(await settings.readLast()).toBeUndefined();
  });
});
