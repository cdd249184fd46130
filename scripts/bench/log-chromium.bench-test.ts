// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Page } from 'playwright-core';
import { generateEntries } from './log-data';

/**
 * The log page at 10,000 entries in a real Chromium, with the built extension (`npx wxt build`
 * first): time from navigation to the first entries on screen, building the search index, and the
 * longest task on the main thread while typing a search. Prints figures; asserts nothing on time.
 */
const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const COUNT = Number(process.env.LOG_BENCH_COUNT ?? 10_000);

it(`prints the log page's figures in Chromium with ${COUNT} entries`, async () => {
  const profile = mkdtempSync(join(tmpdir(), 'latitude-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const logUrl = `chrome-extension://${new URL(worker.url()).host}/log.html`;
    const page = await context.newPage();
    if (process.env.LOG_BENCH_DIAGNOSTICS) page.on('console', (m) => m.text().startsWith('T') && console.log(m.text()));
    await page.goto(logUrl);
    await page.getByRole('heading', { name: 'Nothing logged yet' }).waitFor();

    const entries = generateEntries(COUNT);
    const seed = (rows: typeof entries) =>
      page.evaluate(async (rows) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('latitude');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('entries', 'readwrite');
          for (const row of rows) tx.objectStore('entries').put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      }, rows);

    // First screen: from navigation start to the first entry in the DOM, and to it painted.
    await page.addInitScript(() => {
      const w = window as unknown as { loadTasks: number[] };
      w.loadTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.loadTasks.push(Math.round(entry.startTime), Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
      const mark = () => {
        if (document.querySelector('li.log-entry')) {
          (window as unknown as { firstEntryAt: number }).firstEntryAt = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(mark);
      observer.observe(document, { childList: true, subtree: true });
    });
    const measureFirstScreen = async (label: string) => {
      const firstScreen: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        await page.reload();
        await page.locator('li.log-entry').first().waitFor();
        firstScreen.push(await page.evaluate(() => (window as unknown as { firstEntryAt: number }).firstEntryAt));
        if (i >= 6 && process.env.LOG_BENCH_DIAGNOSTICS) {
          console.log(
            'diagnostics',
            JSON.stringify(
              await page.evaluate(() => {
                const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
                return {
                  domInteractive: Math.round(nav.domInteractive),
                  domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
                  scripts: performance
                    .getEntriesByType('resource')
                    .map(
                      (r) =>
                        `${r.name.split('/').pop()} ${Math.round(r.startTime)}-${Math.round(r.startTime + r.duration)}`,
                    ),
                  longTasks: (window as unknown as { loadTasks: number[] }).loadTasks,
                  firstEntryAt: (window as unknown as { firstEntryAt: number }).firstEntryAt,
                };
              }),
            ),
          );
        }
      }
      console.log(`Chromium, ${label}: navigation to first entries on screen: ${summary(firstScreen)}`);
    };
    await seed(entries.slice(0, 10).map((entry) => ({ ...entry, deletedAt: undefined })));
    await measureFirstScreen('10 entries');
    await seed(entries.slice(10));
    await page.reload(); // purges the generated tombstones older than 30 days
    await page.waitForTimeout(3000);
    await measureFirstScreen(`${COUNT} entries`);

    // Filters: from the change to a list showing only matching entries, timed inside the page.
    await page.locator('#filter-tag option[value="billing"]').waitFor({ state: 'attached' });
    for (const [id, value, mark] of [
      ['filter-kind', 'feedback', 'entry-feedback'],
      ['filter-tag', 'billing', '#billing'],
    ] as const) {
      const ms = await page.evaluate(
        ({ id, value, mark }) =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            const matches = () => {
              const items = [...document.querySelectorAll('li.log-entry')];
              return (
                items.length > 0 && items.every((li) => li.classList.contains(mark) || li.textContent!.includes(mark))
              );
            };
            const observer = new MutationObserver(() => {
              if (!matches()) return;
              observer.disconnect();
              resolve(performance.now() - start);
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            const select = document.getElementById(id) as HTMLSelectElement;
            select.value = value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        { id, value, mark },
      );
      console.log(`Chromium: filter ${id.slice(7)}=${value}, change to matching list shown: ${ms.toFixed(0)} ms`);
      await page.goto(logUrl);
      await page.locator('#filter-tag option[value="billing"]').waitFor({ state: 'attached' });
    }
    await page.goto(logUrl);
    await page.locator('li.log-entry').first().waitFor();

    // Search: long tasks on the main thread while the index builds and while typing.
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.longTasks.push(entry.duration);
          console.log(
            'TLONG',
            Math.round(entry.startTime),
            Math.round(entry.duration),
            document.querySelector('[role=status].muted')?.textContent ?? '-',
          );
        }
      }).observe({ type: 'longtask' });
    });
    const box = page.getByRole('searchbox', { name: 'Search' });
    const buildStart = await page.evaluate(() => performance.now());
    await box.focus();
    await box.pressSequentially('migration rev', { delay: 40 });
    await page.getByRole('list', { name: 'Search results' }).waitFor({ timeout: 60_000 });
    const buildEnd = await page.evaluate(() => performance.now());
    console.log(
      `Chromium: focus, type "migration rev" (40 ms between keys) to first results: ${(buildEnd - buildStart).toFixed(0)} ms (includes building the index)`,
    );
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.log(
      `Chromium: long tasks (>50 ms) while indexing and typing: ${longTasks.length}${longTasks.length ? `, longest ${Math.max(...longTasks).toFixed(0)} ms` : ''}`,
    );

    // Keystroke to results, once the index is ready: type one more letter, wait for the list.
    const keystrokes: number[] = [];
    for (const query of ['billing', 'design review', 'mentorng', 'on-call', 'petrovic', 'incident']) {
      await box.fill('');
      const start = await page.evaluate(() => performance.now());
      await box.fill(query);
      await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
      await page.waitForFunction(() => !document.querySelector('[role=status].muted'));
      keystrokes.push((await page.evaluate(() => performance.now())) - start);
    }
    console.log(
      `Chromium: typed query to results shown (includes the 150 ms pause that ends typing): ${summary(keystrokes)}`,
    );

    // Accessibility of each view, with an entry open for editing and entries selected.
    await page.locator('li.log-entry').first().getByRole('button', { name: 'Edit' }).click();
    await page.locator('li.log-entry').nth(1).getByRole('checkbox', { name: 'Select' }).check();
    console.log(`axe, log.html (search, editor, bulk bar): ${await axeFindings(page)}`);
    for (const hash of ['#/people', '#/tags']) {
      await page.goto(`${logUrl}${hash}`);
      await page.locator('li').first().waitFor();
      console.log(`axe, log.html${hash}: ${await axeFindings(page)}`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings, one line each, or "none". */
async function axeFindings(page: Page): Promise<string> {
  await page.evaluate(axeSource);
  const findings = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: Document,
        ): Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id} at ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
  return findings.length ? findings.join('; ') : 'no serious or critical findings';
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${sorted[sorted.length >> 1]!.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (n=${sorted.length})`;
}
