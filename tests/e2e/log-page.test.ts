import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { useExtensionSession } from './support/extension-session';
import { readStoredEntries } from './support/stored-entries';
import { SOON } from './support/wait';

// The log page as the UI contract (docs/design.md) describes it: search, edit in place, delete and Undo.
describe('log page', () => {
  const session = useExtensionSession();

  test('searches, edits an entry, deletes it and brings it back with Undo', async () => {
    const popup = await PopupPage.open(session());
    for (const text of [
      'Shipped the billing migration with zero downtime',
      'Ran the <script>alert(1)</script> security workshop for new hires',
    ]) {
      await popup.capture({ text, tags: 'q2' });
      await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    }
    await popup.close();

    const log = await LogPage.open(session());
    await log.entry('billing migration').waitFor();

    // Search: a prefix with a typo-free start, highlighted as text, and the query in the URL.
    await log.search.fill('migr');
    await expect.poll(() => log.entryTexts(), SOON).toEqual(['Shipped the billing migration with zero downtime']);
    expect(await log.entry('billing').locator('mark').allTextContents()).toEqual(['migration']);
    expect(new URL(log.page.url()).searchParams.get('q')).toBe('migr');
    await log.search.fill('scrpt'); // a typo, and the word sits in markup
    await expect
      .poll(() => log.entryTexts(), SOON)
      .toEqual(['Ran the <script>alert(1)</script> security workshop for new hires']);
    expect(await log.injectedScriptRan()).toBe(false);
    await log.search.fill('');

    // Edit in place: a refused value stays and says why, then a good one is saved.
    await log.entry('billing migration').getByRole('button', { name: 'Edit' }).click();
    // While edited, the text is in a text box (not the item's text), so the form is the handle.
    const editor = log.page.getByRole('form', { name: 'Edit entry' });
    const text = editor.getByRole('textbox', { name: 'Entry text' });
    await text.fill('  ');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByRole('alert').filter({ hasText: 'Write something first' }).waitFor();
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await text.inputValue()).toBe('  ');
    await text.fill('Shipped the billing migration two weeks early');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await log.entry('two weeks early').waitFor();

    // Delete, then Undo.
    await log.entry('two weeks early').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => log.entry('two weeks early').count(), SOON).toBe(0);
    const deleted = (await readStoredEntries(log.page)).find((entry) => entry.text.includes('two weeks early'));
    expect(deleted?.deletedAt).toEqual(expect.any(String));
    await log.undo.click();
    await log.entry('two weeks early').waitFor();
    const restored = (await readStoredEntries(log.page)).find((entry) => entry.text.includes('two weeks early'));
    expect(restored?.deletedAt).toBeUndefined();
    await log.close();
  });
});
