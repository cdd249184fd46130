import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { SidePanelPage } from './pages/side-panel-page';
import { useExtensionSession } from './support/extension-session';
import { isLocalRequest } from './support/network-monitor';
import { seedEntries } from './support/seed-entries';
import { SOON } from './support/wait';

// "No network request at all." Every test file's browser is watched by a NetworkMonitor and fails
// in afterAll if anything left the machine; this file checks the watcher itself.
describe('privacy: no request leaves the machine', () => {
  const session = useExtensionSession();

  test('only extension, inline and the test page’s own URLs count as local', () => {
    const origins = ['http://127.0.0.1:4321'];
    expect(isLocalRequest('chrome-extension://abc/popup.html', origins)).toBe(true);
    expect(isLocalRequest('data:image/png;base64,AAAA', origins)).toBe(true);
    expect(isLocalRequest('blob:chrome-extension://abc/123', origins)).toBe(true);
    expect(isLocalRequest('about:blank', origins)).toBe(true);
    expect(isLocalRequest('http://127.0.0.1:4321/design-review', origins)).toBe(true);
    expect(isLocalRequest('http://127.0.0.1:9999/other-server', origins)).toBe(false);
    expect(isLocalRequest('https://example.com/', origins)).toBe(false);
    expect(isLocalRequest('chrome://newtab/', origins)).toBe(false);
    expect(isLocalRequest('not a url', origins)).toBe(false);
  });

  test('a working session makes no request off the machine', async () => {
    await seedEntries(session());
    for (const open of [PopupPage.open, LogPage.open, SidePanelPage.open]) {
      const view = await open(session());
      await view.entry('Mentored Alex').waitFor();
      await view.close();
    }
    const { network } = session();
    // The monitor saw the extension load its own pages and scripts, so it was recording...
    expect(network.requests.some((request) => request.url.startsWith(session().url('popup.html')))).toBe(true);
    expect(network.requests.some((request) => request.url.endsWith('.js'))).toBe(true);
    // ...and nothing went anywhere else.
    expect(network.violations()).toEqual([]);
  });

  test('the monitor catches requests from pages, images and the service worker', async () => {
    const { network } = session();
    const log = await LogPage.open(session());
    await log.page.evaluate(async () => {
      await fetch('https://tracker.invalid/page').catch(() => undefined);
      const image = new Image();
      image.src = 'https://pixel.invalid/1x1.png';
    });
    const worker = await session().serviceWorker();
    await worker.evaluate(() => fetch('http://tracker.invalid/worker').catch(() => undefined));

    const leaked = () => network.violations().map((request) => `${request.from} -> ${request.url}`);
    await expect.poll(leaked, SOON).toEqual(
      expect.arrayContaining([
        `${session().url('log.html')} -> https://tracker.invalid/page`,
        `${session().url('log.html')} -> https://pixel.invalid/1x1.png`,
        'service worker -> http://tracker.invalid/worker',
        // The proxy sees them too, whoever asked (here the worker's plain-HTTP request in full).
        'proxy (any context of the browser) -> http://tracker.invalid/worker',
        'proxy (any context of the browser) -> https://tracker.invalid:443/',
        'proxy (any context of the browser) -> https://pixel.invalid:443/',
      ]),
    );
    expect(() => network.assertNoneLeft()).toThrow(/request\(s\) off this machine/);

    // These leaks were made on purpose; forget them so that afterAll checks the rest of the file.
    network.clear();
    await log.close();
  });
});
