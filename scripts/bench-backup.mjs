// Measures backup export and import of 10,000 entries in Chromium, through the settings page of
// the built extension, as a user would: click "Export backup" until the file is saved; choose the
// file until the dry run shows; click "Add new records" until "Imported". Prints the times; it
// asserts nothing (DESIGN.md: budgets are measured, not timed in tests).
//
//   npx wxt build && node scripts/bench-backup.mjs [entries]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const COUNT = Number(process.argv[2] ?? 10_000);
const extension = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'latitude-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox'],
  acceptDownloads: true,
});

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.getByRole('button', { name: 'Export backup' }).waitFor();

  // The records, made in the page so that nothing crosses the wire during timing.
  await page.evaluate((count) => {
    const areas = ['coding', 'leading-teams', 'teaching', 'debugging'];
    globalThis.benchRecords = Array.from({ length: count }, (_, i) => {
      const day = new Date(Date.UTC(2022, 0, 1) + i * 3_600_000 * 5);
      return {
        id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
        createdAt: day.toISOString(),
        updatedAt: day.toISOString(),
        kind: i % 3 === 0 ? 'feedback' : 'win',
        ...(i % 3 === 0 ? { direction: 'received', signal: 'keep', person: 'Dana' } : { impact: 'Cut p95 latency of the billing API by 40%' }),
        text: `Entry ${i}: shipped the billing migration, wrote the runbook and walked the on-call team through it`,
        occurredOn: day.toISOString().slice(0, 10),
        tags: ['billing', `tag-${i % 50}`],
        areas: [areas[i % areas.length]],
        ...(i % 5 === 0 ? { source: { url: `https://example.com/pr/${i}`, title: `PR ${i}` } } : {}),
      };
    });
  }, COUNT);

  /** Adds every record with bare IndexedDB in one transaction, to `name` (made if needed). */
  const bareAdd = (name, durability) =>
    page.evaluate(
      async ([name, durability]) => {
        const db = await new Promise((ok, fail) => {
          const request = indexedDB.open(name);
          request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
          request.onsuccess = () => ok(request.result);
          request.onerror = () => fail(request.error);
        });
        const started = performance.now();
        const tx = db.transaction('entries', 'readwrite', { durability });
        const store = tx.objectStore('entries');
        for (const record of globalThis.benchRecords) store.add(record);
        await new Promise((ok, fail) => {
          tx.oncomplete = ok;
          tx.onerror = () => fail(tx.error);
        });
        const elapsed = performance.now() - started;
        db.close();
        return elapsed;
      },
      [name, durability],
    );
  const bareRelaxedMs = await bareAdd('bench-relaxed', 'relaxed');
  const bareStrictMs = await bareAdd('bench-strict', 'strict');
  // Seeds the log itself the same way (Dexie stores version 1 as native version 10).
  await bareAdd('latitude', 'relaxed');
  await page.reload();

  /**
   * Times are taken inside the page (performance.now), from the user's action to the text that
   * says it is done, so that the harness's own latency is not counted.
   */
  const untilText = (pattern) =>
    page.evaluate(
      (source) =>
        new Promise((resolve) => {
          const re = new RegExp(source);
          const check = () => {
            if (re.test(document.body.innerText)) {
              observer.disconnect();
              resolve(performance.now());
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          check();
        }),
      pattern.source,
    );
  const clickButton = (name) =>
    page.evaluate((name) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
      const at = performance.now();
      button.click();
      return at;
    }, name);

  const downloadStarted = page.waitForEvent('download');
  const saved = untilText(/Backup saved:/);
  const exportStart = await clickButton('Export backup');
  const exportMs = (await saved) - exportStart;
  const download = await downloadStarted;
  const file = join(profile, 'backup.json');
  await download.saveAs(file);

  // Import into an empty log.
  await page.evaluate(() => new Promise((ok, fail) => {
    const request = indexedDB.open('latitude');
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(db.objectStoreNames, 'readwrite');
      for (const name of db.objectStoreNames) tx.objectStore(name).clear();
      tx.oncomplete = () => (db.close(), ok());
      tx.onerror = () => fail(tx.error);
    };
  }));
  await page.reload();
  await page.getByRole('button', { name: 'Export backup' }).waitFor();

  await page.evaluate(() => {
    document.getElementById('import-file').addEventListener('change', () => (globalThis.chosenAt = performance.now()), { capture: true });
  });
  const dryRunShown = untilText(/What this import would do/);
  await page.getByLabel('Import backup').setInputFiles(file);
  const dryRunMs = (await dryRunShown) - (await page.evaluate(() => globalThis.chosenAt));
  const imported = untilText(/Imported:/);
  const writeStart = await clickButton('Add new records');
  const writeMs = (await imported) - writeStart;
  const stored = await page.evaluate(() => new Promise((ok) => {
    const request = indexedDB.open('latitude');
    request.onsuccess = () => {
      const count = request.result.transaction('entries').objectStore('entries').count();
      count.onsuccess = () => ok(count.result);
    };
  }));

  console.log(`Chromium ${context.browser()?.version() ?? ''}, ${COUNT} entries, backup file ${(statSync(file).size / 1e6).toFixed(1)} MB`);
  console.log(`baseline: bare IndexedDB add, relaxed:  ${bareRelaxedMs.toFixed(0)} ms`);
  console.log(`baseline: bare IndexedDB add, strict:   ${bareStrictMs.toFixed(0)} ms`);
  console.log(`export (click → "Backup saved"):       ${exportMs.toFixed(0)} ms`);
  console.log(`import: read + validate + dry run:     ${dryRunMs.toFixed(0)} ms`);
  console.log(`import: write (click → "Imported"):    ${writeMs.toFixed(0)} ms`);
  console.log(`import total:                          ${(dryRunMs + writeMs).toFixed(0)} ms (${stored} entries stored)`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
