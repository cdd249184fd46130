import { browser } from 'wxt/browser';

type AlarmsApi = Pick<typeof browser.alarms, 'create' | 'clear'>;

export interface AlarmScheduler {
  /** Sets (or moves) the named one-shot alarm to `when`. */
  schedule(name: string, when: Date): Promise<void>;
  clear(name: string): Promise<void>;
}

/**
 * One-shot alarms, each set again after it fires: a repeating period would drift by an hour at
 * every daylight-saving change. Alarms may be cleared by a browser restart or an update, so the
 * background sets them again on startup and install.
 */
export function createAlarmScheduler(alarms: AlarmsApi = browser.alarms): AlarmScheduler {
  return {
    async schedule(name, when) {
      await alarms.create(name, { when: when.getTime() });
    },
    async clear(name) {
      await alarms.clear(name);
    },
  };
}
