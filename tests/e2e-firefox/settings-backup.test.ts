import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { readEntriesInPage } from '../e2e/support/stored-entries';
import { SOON } from '../e2e/support/wait';
import { FirefoxPopupPage } from './pages/popup-page';
import { byLabel, byRole, find, findWithText, textOf } from './support/dom';
import { useFirefoxSession } from './support/firefox-session';

const FIXTURE = readFileSync(new URL('../fixtures/backup/format-1-schema-1.json', import.meta.url), 'utf8');

// Data safety from the settings page in Firefox: a backup goes out as a file; a bad file is
// refused, naming the record, and changes nothing.
describe('settings in Firefox: backup and import', () => {
  const session = useFirefoxSession();

  test('exports every record as a versioned, checksummed backup', async () => {
    const popup = await FirefoxPopupPage.open(session());
    await popup.capture({ text: 'Mentored two new hires through their first incident' });
    await expect.poll(() => popup.statusText(), SOON).toBe('Saved');
    await popup.close();

    const page = await session().openPage('options.html');
    await (await find(page, byRole('button', 'Export backup'))).click();
    const backup = JSON.parse(readFileSync(await session().waitForDownload(/^latitude-backup-.*\.json$/), 'utf8'));
    expect(backup).toMatchObject({ format: 'latitude-backup', formatVersion: 1, schemaVersion: expect.any(Number) });
    expect(backup.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(backup.counts.entries).toBe(1);
    expect(backup.data.entries[0].text).toBe('Mentored two new hires through their first incident');
    await page.close();
  });

  test('refuses a file with one bad record, naming it, and leaves the log unchanged', async () => {
    const page = await session().openPage('options.html');
    const before = await page.evaluate(readEntriesInPage);
    const damaged = JSON.parse(FIXTURE);
    damaged.data.entries[2].energy = 7;
    const file = join(session().downloadsDir, 'edited.json');
    writeFileSync(file, JSON.stringify(damaged, null, 2));

    const input = (await byLabel(page, 'Import backup')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);

    // The checksum no longer matches: said plainly, and the user may go on.
    await findWithText(page, byRole('alert'), /edited|changed|checksum/i);
    await (await find(page, byRole('button', 'Import anyway'))).click();

    const refusal = await findWithText(page, byRole('alert'), damaged.data.entries[2].id);
    expect(await textOf(refusal)).toMatch(/energy/);
    expect(await page.evaluate(readEntriesInPage)).toEqual(before);
    await page.close();
  });
});
