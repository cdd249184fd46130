import type { Page } from 'playwright-core';
import { SidePanelPage } from './pages/side-panel-page';
import { blockingViolations } from './support/axe-audit';
import { useExtensionSession } from './support/extension-session';
import { SOON } from './support/wait';

// The 1:1 side panel with a person picked and every part on screen (agenda, action-item fields,
// the delete confirmation), audited by axe in both schemes at the panel's narrowest width.
describe('side panel 1:1, accessibility', () => {
  const session = useExtensionSession();

  async function audit(page: Page, label: string) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await blockingViolations(page), `${label}, ${colorScheme}`).toEqual([]);
    }
  }

  test('a 1:1 in progress has no serious violations and fits 320 px', async () => {
    const panel = await SidePanelPage.open(session());
    const { page } = panel;
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole('textbox', { name: 'Name' }).fill('Ana');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { name: 'Today with Ana' }).waitFor();

    await page.getByRole('textbox', { name: 'Agenda item' }).fill('Team health');
    await page.getByRole('button', { name: 'Add to agenda' }).click();
    await page.getByRole('textbox', { name: 'Entry text' }).fill('Reorg lands in April');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('list', { name: 'Captured' }).getByText('Reorg lands in April').waitFor();
    await page.keyboard.press('Alt+Shift+5');
    await expect.poll(() => page.getByRole('radio', { name: 'Action item' }).isChecked(), SOON).toBe(true);
    await page.getByRole('textbox', { name: 'Entry text' }).fill('Send the RFC');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('checkbox', { name: 'Send the RFC' }).waitFor();
    await audit(page, 'side panel, 1:1 in progress');

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Delete person' }).click();
    await page.getByRole('alertdialog', { name: 'Delete Ana?' }).waitFor();
    await audit(page, 'side panel, delete confirmation');
    await panel.close();
  });
});
