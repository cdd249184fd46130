import { LogPage } from './pages/log-page';
import { useExtensionSession } from './support/extension-session';
import { pressChord } from './support/keyboard';
import { ARTICLE_TITLE } from './support/local-site';
import { NativeSurface } from './support/native-surface';
import { listCommands, openContexts } from './support/service-worker';
import { readStoredEntries } from './support/stored-entries';
import { SOON } from './support/wait';

// Real key presses, delivered to the browser window through the DevTools protocol
// (Input.dispatchKeyEvent), go through Chromium's shortcut handling like keys from the operating
// system. New headless Chromium routes them to extension commands: Alt+Shift+K opens the real
// side panel and Alt+Shift+L the real popup, attached to the tab the user is on.
describe('keyboard commands', () => {
  const session = useExtensionSession();

  test('both commands are registered with their shortcuts', async () => {
    const commands = await listCommands(await session().serviceWorker());
    expect(commands).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+L' }),
        expect.objectContaining({ name: 'open-side-panel', shortcut: 'Alt+Shift+K' }),
      ]),
    );
  });

  test('Alt+Shift+K opens the side panel on the current tab', async () => {
    const context = session().context;
    const worker = await session().serviceWorker();
    const panelUrl = session().url('sidepanel.html');
    const article = await session().openArticle();
    await article.bringToFront();
    expect(await openContexts(worker, 'SIDE_PANEL')).toEqual([]);

    await pressChord(await context.newCDPSession(article), 'Alt+Shift+K');

    await expect.poll(() => openContexts(worker, 'SIDE_PANEL'), SOON).toEqual([panelUrl]);
    const panel = await NativeSurface.attach(context, panelUrl);
    await expect.poll(() => panel.find('heading', 'Latest entries'), SOON).toBeDefined();
    await panel.detach();
  });

  test('Alt+Shift+L opens the popup with the page attached; its save shows in the panel at once', async () => {
    const context = session().context;
    const worker = await session().serviceWorker();
    const popupUrl = session().url('popup.html');
    const panelUrl = session().url('sidepanel.html');
    const article = await session().openArticle();
    await article.bringToFront();
    const keyboard = await context.newCDPSession(article);
    // The panel stays open across tabs of the window; opening it again is harmless.
    await pressChord(keyboard, 'Alt+Shift+K');
    await expect.poll(() => openContexts(worker, 'SIDE_PANEL'), SOON).toEqual([panelUrl]);
    const panel = await NativeSurface.attach(context, panelUrl);
    expect(await openContexts(worker, 'POPUP')).toEqual([]);

    await pressChord(keyboard, 'Alt+Shift+L');

    await expect.poll(() => openContexts(worker, 'POPUP'), SOON).toEqual([popupUrl]);
    const popup = await NativeSurface.attach(context, popupUrl);
    await expect.poll(() => popup.find('textbox', 'Entry text'), SOON).toBeDefined();
    expect(await popup.find('radiogroup', 'Kind')).toBeDefined();
    // Opening the popup granted activeTab, so it could read the page's title.
    await expect.poll(() => popup.findWithText('form', ARTICLE_TITLE), SOON).toBeDefined();

    // The text box has focus: type, then Ctrl+Enter.
    const text = 'Unblocked the release from the popup';
    await popup.insertText(text);
    await pressChord(popup, 'Control+Enter');

    await expect.poll(async () => (await popup.find('status'))?.text, SOON).toBe('Saved');
    await expect.poll(() => panel.findWithText('listitem', text), SOON).toBeDefined();
    const log = await LogPage.open(session());
    await log.entry(text).getByRole('link', { name: ARTICLE_TITLE }).waitFor();
    const stored = await readStoredEntries(log.page);
    expect(stored.find((entry) => entry.text === text)?.source).toEqual({
      url: article.url(),
      title: ARTICLE_TITLE,
    });
    await Promise.all([popup.detach(), panel.detach(), log.close()]);
  });
});
