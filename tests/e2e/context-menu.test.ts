import { LogPage } from './pages/log-page';
import { useExtensionSession } from './support/extension-session';
import { ARTICLE_TITLE } from './support/local-site';
import { clickContextMenu, readBadge } from './support/service-worker';
import { readStoredEntries } from './support/stored-entries';
import { SOON } from './support/wait';

// "Log as …" on selected text. Chromium cannot click a context-menu item from automation, so the
// click is delivered with `chrome.contextMenus.onClicked.dispatch(info, tab)` inside the service
// worker: the extension's own listener runs, with the info and tab Chromium would pass.
//
// The badge clears itself on a timer (4 s after a save, 12 s after a refusal). The refusal is
// checked first, in a fresh browser, so that no earlier timer can clear a badge under test.
describe('context menu capture', () => {
  const session = useExtensionSession();

  test('a selection over 10,000 characters is refused: badge "!" and nothing stored', async () => {
    const article = await session().openArticle();
    const log = await LogPage.open(session());
    const worker = await session().serviceWorker();
    const before = await readStoredEntries(log.page);

    await clickContextMenu(
      worker,
      { menuItemId: 'log-win', selectionText: 'z'.repeat(10_001), pageUrl: article.url() },
      { id: 1, url: article.url(), title: ARTICLE_TITLE },
    );

    await expect
      .poll(() => readBadge(worker), SOON)
      .toEqual({
        text: '!',
        title: 'Latitude: not saved. Keep it to 10,000 characters at most.',
      });
    // The badge is set after the write was refused, so the database is final by now.
    expect(await readStoredEntries(log.page)).toEqual(before);
    await Promise.all([article.close(), log.close()]);
  });

  test('"Log as feedback" stores the selection as feedback with the page, live in the log', async () => {
    const article = await session().openArticle();
    const log = await LogPage.open(session());
    const worker = await session().serviceWorker();
    const selection = 'Your walkthrough of the billing migration made the trade-offs clear to everyone.';

    await clickContextMenu(
      worker,
      { menuItemId: 'log-feedback', selectionText: selection, pageUrl: article.url() },
      { id: 1, url: article.url(), title: await article.title() },
    );

    const item = log.entry(selection);
    await item.waitFor();
    expect(await item.getByText('Feedback', { exact: true }).count()).toBe(1);
    const link = item.getByRole('link', { name: ARTICLE_TITLE });
    expect(await link.getAttribute('href')).toBe(article.url());
    await expect.poll(() => readBadge(worker), SOON).toEqual({ text: '✓', title: 'Latitude: saved feedback' });

    const stored = await readStoredEntries(log.page);
    expect(stored.find((entry) => entry.text === selection)).toMatchObject({
      kind: 'feedback',
      source: { url: article.url(), title: ARTICLE_TITLE },
    });

    // The confirmation goes away by itself a few seconds later.
    await expect
      .poll(() => readBadge(worker), { timeout: 15_000, interval: 250 })
      .toEqual({ text: '', title: 'Latitude: log a win' });
    await Promise.all([article.close(), log.close()]);
  });

  test('"Log as win" and "Log as talent note" store their kinds', async () => {
    const article = await session().openArticle();
    const log = await LogPage.open(session());
    const worker = await session().serviceWorker();
    const tab = { id: 1, url: article.url(), title: ARTICLE_TITLE };

    await clickContextMenu(
      worker,
      { menuItemId: 'log-win', selectionText: 'Cut build time by half', pageUrl: tab.url },
      tab,
    );
    await clickContextMenu(
      worker,
      { menuItemId: 'log-talent', selectionText: 'Turning vague asks into plans', pageUrl: tab.url },
      tab,
    );

    await log.entry('Cut build time by half').getByText('Win', { exact: true }).waitFor();
    await log.entry('Turning vague asks into plans').getByText('Talent', { exact: true }).waitFor();
    await Promise.all([article.close(), log.close()]);
  });

  test('the three menu items exist under their contract ids', async () => {
    // contextMenus has no getter; creating an item with a taken id fails, which proves it exists.
    const worker = await session().serviceWorker();
    const taken = await worker.evaluate(
      async (ids) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            contextMenus: { create(item: object, done: () => void): void };
            runtime: { lastError?: { message?: string } };
          };
        };
        const results: string[] = [];
        for (const id of ids) {
          const error = await new Promise<string>((resolve) =>
            chrome.contextMenus.create({ id, title: 'probe', contexts: ['selection'] }, () =>
              resolve(chrome.runtime.lastError?.message ?? ''),
            ),
          );
          results.push(error);
        }
        return results;
      },
      ['log-win', 'log-feedback', 'log-talent'],
    );
    for (const error of taken) expect(error).toMatch(/duplicate id/i);
  });
});
