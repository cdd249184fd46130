import type { Worker } from 'playwright-core';

/**
 * The few extension APIs the tests call inside the service worker. `dispatch` is not part of the
 * published typings: it is how Chromium's extension event objects deliver an event to their
 * listeners, and calling it from the worker runs the extension's real listener exactly as a
 * context-menu click or an omnibox line would (the user gesture aside). Chromium offers no way
 * to click a context menu item or type in the omnibox from automation.
 */
interface ExtensionEvent<Args extends unknown[]> {
  dispatch(...args: Args): void;
}

interface WorkerChrome {
  contextMenus: {
    onClicked: ExtensionEvent<[MenuClick, ClickedTab]>;
  };
  omnibox: {
    onInputEntered: ExtensionEvent<[string, 'currentTab' | 'newForegroundTab' | 'newBackgroundTab']>;
  };
  action: {
    getBadgeText(details: object): Promise<string>;
    getTitle(details: object): Promise<string>;
  };
  commands: {
    getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]>;
  };
  runtime: {
    getContexts(filter: { contextTypes?: string[] }): Promise<{ contextType: string; documentUrl?: string }[]>;
  };
}

export interface MenuClick {
  menuItemId: string;
  selectionText?: string;
  pageUrl?: string;
  editable?: boolean;
}

export interface ClickedTab {
  id: number;
  url?: string;
  title?: string;
}

// Each function below runs inside the worker: Playwright sends its source there, so it can only
// use its argument and the worker's globals. The cast of `globalThis` gives `chrome` a type here.

/** A click on one of Latitude's context-menu items, as Chromium would deliver it. */
export function clickContextMenu(worker: Worker, click: MenuClick, tab: ClickedTab): Promise<void> {
  return worker.evaluate(
    ([info, clickedTab]) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      chrome.contextMenus.onClicked.dispatch(info, clickedTab);
    },
    [click, tab] as const,
  );
}

/** A line typed after the `lat` keyword and confirmed with Enter. */
export function enterOmniboxLine(worker: Worker, line: string): Promise<void> {
  return worker.evaluate((text) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    chrome.omnibox.onInputEntered.dispatch(text, 'currentTab');
  }, line);
}

/** The toolbar badge and tooltip as the user sees them now. */
export function readBadge(worker: Worker): Promise<{ text: string; title: string }> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return { text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) };
  });
}

export function listCommands(worker: Worker) {
  return worker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return chrome.commands.getAll();
  });
}

/** The extension's open documents of one kind, e.g. 'SIDE_PANEL' or 'POPUP'. */
export function openContexts(worker: Worker, contextType: 'SIDE_PANEL' | 'POPUP' | 'TAB') {
  return worker.evaluate(async (type) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const contexts = await chrome.runtime.getContexts({ contextTypes: [type] });
    return contexts.map((context) => context.documentUrl ?? '');
  }, contextType);
}
