import type { Page } from 'playwright-core';
import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { SidePanelPage } from './pages/side-panel-page';
import { blockingViolations } from './support/axe-audit';
import { useExtensionSession } from './support/extension-session';
import { seedEntries } from './support/seed-entries';
import { SOON } from './support/wait';

const SCHEMES = ['light', 'dark'] as const;

// axe-core on every view, in both colour schemes, empty and with entries. Serious and critical
// findings fail; each is printed with where it is and why.
describe('accessibility', () => {
  const session = useExtensionSession();

  async function audit(page: Page, label: string) {
    const backgrounds = new Set<string>();
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      expect(await blockingViolations(page), `${label}, ${colorScheme}`).toEqual([]);
    }
    // Both schemes were really audited: the page looked different in each.
    expect(backgrounds.size, `${label}: light and dark backgrounds`).toBe(2);
  }

  test('the audit reports a serious violation when there is one', async () => {
    const log = await LogPage.open(session());
    await log.page.evaluate(() => {
      const button = document.createElement('button');
      document.body.append(button);
    });
    const found = await blockingViolations(log.page);
    expect(found).toEqual([expect.stringMatching(/^critical button-name:/)]);
    await log.close();
  });

  test('empty views have no serious violations', async () => {
    const popup = await PopupPage.open(session());
    await audit(popup.page, 'popup, empty');
    const log = await LogPage.open(session());
    await log.page.getByRole('heading', { name: 'Nothing logged yet' }).waitFor();
    await audit(log.page, 'log, empty');
    const panel = await SidePanelPage.open(session());
    await audit(panel.page, 'side panel, empty');
    await Promise.all([popup.close(), log.close(), panel.close()]);
  });

  test('views with entries have no serious violations', async () => {
    await seedEntries(session());
    const popup = await PopupPage.open(session());
    await popup.recent.getByRole('listitem').first().waitFor();
    await audit(popup.page, 'popup, with entries');
    const log = await LogPage.open(session());
    await log.entry('Mentored Alex').waitFor();
    await audit(log.page, 'log, with entries');
    const panel = await SidePanelPage.open(session());
    await panel.entry('Mentored Alex').waitFor();
    await audit(panel.page, 'side panel, with entries');
    await Promise.all([popup.close(), log.close(), panel.close()]);
  });

  // Runs after the entries above were seeded, so the prep has points with evidence to audit.
  test('the prep doc and the settings page have no serious violations', async () => {
    const prep = await session().context.newPage();
    await prep.goto(session().url('prep.html'));
    const conversation = prep.getByRole('combobox', { name: 'Conversation' });
    for (const kind of ['Promotion', 'Lateral move', 'Step-down', 'Review']) {
      await conversation.selectOption({ label: kind });
      await prep.getByRole('heading', { level: 1, name: new RegExp(`^${kind}( to .+)? prep$`) }).waitFor();
      await audit(prep, `prep, ${kind}`);
    }
    const settings = await session().context.newPage();
    await settings.goto(session().url('options.html'));
    await settings.getByRole('heading', { level: 1, name: 'Latitude settings' }).waitFor();
    await audit(settings, 'settings');
    await Promise.all([prep.close(), settings.close()]);
  });

  test('the popup with every field shown and errors on it has no serious violations', async () => {
    const popup = await PopupPage.open(session());
    await popup.kindOption('Feedback').check();
    await popup.page.getByText('Areas and energy').click();
    await popup.capture({ kind: 'Feedback', text: ' ', tags: 'x'.repeat(41) });
    await expect.poll(() => popup.alerts.count(), SOON).toBeGreaterThan(0);
    await audit(popup.page, 'popup, feedback with errors');
    await popup.close();
  });
});
