import { readEntriesInPage } from '../e2e/support/stored-entries';
import { SOON } from '../e2e/support/wait';
import { FirefoxLogPage } from './pages/log-page';
import { FirefoxPopupPage } from './pages/popup-page';
import { all, byRole, fill, textOf } from './support/dom';
import { useFirefoxSession } from './support/firefox-session';

// The log page in Firefox: search as you type (prefix, typo, markup kept as text), Delete and Undo.
describe('log page in Firefox', () => {
  const session = useFirefoxSession();

  test('searches, deletes an entry and brings it back with Undo', async () => {
    const popup = await FirefoxPopupPage.open(session());
    for (const text of [
      'Shipped the billing migration with zero downtime',
      'Ran the <script>alert(1)</script> security workshop for new hires',
    ]) {
      await popup.capture({ text, tags: 'q2' });
      await expect.poll(() => popup.statusText(), SOON).toBe('Saved');
      await popup.entry(text);
    }
    await popup.close();

    const log = await FirefoxLogPage.open(session());
    await log.entry('billing migration');
    const search = await log.search();

    await fill(search, 'migr');
    await expect.poll(() => log.entryTexts(), SOON).toEqual(['Shipped the billing migration with zero downtime']);
    const marks = await all(await log.entry('billing'), 'mark');
    expect(await Promise.all(marks.map(textOf))).toEqual(['migration']);
    expect(new URL(await log.page.evaluate(() => location.href)).searchParams.get('q')).toBe('migr');
    await fill(search, 'scrpt'); // a typo, and the word sits in markup
    await expect
      .poll(() => log.entryTexts(), SOON)
      .toEqual(['Ran the <script>alert(1)</script> security workshop for new hires']);
    expect(await log.page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await fill(search, '');
    await expect.poll(() => log.entryTexts().then((texts) => texts.length), SOON).toBe(2);

    await (await (await log.entry('billing migration')).$(byRole('button', 'Delete')))!.click();
    await expect.poll(() => log.entryCount('billing migration'), SOON).toBe(0);
    const deleted = (await log.page.evaluate(readEntriesInPage)).find((entry) =>
      entry.text.includes('billing migration'),
    );
    expect(deleted?.deletedAt).toEqual(expect.any(String));

    await (await log.undo()).click();
    await log.entry('billing migration');
    const restored = (await log.page.evaluate(readEntriesInPage)).find((entry) =>
      entry.text.includes('billing migration'),
    );
    expect(restored?.deletedAt).toBeUndefined();
    await log.close();
  });
});
