import { browser } from 'wxt/browser';
import { SYNC_CONFIG_KEY, SYNC_LOCAL_CHANGE_MESSAGE } from './storage-keys';

type RuntimeApi = Pick<typeof browser.runtime, 'sendMessage'>;
type StorageArea = Pick<typeof browser.storage.local, 'get'>;

/**
 * From an extension page that wrote to the log: tells the background, so that its debounced round
 * runs (src/browser/sync-messages.ts, `onSyncNudged`). A message wakes Chrome's service worker,
 * which otherwise sleeps through the writes of pages until the next alarm. Sent only while sync is
 * on (its settings are stored). Never throws. Kept apart from the sync settings' schemas, so the
 * popup loads nothing more for it.
 */
export async function nudgeSync(
  area: StorageArea = browser.storage.local,
  runtime: RuntimeApi = browser.runtime,
): Promise<void> {
  try {
    if ((await area.get(SYNC_CONFIG_KEY))[SYNC_CONFIG_KEY])
      await runtime.sendMessage({ type: SYNC_LOCAL_CHANGE_MESSAGE });
  } catch {
    // No background to answer (it is starting or being updated): the alarm syncs later.
  }
}
