import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { useExtensionSession } from './support/extension-session';
import { readStoredEntries } from './support/stored-entries';
import { SOON } from './support/wait';

// Quick capture in the popup, as the UI contract (docs/design.md) describes it.
describe('popup capture', () => {
  const session = useExtensionSession();

  test('offers the capture controls by role and name', async () => {
    const popup = await PopupPage.open(session());
    for (const kind of ['Win', 'Feedback', 'Talent'] as const) {
      expect(await popup.kindOption(kind).count()).toBe(1);
    }
    expect(await popup.kindOption('Win').isChecked()).toBe(true);
    await popup.tags.waitFor();
    await popup.save.waitFor();
    // The text box has focus on opening, so one can type at once.
    await expect.poll(() => popup.hasFocus(popup.entryText), SOON).toBe(true);
    await popup.close();
  });

  test('saving a win says "Saved" and shows it under Recent and in the log', async () => {
    const popup = await PopupPage.open(session());
    const text = 'Shipped the billing migration with zero downtime';

    await popup.capture({ kind: 'Win', text, tags: 'billing, #migration' });

    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.entry(text).waitFor();
    expect(await popup.entryText.inputValue()).toBe('');
    const log = await LogPage.open(session());
    const item = log.entry(text);
    await item.waitFor();
    expect(await item.getByText('Win', { exact: true }).count()).toBe(1);
    expect(await item.getByRole('listitem').allTextContents()).toEqual(['#billing', '#migration']);
    await Promise.all([popup.close(), log.close()]);
  });

  test('Ctrl+Enter saves from the text box', async () => {
    const popup = await PopupPage.open(session());
    await popup.kindOption('Talent').check();
    await popup.entryText.fill('Explaining hard things simply');

    await popup.entryText.press('Control+Enter');

    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.entry('Explaining hard things simply').getByText('Talent', { exact: true }).waitFor();
    await popup.close();
  });

  test('blank text is refused at the text box and nothing is saved', async () => {
    const popup = await PopupPage.open(session());
    const before = await readStoredEntries(popup.page);

    await popup.capture({ text: '   \n  ' });

    await expect.poll(() => popup.entryText.getAttribute('aria-invalid'), SOON).toBe('true');
    expect(await popup.alerts.allTextContents()).toEqual(['Write something first: the entry is empty.']);
    expect(await popup.description(popup.entryText)).toBe('Write something first: the entry is empty.');
    expect(await popup.status.textContent()).toBe('');
    expect(await readStoredEntries(popup.page)).toEqual(before);
    await popup.close();
  });

  test('text over 10,000 characters is refused and what was typed stays', async () => {
    const popup = await PopupPage.open(session());
    const before = await readStoredEntries(popup.page);
    const tooLong = 'a'.repeat(10_001);

    await popup.capture({ text: tooLong });

    await expect.poll(() => popup.entryText.getAttribute('aria-invalid'), SOON).toBe('true');
    expect(await popup.alerts.allTextContents()).toEqual(['Keep it to 10,000 characters at most.']);
    expect(await popup.entryText.inputValue()).toBe(tooLong);
    expect(await readStoredEntries(popup.page)).toEqual(before);
    await popup.close();
  });

  test('exactly 10,000 characters is accepted', async () => {
    const popup = await PopupPage.open(session());
    const longest = `${'b'.repeat(9_999)}!`;

    await popup.capture({ text: longest });

    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    const stored = await readStoredEntries(popup.page);
    expect(stored.some((entry) => entry.text === longest)).toBe(true);
    await popup.close();
  });

  test('21 tags are refused at the Tags field, and fixing them saves', async () => {
    const popup = await PopupPage.open(session());
    const before = await readStoredEntries(popup.page);
    const text = 'Ran the incident review for the payments outage';
    const tags = Array.from({ length: 21 }, (_, i) => `tag${i + 1}`).join(', ');

    await popup.capture({ text, tags });

    await expect.poll(() => popup.tags.getAttribute('aria-invalid'), SOON).toBe('true');
    expect(await popup.description(popup.tags)).toBe('Use at most 20 tags.');
    expect(await popup.entryText.getAttribute('aria-invalid')).toBe('false');
    await expect.poll(() => popup.hasFocus(popup.tags), SOON).toBe(true);
    expect(await readStoredEntries(popup.page)).toEqual(before);

    // Nothing typed was lost: drop one tag and save.
    expect(await popup.entryText.inputValue()).toBe(text);
    await popup.tags.fill(tags.replace(', tag21', ''));
    await popup.save.click();
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    expect(await popup.tags.getAttribute('aria-invalid')).toBe('false');
    await popup.close();
  });

  test('a 41-character tag is refused at the Tags field', async () => {
    const popup = await PopupPage.open(session());
    const before = await readStoredEntries(popup.page);

    await popup.capture({ text: 'Paired with the new hire on the importer', tags: `mentoring, ${'x'.repeat(41)}` });

    await expect.poll(() => popup.tags.getAttribute('aria-invalid'), SOON).toBe('true');
    expect(await popup.description(popup.tags)).toBe('Tag 2: A tag has at most 40 characters.');
    expect(await readStoredEntries(popup.page)).toEqual(before);

    await popup.tags.fill(`mentoring, ${'x'.repeat(40)}`);
    await popup.save.click();
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.close();
  });

  test('the draft survives closing the popup and is cleared by a save', async () => {
    const first = await PopupPage.open(session());
    await first.kindOption('Feedback').check();
    await first.entryText.fill('Half-written: Dana said the RFC');
    await first.tags.fill('rfc');
    await first.close();

    const second = await PopupPage.open(session());
    expect(await second.entryText.inputValue()).toBe('Half-written: Dana said the RFC');
    expect(await second.tags.inputValue()).toBe('rfc');
    expect(await second.kindOption('Feedback').isChecked()).toBe(true);
    await second.entryText.fill('Dana said the RFC was the clearest this year');
    await second.save.click();
    await expect.poll(() => second.status.textContent(), SOON).toBe('Saved');
    await second.close();

    const third = await PopupPage.open(session());
    expect(await third.entryText.inputValue()).toBe('');
    expect(await third.tags.inputValue()).toBe('');
    await third.close();
  });
});
