import type { BrowserContext } from 'playwright-core';
import { installFloorStore } from './floor-store';
import { timeUntilText } from './probes';

export interface CaptureSamples {
  /** Click on Save to "Saved" in the popup: validated, written and committed (strict durability). */
  captureMs: number[];
  /** A bare IndexedDB put of the same record into an empty scratch store with the same indexes and durability, in the same page. */
  barePutMs: number[];
  /** The same bare put into Latitude's own entries store, with the log in it. */
  sameStorePutMs: number[];
}

/**
 * Captures `warmUp + runs` wins in the popup page and, after each, puts the record it stored into a
 * scratch database with the same key path and indexes, and into Latitude's own store (then removes
 * that copy), so the figures come in threes.
 */
export async function measureCapture(
  context: BrowserContext,
  popupUrl: string,
  warmUp: number,
  runs: number,
): Promise<CaptureSamples> {
  const page = await context.newPage();
  const samples: CaptureSamples = { captureMs: [], barePutMs: [], sameStorePutMs: [] };
  try {
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(popupUrl);
    const text = page.getByRole('textbox', { name: 'Entry text' });
    await text.waitFor();
    await installFloorStore(page);
    for (let i = 0; i < warmUp + runs; i++) {
      const words = `Benchmark capture ${i}: walked the on-call team through the new billing runbook`;
      await text.fill(words);
      const captureMs = await timeUntilText(page, '[role="status"]', '^Saved$', 'click-save');
      const [barePutMs, sameStorePutMs] = await page.evaluate(async (words) => {
        const request = <T>(r: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
        const timePut = async (db: IDBDatabase, record: object) => {
          const started = performance.now();
          const tx = db.transaction('entries', 'readwrite', { durability: 'strict' });
          tx.objectStore('entries').put(record);
          await new Promise((resolve, reject) => {
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error);
          });
          return performance.now() - started;
        };
        const latitude = await request(indexedDB.open('latitude'));
        const all = await request(
          latitude.transaction('entries').objectStore('entries').getAll() as IDBRequest<{ id: string; text: string }[]>,
        );
        const record = all.find((entry) => entry.text === words);
        if (!record) throw new Error('The capture is not in the database');
        const floor = await window.__openFloorStore!('bench-floor');
        const bare = await timePut(floor, { ...record, id: crypto.randomUUID() });
        floor.close();
        // The same put into Latitude's own store, which holds the log; the copy is then removed.
        const copy = { ...record, id: crypto.randomUUID() };
        const sameStore = await timePut(latitude, copy);
        await request(latitude.transaction('entries', 'readwrite').objectStore('entries').delete(copy.id));
        latitude.close();
        return [bare, sameStore];
      }, words);
      if (i >= warmUp) {
        samples.captureMs.push(captureMs);
        samples.barePutMs.push(barePutMs);
        samples.sameStorePutMs.push(sameStorePutMs);
      }
    }
    return samples;
  } finally {
    await page.close();
  }
}
