import type { BrowserContext } from 'playwright-core';
import { SEARCH_MEASURE } from '../../src/browser/storage-keys';

const QUERIES = ['billing', 'runbook', 'Ana Moreno', 'design review', 'postmortem', 'on-call', 'talk'];
/** The results are taken as complete once the page has not changed for this long. */
const QUIET_MS = 300;

export interface SearchSamples {
  /** The query itself in the page: ranking and filtering 10,000 entries (User Timing). */
  queryMs: number[];
  /** Typing a query to the last change of the page it caused, debounce and rendering included. */
  shownMs: number[];
}

/**
 * Types queries into the log page's "Search" box and times each twice: the query as the page
 * measured it, and input to the last change of the page. `undefined` when there is no such box.
 */
export async function measureSearch(
  context: BrowserContext,
  logUrl: string,
  warmUp: number,
  runs: number,
): Promise<SearchSamples | undefined> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(logUrl);
    await page.locator('section[aria-label="Entries"] li.log-entry').first().waitFor();
    const box = page.getByRole('searchbox', { name: 'Search' });
    if ((await box.count()) === 0) return undefined;
    const samples: SearchSamples = { queryMs: [], shownMs: [] };
    const settle = async () => {
      await page.evaluate(
        (quiet) =>
          new Promise<void>((resolve) => {
            let last = performance.now();
            const observer = new MutationObserver(() => (last = performance.now()));
            observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
            const check = () => {
              if (performance.now() - last >= quiet) {
                observer.disconnect();
                resolve();
              } else setTimeout(check, 20);
            };
            check();
          }),
        QUIET_MS,
      );
    };
    for (let i = 0; i < warmUp + runs; i++) {
      await page.evaluate(() => {
        const w = window as { inputAt?: number; lastChange?: number };
        w.inputAt = undefined;
        w.lastChange = undefined;
        performance.clearMeasures();
        document.addEventListener('input', () => (w.inputAt ??= performance.now()), { capture: true, once: true });
        new MutationObserver(() => (w.lastChange = performance.now())).observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
      await box.fill(QUERIES[i % QUERIES.length]!);
      // The first query waits for the index, built in idle time once the box is used: wait for a
      // query to have run (the page can sit quiet meanwhile), then for the page to settle.
      await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, SEARCH_MEASURE, {
        timeout: 60_000,
      });
      await settle();
      const [queryMs, shownMs] = await page.evaluate((name) => {
        const w = window as { inputAt?: number; lastChange?: number };
        // Every run of the query this input caused (a view may ask more than once).
        const query = performance.getEntriesByName(name, 'measure').reduce((sum, m) => sum + m.duration, 0);
        return [query, (w.lastChange ?? w.inputAt!) - w.inputAt!];
      }, SEARCH_MEASURE);
      if (queryMs === 0) throw new Error(`No "${SEARCH_MEASURE}" measure: the search ran no query`);
      if (i >= warmUp) {
        samples.queryMs.push(queryMs);
        samples.shownMs.push(shownMs);
      }
      await box.fill('');
      await settle();
    }
    return samples;
  } finally {
    await page.close();
  }
}
