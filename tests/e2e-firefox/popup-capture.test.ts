import { readEntriesInPage } from '../e2e/support/stored-entries';
import { SOON } from '../e2e/support/wait';
import { FirefoxLogPage } from './pages/log-page';
import { FirefoxPopupPage } from './pages/popup-page';
import { all, byRole, fill, textOf } from './support/dom';
import { useFirefoxSession } from './support/firefox-session';

// Quick capture in the popup, in Firefox: the flows of tests/e2e/popup-capture.test.ts that
// matter most, against the Firefox build.
describe('popup capture in Firefox', () => {
  const session = useFirefoxSession();

  test('saving a win says "Saved" and shows it under Recent and in the log', async () => {
    const popup = await FirefoxPopupPage.open(session());
    const text = 'Shipped the billing migration with zero downtime';

    await popup.capture({ kind: 'Win', text, tags: 'billing, #migration' });

    await expect.poll(() => popup.statusText(), SOON).toBe('Saved');
    await popup.entry(text);
    expect(await (await popup.entryText()).evaluate((node) => (node as HTMLTextAreaElement).value)).toBe('');
    const log = await FirefoxLogPage.open(session());
    const item = await log.entry(text);
    expect(await Promise.all((await all(item, byRole('listitem'))).map(textOf))).toEqual(['#billing', '#migration']);
    expect(await textOf(item)).toContain('Win');
    await Promise.all([popup.close(), log.close()]);
  });

  test('Ctrl+Enter saves a talent note from the text box', async () => {
    const popup = await FirefoxPopupPage.open(session());
    await (await popup.kindOption('Talent')).click();
    const field = await popup.entryText();
    await fill(field, 'Explaining hard things simply');

    await popup.page.keyboard.down('Control');
    await popup.page.keyboard.press('Enter');
    await popup.page.keyboard.up('Control');

    await expect.poll(() => popup.statusText(), SOON).toBe('Saved');
    expect(await textOf(await popup.entry('Explaining hard things simply'))).toContain('Talent');
    await popup.close();
  });

  test('blank text is refused with an alert and nothing is saved', async () => {
    const popup = await FirefoxPopupPage.open(session());
    const before = await popup.page.evaluate(readEntriesInPage);

    await popup.capture({ text: '   ' });

    await expect.poll(() => popup.alertTexts(), SOON).toEqual(['Write something first: the entry is empty.']);
    expect(await (await popup.entryText()).evaluate((node) => node.getAttribute('aria-invalid'))).toBe('true');
    expect(await popup.statusText()).toBe('');
    expect(await popup.page.evaluate(readEntriesInPage)).toEqual(before);
    await popup.close();
  });
});
