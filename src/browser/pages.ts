import { browser } from 'wxt/browser';

type TabsApi = Pick<typeof browser.tabs, 'create'>;
type ActionApi = { openPopup?: () => Promise<void> };

/**
 * Opens the toolbar popup where the browser allows it (Chrome 127+ with a focused window; the
 * background has no user gesture to offer). Says whether it did; never throws.
 */
export async function tryOpenPopup(
  action: ActionApi | undefined = (browser as { action?: ActionApi; browserAction?: ActionApi }).action ??
    (browser as { browserAction?: ActionApi }).browserAction,
): Promise<boolean> {
  try {
    if (!action?.openPopup) return false;
    await action.openPopup();
    return true;
  } catch {
    return false;
  }
}

/** The settings page with its first-run welcome (options.html?welcome). */
export async function openWelcomePage(tabs: TabsApi = browser.tabs): Promise<void> {
  await tabs.create({ url: `${browser.runtime.getURL('/options.html')}?welcome` });
}

/**
 * Opens quick capture: the toolbar popup where the browser allows it (Chrome 127+ after a
 * notification click), else the log in a tab.
 */
export async function openCapture(
  action: ActionApi | undefined = (browser as { action?: ActionApi }).action,
  tabs: TabsApi = browser.tabs,
): Promise<void> {
  try {
    if (action?.openPopup) {
      await action.openPopup();
      return;
    }
  } catch {
    // No focused window, or the browser refuses without a gesture: fall back to the log.
  }
  await tabs.create({ url: browser.runtime.getURL('/log.html') });
}
