import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { SidePanelPage } from './pages/side-panel-page';
import type { ExtensionView } from './pages/extension-view';
import { useExtensionSession } from './support/extension-session';
import { clickContextMenu } from './support/service-worker';
import { SOON } from './support/wait';

// Captured text comes from web pages and is untrusted: every view must show it as text. Each
// payload sets window.__xss if it ever runs as script (the extension's CSP should stop that even
// then, so the tests also look for elements made from the markup), and each starts with a plain
// word to find its entry by.
const TYPED = 'Fixed <img src=x onerror=window.__xss=1> and <script>window.__xss=2</script> for good';
const SELECTED = 'Claimed <b>bold</b> things <img src=x onerror="window.__xss=3">';
const HOSTILE_TITLE = 'Review <img src=x onerror=window.__xss=4><script>window.__xss=5</script>';

describe('untrusted text', () => {
  const session = useExtensionSession();

  async function expectLiteral(view: ExtensionView, text: string) {
    const item = view.entry(text.split(' ')[0]!);
    await item.waitFor();
    // Shown exactly as typed, and nothing in it became an element.
    expect(await item.getByText(text, { exact: true }).count(), `"${text}" as text`).toBe(1);
    expect(await view.page.getByRole('img').count()).toBe(0);
    expect(await view.injectedScriptRan()).toBe(false);
  }

  test('typed markup shows as literal text in the popup, the log and the side panel', async () => {
    const popup = await PopupPage.open(session());
    await popup.capture({ text: TYPED });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');

    await expectLiteral(popup, TYPED);
    const log = await LogPage.open(session());
    await expectLiteral(log, TYPED);
    const panel = await SidePanelPage.open(session());
    await expectLiteral(panel, TYPED);
    await Promise.all([popup.close(), log.close(), panel.close()]);
  });

  test('a selection and a page title with markup stay text in every view', async () => {
    const article = await session().openArticle();
    await clickContextMenu(
      await session().serviceWorker(),
      { menuItemId: 'log-win', selectionText: SELECTED, pageUrl: article.url() },
      { id: 1, url: article.url(), title: HOSTILE_TITLE },
    );

    const log = await LogPage.open(session());
    await expectLiteral(log, SELECTED);
    expect(await log.entry('Claimed').getByRole('link', { name: HOSTILE_TITLE, exact: true }).count()).toBe(1);
    const panel = await SidePanelPage.open(session());
    await expectLiteral(panel, SELECTED);
    expect(await panel.entry('Claimed').getByRole('link', { name: HOSTILE_TITLE, exact: true }).count()).toBe(1);
    const popup = await PopupPage.open(session());
    await expectLiteral(popup, SELECTED);
    await Promise.all([article.close(), log.close(), panel.close(), popup.close()]);
  });
});
