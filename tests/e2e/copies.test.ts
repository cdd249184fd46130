import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { blockingViolations } from './support/axe-audit';
import { useExtensionSession } from './support/extension-session';
import { seedEntries } from './support/seed-entries';

const FIXTURE_3 = readFileSync(new URL('../fixtures/backup/format-1-schema-3.json', import.meta.url), 'utf8');
const FIXTURE_1 = readFileSync(new URL('../fixtures/backup/format-1-schema-1.json', import.meta.url), 'utf8');

type StoredLog = Record<string, { id: string }[]>;

/**
 * Every record of every store of a database, read with plain IndexedDB (not through Latitude's
 * code), each store sorted by id.
 */
function readDatabase(page: Page, name: string): Promise<StoredLog> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    const stores = [...db.objectStoreNames];
    const log: Record<string, { id: string }[]> = {};
    const transaction = db.transaction(stores, 'readonly');
    await Promise.all(
      stores.map(
        (store) =>
          new Promise<void>((resolve, reject) => {
            const read = transaction.objectStore(store).getAll();
            read.onerror = () => reject(read.error);
            read.onsuccess = () => {
              log[store] = (read.result as { id: string }[]).sort((a, b) => String(a.id).localeCompare(String(b.id)));
              resolve();
            };
          }),
      ),
    );
    db.close();
    return log;
  }, name);
}

// Replace keeps a copy of the log on the device first; Restore brings that log back exactly.
describe('copies kept on this device', () => {
  const session = useExtensionSession();

  async function openSettings(): Promise<Page> {
    const page = await session().context.newPage();
    await page.goto(session().url('options.html'));
    await page.getByRole('heading', { level: 1, name: 'Latitude settings' }).waitFor();
    return page;
  }

  async function chooseBackup(page: Page, name: string, text: string) {
    await page
      .getByLabel('Import backup')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('heading', { name: 'What this import would do' }).waitFor();
  }

  test('Replace everything, then Restore the copy: the previous log is back, record for record', async () => {
    // A log made through the real surfaces, plus every other table from a backup.
    await seedEntries(session());
    const page = await openSettings();
    await chooseBackup(page, 'roles-and-people.json', FIXTURE_3);
    await page.getByRole('button', { name: 'Add new records' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported: 20 records added/ })
      .waitFor();
    const previous = await readDatabase(page, 'latitude');
    expect(Object.fromEntries(Object.entries(previous).map(([store, records]) => [store, records.length]))).toEqual({
      entries: 13,
      people: 2,
      conversations: 2,
      actionItems: 2,
      areas: 2,
      roles: 3,
    });

    const copies = page.getByRole('region', { name: 'Copies kept on this device' });
    await copies.getByText(/No copies yet/).waitFor();

    await chooseBackup(page, 'another-log.json', FIXTURE_1);
    await page.getByRole('button', { name: 'Replace everything…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Replace your whole log?' });
    await confirm.getByText(/A copy of your current log is kept on this device first/).waitFor();
    await confirm.getByRole('button', { name: 'Keep a copy and replace everything' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Replaced: your log now holds the 13 records of the backup/ })
      .waitFor();
    const replaced = await readDatabase(page, 'latitude');
    expect(replaced.entries).toHaveLength(7);
    expect(replaced.roles).toEqual([]);

    const item = copies.getByRole('listitem');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toMatch(
      /taken before a replace 13 entries, 2 people, 2 conversations, 2 action items, 2 own areas, 3 roles · \d+(\.\d)? kB/,
    );
    mkdirSync('tests/e2e/artifacts', { recursive: true });
    await copies.screenshot({ path: 'tests/e2e/artifacts/copies-settings.png' });

    await item.getByRole('button', { name: 'Restore' }).click();
    const restore = copies.getByRole('alertdialog', { name: /^Restore the copy of / });
    await restore.getByText(/Your log \(13 records\) is replaced by this copy \(13 entries, 2 people/).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await blockingViolations(page), colorScheme).toEqual([]);
      await copies.screenshot({ path: `tests/e2e/artifacts/copies-settings-restore-${colorScheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await restore.getByRole('button', { name: 'Restore this copy' }).click();
    await copies
      .getByRole('status')
      .filter({ hasText: /^Restored: your log is again as it was on .* \(24 records\)/ })
      .waitFor();

    expect(await readDatabase(page, 'latitude')).toEqual(previous);

    // The restore kept a copy of the log it replaced, newest first, so it too can be undone.
    await expect.poll(() => item.count()).toBe(2);
    expect(await item.first().textContent()).toMatch(
      /taken before a restore 7 entries, 2 people, 2 conversations, 2 action items ·/,
    );
    await copies.screenshot({ path: 'tests/e2e/artifacts/copies-settings-after-restore.png' });
    const kept = await readDatabase(page, 'latitude-copies');
    expect(kept.copies).toHaveLength(2);
    expect(kept.files).toHaveLength(2);

    // Download gives the copy as a backup file, which imports like any other.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.first().getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^latitude-copy-before-restore-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file).toMatchObject({ format: 'latitude-backup', formatVersion: 1, counts: { entries: 7, roles: 0 } });
    await page.close();
  });
});
