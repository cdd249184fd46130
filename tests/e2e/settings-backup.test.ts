import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { useExtensionSession } from './support/extension-session';
import { SOON } from './support/wait';

const FIXTURE = readFileSync(new URL('../fixtures/backup/format-1-schema-1.json', import.meta.url), 'utf8');
const FIXTURE_WIN = 'Shipped the billing migration without downtime';

// Data safety from the settings page: a backup goes out, a bad file changes nothing, a good one is
// added once.
describe('settings: backup and import', () => {
  const session = useExtensionSession();

  async function openSettings(): Promise<Page> {
    const page = await session().context.newPage();
    await page.goto(session().url('options.html'));
    await page.getByRole('heading', { level: 1, name: 'Latitude settings' }).waitFor();
    return page;
  }

  async function chooseBackup(page: Page, name: string, text: string) {
    await page.getByLabel('Import backup').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }

  async function logTexts(): Promise<string[]> {
    const log = await LogPage.open(session());
    // The log renders after its first query; an empty log shows its teaching state instead.
    await log.page
      .getByRole('region', { name: 'Entries' })
      .or(log.page.getByRole('heading', { name: 'Nothing logged yet' }))
      .first()
      .waitFor();
    const texts = await log.page.getByRole('listitem').allTextContents();
    await log.close();
    return texts;
  }

  test('exports every record as a versioned, checksummed backup', async () => {
    const popup = await PopupPage.open(session());
    await popup.capture({ text: 'Mentored two new hires through their first incident' });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.close();

    const page = await openSettings();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(backup).toMatchObject({ format: 'latitude-backup', formatVersion: 1, schemaVersion: expect.any(Number) });
    expect(backup.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(backup.counts.entries).toBe(1);
    expect(backup.data.entries[0].text).toBe('Mentored two new hires through their first incident');
    await page.close();
  });

  test('refuses a file with one bad record, naming it, and leaves the log unchanged', async () => {
    const before = await logTexts();
    const damaged = JSON.parse(FIXTURE);
    damaged.data.entries[2].energy = 7;
    const page = await openSettings();
    await chooseBackup(page, 'edited.json', JSON.stringify(damaged, null, 2));

    // The checksum no longer matches: said plainly, and the user may go on.
    await page
      .getByRole('alert')
      .filter({ hasText: /edited|changed|checksum/i })
      .waitFor();
    await page.getByRole('button', { name: 'Import anyway' }).click();

    const refusal = page.getByRole('alert').filter({ hasText: damaged.data.entries[2].id });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/energy/);
    expect(await logTexts()).toEqual(before);
    await page.close();
  });

  test('adds a valid backup after a dry run, and a second import adds nothing', async () => {
    const page = await openSettings();
    await chooseBackup(page, 'backup.json', FIXTURE);
    await page.getByRole('heading', { name: 'What this import would do' }).waitFor();
    await page.getByRole('status').filter({ hasText: '13 records new, 0 identical, 0 conflicting' }).waitFor();
    await page.getByRole('button', { name: 'Add new records' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported: 13 records added/ })
      .waitFor();

    expect((await logTexts()).some((text) => text.includes(FIXTURE_WIN))).toBe(true);
    const afterFirst = await logTexts();

    await chooseBackup(page, 'backup.json', FIXTURE);
    await page.getByText('Nothing new to add').waitFor();
    expect(await page.getByRole('button', { name: 'Add new records' }).count()).toBe(0);
    expect(await logTexts()).toEqual(afterFirst);
    await page.close();
  });
});
