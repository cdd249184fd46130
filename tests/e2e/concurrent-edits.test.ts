import { mkdirSync } from 'node:fs';
import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { blockingViolations } from './support/axe-audit';
import { useExtensionSession } from './support/extension-session';
import { upgradeFromAnotherPage } from './support/upgrade-elsewhere';
import { readStoredEntries } from './support/stored-entries';
import { SOON } from './support/wait';

// Two log tabs on one log (docs/design.md, Data safety; src/db/revisions.ts): a stale save never
// overwrites, an entry deleted in one tab keeps the other's typed text, and the editor's draft
// survives a reload. The alert is shot at 360 px wide into tests/e2e/artifacts/ for review by eye.
const ARTIFACTS = 'tests/e2e/artifacts';
const NARROW = { width: 360, height: 900 };

describe('concurrent edits on the log page', () => {
  const session = useExtensionSession();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const popup = await PopupPage.open(session());
    for (const text of ['Shipped the billing migration', 'Ran the design review', 'Mentored Alex through on-call']) {
      await popup.capture({ text, tags: 'q2' });
      await popup.status.filter({ hasText: 'Saved' }).waitFor();
    }
    await popup.close();
  });

  /**
   * What breaks the layout at this width: the page wider than the window, or a control of the
   * editor sticking out of it (the editor's tag name and label, if so).
   */
  const brokenLayout = (log: LogPage) =>
    log.editor.form.evaluate((form) => {
      const broken: string[] = [];
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
        broken.push('page wider than the window');
      const { left, right } = form.getBoundingClientRect();
      for (const element of form.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.left < left - 1 || box.right > right + 1)) {
          broken.push(`${element.tagName.toLowerCase()} ${element.id || element.textContent?.slice(0, 30)}`);
        }
      }
      return broken;
    });

  test('the second of two saves gets the alert with both versions; Save mine anyway wins, Discard mine takes theirs', async () => {
    const first = await LogPage.open(session());
    const second = await LogPage.open(session());
    await second.page.setViewportSize(NARROW);

    // Both tabs open the same entry; the first saves.
    const mine = await second.edit('Shipped the billing migration');
    await mine.text.fill('Shipped the billing migration, typed in the second tab');
    const theirs = await first.edit('Shipped the billing migration');
    await theirs.text.fill('Shipped the billing migration, saved in the first tab');
    await theirs.form.getByRole('textbox', { name: 'Tags' }).fill('q2, billing');
    await theirs.save.click();
    await first.entry('saved in the first tab').waitFor();

    // The second save is refused: the alert shows the other version, the typed text stays.
    await mine.save.click();
    const alert = mine.conflict('changed');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Shipped the billing migration, saved in the first tab');
    expect(await alert.textContent()).toContain('TagsTheirs: q2, billingYours: q2');
    expect(await mine.text.inputValue()).toBe('Shipped the billing migration, typed in the second tab');
    const stored = (await readStoredEntries(second.page)).find((entry) => entry.text.startsWith('Shipped'));
    expect(stored?.text).toBe('Shipped the billing migration, saved in the first tab');
    await alert.evaluate((element) => element.closest('section')?.scrollIntoView());
    await second.page.screenshot({ path: `${ARTIFACTS}/concurrent-edit-changed-360.png` });
    expect(await brokenLayout(second)).toEqual([]);
    expect(await blockingViolations(second.page)).toEqual([]);

    // Save mine anyway: the typed version wins, and the first tab follows.
    await mine.saveMineAnyway.click();
    await second.entry('typed in the second tab').waitFor();
    await first.entry('typed in the second tab').waitFor();
    expect((await readStoredEntries(first.page)).map((entry) => entry.text)).toContain(
      'Shipped the billing migration, typed in the second tab',
    );

    // Another round: this time the second tab saves first, and the first discards its own.
    const again = await first.edit('typed in the second tab');
    await again.text.fill('Round two, from the first tab');
    const other = await second.edit('typed in the second tab');
    await other.text.fill('Round two, from the second tab');
    await other.save.click();
    await second.entry('Round two, from the second tab').waitFor();
    await again.save.click();
    await again.conflict('changed').filter({ hasText: 'Round two, from the second tab' }).waitFor();
    await again.discardMine.click();
    await expect.poll(() => again.text.inputValue(), SOON).toBe('Round two, from the second tab');
    expect(await again.alerts.count()).toBe(0);
    await again.cancel.click();
    await first.entry('Round two, from the second tab').waitFor();

    await first.close();
    await second.close();
  });

  test('an entry deleted in one tab while edited in the other: alert, and Save mine anyway brings it back', async () => {
    const first = await LogPage.open(session());
    const second = await LogPage.open(session());
    await second.page.setViewportSize(NARROW);

    const mine = await second.edit('Ran the design review');
    await mine.text.fill('Ran the design review for two teams');
    await first.entry('Ran the design review').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => first.entry('Ran the design review').count(), SOON).toBe(0);

    // The entry leaves the second tab's list; its editor stays in view with the text.
    await second.editingApart.waitFor();
    expect(await mine.text.inputValue()).toBe('Ran the design review for two teams');
    await mine.save.click();
    await mine.conflict('deleted').waitFor();
    await second.page.screenshot({ path: `${ARTIFACTS}/concurrent-edit-deleted-360.png` });
    expect(await brokenLayout(second)).toEqual([]);

    await mine.saveMineAnyway.click();
    await first.entry('Ran the design review for two teams').waitFor();
    await second.entry('Ran the design review for two teams').waitFor();
    const back = (await readStoredEntries(first.page)).find(
      (entry) => entry.text === 'Ran the design review for two teams',
    );
    expect(back?.deletedAt).toBeUndefined();

    await first.close();
    await second.close();
  });

  test('the editor’s draft survives a reload, and a change made meanwhile shows as the alert', async () => {
    const log = await LogPage.open(session());
    const editor = await log.edit('Mentored Alex through on-call');
    await editor.text.fill('Mentored Alex through on-call, half typed');
    await log.page.reload();
    await log.heading.waitFor();
    await expect.poll(() => log.editor.text.inputValue(), SOON).toBe('Mentored Alex through on-call, half typed');
    expect(await log.editor.alerts.count()).toBe(0);

    // Changed in another tab while this one reloads: it reopens on the alert, the text kept.
    const other = await LogPage.open(session());
    const theirs = await other.edit('Mentored Alex through on-call');
    await theirs.text.fill('Mentored Alex and Sam through on-call');
    await theirs.save.click();
    await other.entry('Alex and Sam').waitFor();
    await other.close();
    await log.page.reload();
    await log.editor.conflict('changed').filter({ hasText: 'Mentored Alex and Sam through on-call' }).waitFor();
    expect(await log.editor.text.inputValue()).toBe('Mentored Alex through on-call, half typed');

    await log.editor.saveMineAnyway.click();
    await log.entry('half typed').waitFor();
    // Saved: the draft is gone, so a reload opens no editor.
    await log.page.reload();
    await log.entry('half typed').waitFor();
    expect(await log.editor.form.count()).toBe(0);
    await log.close();
  });

  // Last in the file: the database stays at the newer version afterwards.
  test('an upgrade in another view: the banner, the text kept, and Reload reopens the editor with it', async () => {
    const log = await LogPage.open(session());
    const editor = await log.edit('Round two, from the second tab');
    await editor.text.fill('Typed just before the upgrade');

    await upgradeFromAnotherPage(session(), 'popup.html');

    const banner = log.page.getByRole('alert').filter({ hasText: 'Latitude was updated, reload' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('What you typed is kept.');
    expect(await editor.text.inputValue()).toBe('Typed just before the upgrade');
    await editor.save.click();
    await editor.alerts.filter({ hasText: 'Not saved:' }).waitFor();
    expect(await editor.text.inputValue()).toBe('Typed just before the upgrade');

    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => log.editor.text.inputValue(), SOON).toBe('Typed just before the upgrade');
    await log.editor.save.click();
    await log.entry('Typed just before the upgrade').waitFor();
    await log.close();
  });
});
