import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { timeUntilText } from './probes';
import { clearDatabase, countEntries, timeBareImport } from './seed-database';

export interface BackupSamples {
  /** Click on "Export backup" to "Backup saved: …". */
  exportMs: number[];
  /** File chosen to the dry run shown (read, validate, compare). */
  importDryRunMs: number[];
  /** Click on "Add new records" to "Imported: …". */
  importWriteMs: number[];
  /** The floor of each write, measured just before it: the same records by bare IndexedDB (`timeBareImport`). */
  bareAddMs: number[];
  fileBytes: number;
}

/**
 * Export and import through the settings page, as a user does them: each export into the log as
 * seeded; each import into an emptied log, from the file the first export saved. Leaves the log
 * as it found it (the last import puts every record back).
 */
export async function measureBackup(
  context: BrowserContext,
  optionsUrl: string,
  scratchDir: string,
  warmUp: number,
  runs: number,
): Promise<BackupSamples> {
  const page = await context.newPage();
  const samples: BackupSamples = { exportMs: [], importDryRunMs: [], importWriteMs: [], bareAddMs: [], fileBytes: 0 };
  const file = join(scratchDir, 'backup.json');
  const exportButton = page.locator('.actions button.primary', { hasText: 'Export backup' });
  try {
    const expected = await (async () => {
      await page.goto(optionsUrl);
      return countEntries(page);
    })();
    for (let i = 0; i < warmUp + runs; i++) {
      // A fresh page each time: the status line keeps the last "Backup saved".
      await page.goto(optionsUrl);
      await exportButton.waitFor();
      const download = page.waitForEvent('download');
      const exportMs = await timeUntilText(page, '.status-text', '^Backup saved:', 'click-export');
      if (i === 0) {
        await (await download).saveAs(file);
        samples.fileBytes = (await import('node:fs')).statSync(file).size;
      } else {
        await (await download).delete();
      }
      if (i >= warmUp) samples.exportMs.push(exportMs);
    }
    const { data } = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8')) as {
      data: Record<string, unknown[]>;
    };
    for (let i = 0; i < warmUp + runs; i++) {
      await clearDatabase(page);
      await page.goto(optionsUrl);
      await exportButton.waitFor();
      const bareMs = await timeBareImport(page, data);
      await page.evaluate(() => {
        const input = document.getElementById('import-file')!;
        input.addEventListener('change', () => ((window as { chosenAt?: number }).chosenAt = performance.now()), {
          capture: true,
        });
        (window as { dryRunShown?: Promise<number> }).dryRunShown = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.getElementById('dry-run-heading')) return;
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(document.body, { subtree: true, childList: true });
        });
      });
      await page.getByLabel('Import backup').setInputFiles(file);
      const dryRunMs = await page.evaluate(async () => {
        const w = window as { chosenAt?: number; dryRunShown?: Promise<number> };
        return (await w.dryRunShown!) - w.chosenAt!;
      });
      const writeMs = await timeUntilText(page, 'body', 'Imported:', 'click-add');
      if (i >= warmUp) {
        samples.importDryRunMs.push(dryRunMs);
        samples.importWriteMs.push(writeMs);
        samples.bareAddMs.push(bareMs);
      }
    }
    const stored = await countEntries(page);
    if (stored !== expected) throw new Error(`Import stored ${stored} entries, expected ${expected}`);
    return samples;
  } finally {
    await page.close();
  }
}
