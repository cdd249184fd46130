import type { Page } from 'puppeteer-core';
import type { ClickedTab, MenuClick } from '../../e2e/support/service-worker';
import type { BackgroundTestHook } from './test-hooks';

// Calls into the background of the test copy of the extension; test-hooks.ts says why and how.

// Each function below runs in an extension page (the session's bridge page): Puppeteer sends its
// source there, so it uses only its arguments and the page's globals.

/** Whether the background has registered the listeners the tests call. */
export function backgroundReady(bridge: Page): Promise<boolean> {
  return bridge.evaluate(async () => {
    const { browser } = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } };
    const background = (await browser.runtime.getBackgroundPage()) as unknown as {
      __latitudeTest?: BackgroundTestHook;
    };
    const listeners = background.__latitudeTest?.listeners ?? {};
    return Boolean(listeners['contextMenus.onClicked']?.length && listeners['omnibox.onInputEntered']?.length);
  });
}

/** The errors of the background and every extension page since the last call (and forgets them). */
export function takeErrors(bridge: Page): Promise<string[]> {
  return bridge.evaluate(async () => {
    const { browser } = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } };
    const background = (await browser.runtime.getBackgroundPage()) as unknown as { __latitudeTest: BackgroundTestHook };
    return background.__latitudeTest.errors.splice(0);
  });
}

/** A click on one of Latitude's context-menu items, as Firefox delivers it to the background. */
export function clickContextMenu(bridge: Page, click: MenuClick, tab: ClickedTab): Promise<void> {
  return bridge.evaluate(
    async (info, clickedTab) => {
      const { browser } = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } };
      const background = (await browser.runtime.getBackgroundPage()) as unknown as {
        __latitudeTest: BackgroundTestHook;
      };
      for (const listener of background.__latitudeTest.listeners['contextMenus.onClicked'] ?? []) {
        listener({ ...info, button: 0, modifiers: [], editable: info.editable ?? false }, clickedTab);
      }
    },
    click,
    tab,
  );
}

/** A line typed after the `lat` keyword and confirmed with Enter. */
export function enterOmniboxLine(bridge: Page, line: string): Promise<void> {
  return bridge.evaluate(async (text) => {
    const { browser } = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } };
    const background = (await browser.runtime.getBackgroundPage()) as unknown as { __latitudeTest: BackgroundTestHook };
    for (const listener of background.__latitudeTest.listeners['omnibox.onInputEntered'] ?? []) {
      listener(text, 'currentTab');
    }
  }, line);
}

/** The toolbar badge and tooltip as the user sees them now. */
export function readBadge(bridge: Page): Promise<{ text: string; title: string }> {
  return bridge.evaluate(async () => {
    const { browser } = globalThis as unknown as {
      browser: {
        browserAction: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
      };
    };
    return { text: await browser.browserAction.getBadgeText({}), title: await browser.browserAction.getTitle({}) };
  });
}
