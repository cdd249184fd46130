import type { BrowserContext } from 'playwright-core';
import { installFloorStore } from './floor-store';
import { timeUntilText } from './probes';

export interface CaptureSamples {
  /** Click on Save to "Saved" in the popup: validated, written and committed (strict durability). */
  captureMs: number[];
  /** A bare IndexedDB put of the same record, same indexes and durability, in the same page. */
  barePutMs: number[];
}

/**
 * Captures `warmUp + runs` wins in the popup page and, after each, puts the record it stored into a
 * scratch database with the same key path and indexes, so the two figures come in pairs.
 */
export async function measureCapture(context: BrowserContext, popupUrl: string, warmUp: number, runs: number): Promise<CaptureSamples> {
  const page = await context.newPage();
  const samples: CaptureSamples = { captureMs: [], barePutMs: [] };
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
      const barePutMs = await page.evaluate(async (words) => {
        const latitude = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('latitude');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const all = await new Promise<{ id: string; text: string }[]>((resolve, reject) => {
          const read = latitude.transaction('entries').objectStore('entries').getAll();
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        });
        latitude.close();
        const record = all.find((entry) => entry.text === words);
        if (!record) throw new Error('The capture is not in the database');
        const floor = await window.__openFloorStore!('bench-floor');
        const copy = { ...record, id: crypto.randomUUID() };
        const started = performance.now();
        const tx = floor.transaction('entries', 'readwrite', { durability: 'strict' });
        tx.objectStore('entries').put(copy);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        const elapsed = performance.now() - started;
        floor.close();
        return elapsed;
      }, words);
      if (i >= warmUp) {
        samples.captureMs.push(captureMs);
        samples.barePutMs.push(barePutMs);
      }
    }
    return samples;
  } finally {
    await page.close();
  }
}
