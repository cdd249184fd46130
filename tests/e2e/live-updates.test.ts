import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { SidePanelPage } from './pages/side-panel-page';
import { useExtensionSession } from './support/extension-session';
import { enterOmniboxLine } from './support/service-worker';
import { SOON } from './support/wait';

// "Everything appears live in other open views": no reload, no polling by the user.
describe('live updates', () => {
  const session = useExtensionSession();

  test('a capture in the popup appears in the open log and side panel without a reload', async () => {
    const log = await LogPage.open(session());
    const panel = await SidePanelPage.open(session());
    // A marker that a reload would wipe.
    for (const view of [log, panel]) {
      await view.page.evaluate(() => Object.assign(window, { __loaded: 'once' }));
    }

    const popup = await PopupPage.open(session());
    await popup.capture({ kind: 'Feedback', text: 'Priya: the migration plan de-risked the quarter' });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');

    for (const view of [log, panel]) {
      const item = view.entry('Priya: the migration plan de-risked the quarter');
      await item.getByText('Feedback', { exact: true }).waitFor();
      expect(await view.page.evaluate(() => (window as { __loaded?: string }).__loaded)).toBe('once');
    }
    await Promise.all([log.close(), panel.close(), popup.close()]);
  });

  test('a capture from the background (omnibox) appears in the open popup, log and side panel', async () => {
    const log = await LogPage.open(session());
    const panel = await SidePanelPage.open(session());
    const popup = await PopupPage.open(session());

    await enterOmniboxLine(await session().serviceWorker(), 'win Closed the flaky-test backlog');

    for (const view of [log, panel, popup]) {
      await view.entry('Closed the flaky-test backlog').waitFor();
    }
    await Promise.all([log.close(), panel.close(), popup.close()]);
  });
});
