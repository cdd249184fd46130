import { ARTICLE_TITLE } from '../e2e/support/local-site';
import { readEntriesInPage } from '../e2e/support/stored-entries';
import { SOON } from '../e2e/support/wait';
import { FirefoxLogPage } from './pages/log-page';
import { clickContextMenu, enterOmniboxLine, readBadge } from './support/background';
import { byRole, textOf } from './support/dom';
import { useFirefoxSession } from './support/firefox-session';

// Captures the background makes in Firefox: "Log as …" on a selection and `lat …` in the address
// bar. The background's own listeners are called with the arguments Firefox passes them
// (support/test-hooks.ts says why this is the way in). The badge clears itself on a timer, so the
// refusals come first, in a fresh browser.
describe('context menu and omnibox capture in Firefox', () => {
  const session = useFirefoxSession();

  test('a selection over 10,000 characters and a blank omnibox line are refused: badge "!" and nothing stored', async () => {
    const article = await session().openArticle();
    const { bridge } = session();
    const before = await bridge.evaluate(readEntriesInPage);
    const tab = { id: 1, url: article.url(), title: ARTICLE_TITLE };

    await clickContextMenu(bridge, { menuItemId: 'log-win', selectionText: 'z'.repeat(10_001), pageUrl: tab.url }, tab);
    await expect
      .poll(() => readBadge(bridge), SOON)
      .toEqual({
        text: '!',
        title: 'Latitude: not saved. Keep it to 10,000 characters at most.',
      });

    await enterOmniboxLine(bridge, '   ');
    await expect
      .poll(() => readBadge(bridge), SOON)
      .toEqual({
        text: '!',
        title: 'Latitude: not saved. Nothing to log: type what happened after "lat".',
      });
    // Each badge is set after the write was refused, so the database is final by now.
    expect(await bridge.evaluate(readEntriesInPage)).toEqual(before);
    await article.close();
  });

  test('"Log as feedback" stores the selection with its page, shown live in the log, badge "✓"', async () => {
    const article = await session().openArticle();
    const log = await FirefoxLogPage.open(session());
    const { bridge } = session();
    const selection = 'Your walkthrough of the billing migration made the trade-offs clear to everyone.';

    await clickContextMenu(
      bridge,
      { menuItemId: 'log-feedback', selectionText: selection, pageUrl: article.url() },
      { id: 1, url: article.url(), title: await article.title() },
    );

    const item = await log.entry(selection);
    expect(await textOf(item)).toContain('Feedback');
    const link = await item.$(byRole('link', ARTICLE_TITLE));
    expect(await link?.evaluate((node) => node.getAttribute('href'))).toBe(article.url());
    await expect.poll(() => readBadge(bridge), SOON).toEqual({ text: '✓', title: 'Latitude: saved feedback' });
    const stored = await log.page.evaluate(readEntriesInPage);
    expect(stored.find((entry) => entry.text === selection)).toMatchObject({
      kind: 'feedback',
      source: { url: article.url(), title: ARTICLE_TITLE },
    });
    await Promise.all([article.close(), log.close()]);
  });

  test('"lat talent …" logs a talent note and a line with no kind word is a win, shown live in the log', async () => {
    const log = await FirefoxLogPage.open(session());
    const { bridge } = session();

    await enterOmniboxLine(bridge, 'talent explaining hard things simply');
    await enterOmniboxLine(bridge, 'shipped the billing migration');

    expect(await textOf(await log.entry('explaining hard things simply'))).toContain('Talent');
    expect(await textOf(await log.entry('shipped the billing migration'))).toContain('Win');
    // The kind word is not part of the text.
    const stored = await log.page.evaluate(readEntriesInPage);
    expect(stored.map(({ kind, text }) => ({ kind, text }))).toEqual(
      expect.arrayContaining([
        { kind: 'talent', text: 'explaining hard things simply' },
        { kind: 'win', text: 'shipped the billing migration' },
      ]),
    );
    await log.close();
  });

  test('the three menu items exist under their contract ids', async () => {
    // Menus have no getter; creating an item with a taken id fails, which proves it exists.
    const errors = await session().bridge.evaluate(
      async (ids) => {
        const { browser } = globalThis as unknown as {
          browser: {
            contextMenus: { create(item: object, done: () => void): void };
            runtime: { lastError?: { message?: string } };
          };
        };
        const results: string[] = [];
        for (const id of ids) {
          results.push(
            await new Promise<string>((resolve) =>
              browser.contextMenus.create({ id, title: 'probe', contexts: ['selection'] }, () =>
                resolve(browser.runtime.lastError?.message ?? ''),
              ),
            ),
          );
        }
        return results;
      },
      ['log-win', 'log-feedback', 'log-talent'],
    );
    expect(errors).toHaveLength(3);
    for (const error of errors) expect(error).toMatch(/already exists|duplicate/i);
  });
});
