import type { Page } from 'playwright-core';
import { PopupPage } from './pages/popup-page';
import { useExtensionSession } from './support/extension-session';
import { SOON } from './support/wait';

const TODAY = new Date('2026-11-27T10:00:00');
const TOMORROW = new Date('2026-11-28T10:00:00');

// A live 1:1 in the side panel: pick the person, capture while talking, see captures from
// elsewhere arrive, and find the open commitment again at the next 1:1.
describe('side panel during a 1:1', () => {
  const session = useExtensionSession();

  async function openPanel(now: Date): Promise<Page> {
    const page = await session().context.newPage();
    // The panel's "today" comes from the page's clock; moving it is how a day passes here.
    await page.goto('about:blank'); // a loaded page takes the clock script at once
    await page.clock.setFixedTime(now);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(session().url('sidepanel.html'));
    await page.getByRole('combobox', { name: 'Person' }).waitFor();
    return page;
  }

  async function capture(page: Page, kind: string, text: string) {
    await page.getByRole('radiogroup', { name: 'Kind' }).getByRole('radio', { name: kind, exact: true }).check();
    await page.getByRole('textbox', { name: 'Entry text' }).fill(text);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count(), SOON).toBeGreaterThan(0);
  }

  test('captures notes, feedback and action items, shows popup captures live, and carries open items forward', async () => {
    const panel = await openPanel(TODAY);
    // With nobody in the log yet, the New person form is already open.
    expect(await panel.getByRole('button', { name: 'New person' }).getAttribute('aria-expanded')).toBe('true');
    await panel.getByRole('textbox', { name: 'Name' }).fill('Dana Ruiz');
    await panel.getByRole('combobox', { name: 'Relationship' }).selectOption('manager');
    await panel.getByRole('button', { name: 'Add person' }).click();
    await panel.getByRole('heading', { name: 'Today with Dana Ruiz' }).waitFor();
    const kinds = panel.getByRole('radiogroup', { name: 'Kind' });
    for (const kind of ['Note', 'Feedback', 'Win', 'Talent', 'Action item']) {
      await kinds.getByRole('radio', { name: kind, exact: true }).waitFor({ state: 'attached' });
    }

    await capture(panel, 'Note', 'Reorg lands in January; staff roles get written up');
    await capture(panel, 'Feedback', 'Keep writing the design docs before the build starts');
    await capture(panel, 'Action item', 'Send Dana the on-call rota proposal');

    const captured = panel.getByRole('list', { name: 'Captured' });
    await captured.getByText('Reorg lands in January').waitFor();
    await captured.getByText('Keep writing the design docs').waitFor();
    await panel.getByRole('list', { name: 'Action items' }).getByText('Send Dana the on-call rota proposal').waitFor();

    // A capture from the popup shows up in the open panel at once.
    const popup = await PopupPage.open(session());
    await popup.capture({ text: 'Closed the flaky-test backlog' });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.close();
    await panel.getByRole('region', { name: 'Latest entries' }).getByText('Closed the flaky-test backlog').waitFor();
    await panel.close();

    // The next day: a new 1:1 with Dana, and the open item is on its agenda.
    const nextDay = await openPanel(TOMORROW);
    await nextDay.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Dana Ruiz (Manager)' });
    await nextDay.getByRole('heading', { name: 'Today with Dana Ruiz' }).waitFor();
    await nextDay
      .getByRole('list', { name: 'Open action items' })
      .getByText('Send Dana the on-call rota proposal')
      .waitFor();
    // Today's own lists start empty: yesterday's note stays with yesterday's 1:1.
    await nextDay.getByText('Nothing captured yet.').waitFor();
    await nextDay.getByRole('heading', { name: 'Earlier 1:1s' }).waitFor();
    await nextDay.screenshot({ path: 'tests/e2e/artifacts/side-panel-one-on-one.png', fullPage: true });
    await nextDay.close();
  });
});
