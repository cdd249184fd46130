import type { BrowserContext } from 'playwright-core';

const QUERIES = ['billing', 'runbook', 'Ana Moreno', 'design review', 'postmortem', 'on-call', 'talk'];
/** The results are taken as complete once the page has not changed for this long. */
const QUIET_MS = 300;

/**
 * Time from typing a query into the log page's "Search" box to the last change of the page it
 * caused (so a debounce, if any, is counted). `undefined` when the log page has no such box yet.
 */
export async function measureSearch(context: BrowserContext, logUrl: string, warmUp: number, runs: number): Promise<number[] | undefined> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(logUrl);
    await page.locator('section[aria-label="Entries"] li.log-entry').first().waitFor();
    const box = page.getByRole('searchbox', { name: 'Search' });
    if ((await box.count()) === 0) return undefined;
    const samples: number[] = [];
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
        document.addEventListener('input', () => (w.inputAt ??= performance.now()), { capture: true, once: true });
        new MutationObserver(() => (w.lastChange = performance.now())).observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
      await box.fill(QUERIES[i % QUERIES.length]!);
      await settle();
      const elapsed = await page.evaluate(() => {
        const w = window as { inputAt?: number; lastChange?: number };
        return (w.lastChange ?? w.inputAt!) - w.inputAt!;
      });
      if (i >= warmUp) samples.push(elapsed);
      await box.fill('');
      await settle();
    }
    return samples;
  } finally {
    await page.close();
  }
}
