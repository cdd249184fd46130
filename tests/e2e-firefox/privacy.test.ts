import { SOON } from '../e2e/support/wait';
import { FirefoxLogPage } from './pages/log-page';
import { FirefoxPopupPage } from './pages/popup-page';
import { FirefoxSidePanelPage } from './pages/side-panel-page';
import { enterOmniboxLine } from './support/background';
import { useFirefoxSession } from './support/firefox-session';

// "No network request at all", in Firefox. Every test file's Firefox goes through the refusing
// proxy of tests/e2e/support/network-monitor.ts and fails in afterAll if anything left the
// machine; this file checks that the watch works here too, and that the other watch, on console
// errors (support/test-hooks.ts), catches them.
describe('privacy in Firefox: no request leaves the machine', () => {
  const session = useFirefoxSession();

  test('a working session makes no request off the machine', async () => {
    const popup = await FirefoxPopupPage.open(session());
    await popup.capture({ text: 'Paired with Sam on the flaky-test backlog', tags: 'quality' });
    await expect.poll(() => popup.statusText(), SOON).toBe('Saved');
    await enterOmniboxLine(session().bridge, 'win Mentored Alex through their first on-call week');
    await popup.entry('Mentored Alex');
    await popup.close();
    for (const open of [FirefoxLogPage.open, FirefoxSidePanelPage.open]) {
      const view = await open(session());
      await view.entry('Mentored Alex');
      await view.close();
    }
    const article = await session().openArticle();
    await article.close();
    const { network } = session();
    // The monitor saw the local page load, so it was recording...
    expect(network.requests.some((request) => request.url.startsWith(session().site.origin))).toBe(true);
    // ...and nothing went anywhere else.
    expect(network.violations()).toEqual([]);
  });

  test('the proxy catches requests from extension pages and the background page', async () => {
    const { network } = session();
    const log = await FirefoxLogPage.open(session());
    await log.page.evaluate(async () => {
      await fetch('https://tracker.invalid/page').catch(() => undefined);
      const image = new Image();
      image.src = 'https://pixel.invalid/1x1.png';
    });
    await session().bridge.evaluate(async () => {
      const { browser } = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } };
      const background = await browser.runtime.getBackgroundPage();
      await background.fetch('http://tracker.invalid/background').catch(() => undefined);
    });

    const leaked = () => network.violations().map((request) => `${request.from} -> ${request.url}`);
    await expect.poll(leaked, SOON).toEqual(
      expect.arrayContaining([
        // WebDriver BiDi reports the page's own request...
        'a tab -> https://tracker.invalid/page',
        // ...and the proxy sees every context's, the background page's included.
        'proxy (any context of the browser) -> https://tracker.invalid:443/',
        'proxy (any context of the browser) -> https://pixel.invalid:443/',
        'proxy (any context of the browser) -> http://tracker.invalid/background',
      ]),
    );
    expect(() => network.assertNoneLeft()).toThrow(/request\(s\) off this machine/);

    // These leaks were made on purpose; forget them so that afterAll checks the rest of the file.
    network.clear();
    await log.close();
  });

  test('console errors in a page, a refused script and errors in the background are caught', async () => {
    const log = await FirefoxLogPage.open(session());
    await log.page.evaluate(() => {
      console.error('a page error');
      setTimeout(() => {
        throw new Error('uncaught in the page');
      });
      const script = document.createElement('script');
      script.src = 'https://cdn.invalid/library.js';
      document.head.append(script);
    });
    await session().bridge.evaluate(async () => {
      const { browser } = globalThis as unknown as {
        browser: { runtime: { getBackgroundPage(): Promise<typeof globalThis> } };
      };
      const background = await browser.runtime.getBackgroundPage();
      background.console.error('a background error');
      void background.Promise.reject(new background.Error('rejected in the background'));
    });

    const caught: string[] = [];
    await expect
      .poll(async () => {
        caught.push(...(await session().takeConsoleErrors()));
        return caught;
      }, SOON)
      .toEqual(
        expect.arrayContaining([
          '/log.html: console.error: a page error',
          expect.stringMatching(/^\/log\.html: Error: uncaught in the page/),
          expect.stringMatching(/^\/log\.html: content security policy refused https:\/\/cdn\.invalid\/library\.js/),
          'background: console.error: a background error',
          expect.stringMatching(/^background: unhandled rejection: Error: rejected in the background/),
        ]),
      );
    // Taken, so afterEach finds none; the refused script never reached the network either.
    await log.close();
  });
});
