import { SYNC_LOCAL_CHANGE_MESSAGE, SYNC_NOW_MESSAGE } from './storage-keys';
import { browser } from 'wxt/browser';
import { type LastSync, lastSyncSchema } from '../domain/sync-settings';

type RuntimeApi = Pick<typeof browser.runtime, 'sendMessage' | 'onMessage'>;

/** Asks the background for a sync round and waits for how it ended. */
export async function requestSyncRound(runtime: RuntimeApi = browser.runtime): Promise<LastSync> {
  return lastSyncSchema.parse(await runtime.sendMessage({ type: SYNC_NOW_MESSAGE }));
}

/** In the background: answers every request for a round with `run`'s result. */
export function onSyncRoundRequested(run: () => Promise<LastSync>, runtime: RuntimeApi = browser.runtime): void {
  runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if ((message as { type?: unknown } | undefined)?.type !== SYNC_NOW_MESSAGE) return undefined;
    void run().then(sendResponse);
    // The answer comes later: keep the channel open.
    return true;
  });
}

/** In the background: calls `changed` when a page says it wrote to the log. */
export function onSyncNudged(changed: () => void, runtime: RuntimeApi = browser.runtime): void {
  runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | undefined)?.type === SYNC_LOCAL_CHANGE_MESSAGE) changed();
    return undefined;
  });
}
