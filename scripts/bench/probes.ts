import type { BrowserContext, Page } from 'playwright-core';

/** Something on screen: elements matching `selector`, one of them with text matching `pattern`. */
export interface Shown {
  selector: string;
  pattern?: string;
}

declare global {
  interface Window {
    /** Set by the probe: resolves with `performance.now()` when everything asked for is in the DOM. */
    __benchShown?: Promise<number>;
  }
}

/**
 * Opens `url` in a new tab and returns how long after navigation start (the page's own
 * `performance.now()`) everything in `shown` was in the DOM. The watcher is installed before any of
 * the page's scripts run, so the harness's own latency is not counted.
 */
export async function timeFirstScreen(
  context: BrowserContext,
  url: string,
  shown: Shown[],
  viewport = { width: 1024, height: 768 },
): Promise<number> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(viewport);
    await page.addInitScript((wanted: Shown[]) => {
      const met = () =>
        wanted.every(({ selector, pattern }) =>
          [...document.querySelectorAll(selector)].some(
            (element) => pattern === undefined || new RegExp(pattern).test(element.textContent?.trim() ?? ''),
          ),
        );
      window.__benchShown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!met()) return;
          const at = performance.now();
          observer.disconnect();
          resolve(at);
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
      });
    }, shown);
    await page.goto(url);
    return await withTimeout(
      page.evaluate(() => window.__benchShown!),
      `${url} never showed ${JSON.stringify(shown)}`,
    );
  } finally {
    await page.close();
  }
}

/**
 * How long a page with nothing to do takes to load in the same origin: navigation start to the end
 * of its load event. The floor a page of the extension cannot go under.
 */
export async function timeBlankPage(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const read = () => {
            const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
            if (navigation && navigation.loadEventEnd > 0) resolve(navigation.loadEventEnd);
            else setTimeout(read, 10);
          };
          read();
        }),
    );
  } finally {
    await page.close();
  }
}

/**
 * Runs `action` in the page and resolves with the time from it to the moment `done` (a regular
 * expression's source) matches the text of `selector`. Both times are the page's own.
 */
export function timeUntilText(
  page: Page,
  selector: string,
  done: string,
  action: 'click-save' | 'click-export' | 'click-add',
): Promise<number> {
  return withTimeout(
    timeUntilTextInPage(page, selector, done, action),
    `${action}: ${selector} never matched /${done}/`,
  );
}

function timeUntilTextInPage(
  page: Page,
  selector: string,
  done: string,
  action: 'click-save' | 'click-export' | 'click-add',
): Promise<number> {
  return page.evaluate(
    ([selector, done, action]) =>
      new Promise<number>((resolve, reject) => {
        const target = () => document.querySelector(selector);
        const pattern = new RegExp(done);
        let started = 0;
        const check = () => {
          if (pattern.test(target()?.textContent ?? '')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const buttons = [...document.querySelectorAll('button')];
        const button =
          action === 'click-save'
            ? buttons.find((b) => b.textContent?.trim() === 'Save')
            : action === 'click-export'
              ? document.querySelector<HTMLButtonElement>('.actions button.primary')
              : buttons.find((b) => b.textContent?.trim() === 'Add new records');
        if (!button) {
          reject(new Error(`No button for ${action}`));
          return;
        }
        started = performance.now();
        button.click();
      }),
    [selector, done, action] as const,
  );
}

/** A figure that never comes stops the run with a reason, instead of hanging it. */
function withTimeout<T>(promise: Promise<T>, reason: string, ms = 30_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms / 1000} s: ${reason}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
