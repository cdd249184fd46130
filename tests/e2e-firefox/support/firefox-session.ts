import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { type LocalSite, startLocalSite } from '../../e2e/support/local-site';
import { NetworkMonitor } from '../../e2e/support/network-monitor';
import { backgroundReady, takeErrors } from './background';
import { waitUntil } from './dom';
import { findFirefox } from '../../e2e/support/browser-path';
import { backgroundHook, pageHook } from './test-hooks';

/** Where `wxt build -b firefox` puts the Firefox build; `npm run test:firefox` builds it first. */
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));

/**
 * The add-on's moz-extension UUID, fixed through the `extensions.webextensions.uuids` pref so that
 * pages have known URLs (Firefox picks a random one per profile otherwise).
 */
const ADDON_UUID = '5f1c6a2e-8d3b-4c7e-9a41-2b6d0e8f7c13';

/** Files only the test copy of the extension has (see `prepareTestCopy`). */
const BACKGROUND_HOOK = 'latitude-test-background-hook.js';
const PAGE_HOOK = 'latitude-test-page-hook.js';
const BRIDGE_PAGE = 'latitude-test-bridge.html';

/**
 * Hosts Firefox itself calls with no add-on installed: its remote settings, their signatures and
 * its captive-portal check. With Puppeteer's quiet profile and the switches below, Debian's Firefox
 * ESR 140 called none of them in a whole suite run; they are listed so that a slightly different
 * Firefox on CI does not fail the suite. The proxy refuses them like everything else, so nothing
 * leaves the machine; they are only not blamed on Latitude. Hosts a page might use (fonts, APIs,
 * analytics) are deliberately not here, and requests from tabs, seen through WebDriver BiDi, are
 * checked with no host excused.
 */
const FIREFOX_OWN_HOSTS = new Set([
  'firefox.settings.services.mozilla.com',
  'content-signature-2.cdn.mozilla.net',
  'detectportal.firefox.com',
]);

export type ColorScheme = 'light' | 'dark';

/**
 * One Firefox with the Firefox build installed as a temporary add-on, a fresh profile, a local
 * web page to capture from, a downloads folder, and a network monitor. One per test file: start
 * it in beforeAll, close it in afterAll (`useFirefoxSession` does both).
 */
export class FirefoxSession {
  private bridgePage: Page | undefined;

  private constructor(
    readonly browser: Browser,
    readonly site: LocalSite,
    readonly network: NetworkMonitor,
    /** Where Firefox saves downloads, without asking. */
    readonly downloadsDir: string,
    private readonly scratchDirs: string[],
  ) {}

  /** `extensionDir` is for scripts bundled elsewhere (`npm run screenshots:firefox`), where this file's URL is not its own. */
  static async launch({
    colorScheme = 'light',
    extensionDir: buildDir = FIREFOX_EXTENSION_DIR,
  }: {
    colorScheme?: ColorScheme;
    extensionDir?: string;
  } = {}): Promise<FirefoxSession> {
    if (!existsSync(join(buildDir, 'manifest.json'))) {
      throw new Error(`No Firefox build in ${buildDir}: run \`npm run test:firefox\` (it builds first).`);
    }
    const executablePath = findFirefox();
    const network = await NetworkMonitor.start({ browserOwnHosts: FIREFOX_OWN_HOSTS });
    const site = await startLocalSite();
    network.allowOrigin(site.origin);
    const downloadsDir = mkdtempSync(join(tmpdir(), 'latitude-firefox-downloads-'));
    const extensionDir = prepareTestCopy(buildDir);
    const proxy = new URL(network.proxyServer);
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      // Lets WebDriver BiDi into the browser's own windows. Debian's Firefox ESR 140 installs the
      // add-on and drives its pages without it; newer releases were found to need it, and the
      // suite uses nothing it adds.
      args: ['--remote-allow-system-access'],
      // Without it, release builds ignore the remote-settings server Puppeteer's profile sets
      // (a dummy one) and call Mozilla's.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId(buildDir)]: ADDON_UUID }),
        // Every request goes through the refusing proxy; loopback (the local page) does not.
        'network.proxy.type': 1,
        'network.proxy.http': proxy.hostname,
        'network.proxy.http_port': Number(proxy.port),
        'network.proxy.ssl': proxy.hostname,
        'network.proxy.ssl_port': Number(proxy.port),
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // Downloads are saved at once to a folder the test reads.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadsDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        // Optional permissions asked for from a click (Settings → Sync asks for its server's origin)
        // are granted without the doorhanger, which headless Firefox cannot show; the request is
        // still made by the page, from the click.
        'extensions.webextOptionalPermissionPrompts': false,
        // Pages see the scheme asked for: 0 dark, 1 light.
        'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      },
    });
    const session = new FirefoxSession(browser, site, network, downloadsDir, [downloadsDir, extensionDir]);
    try {
      browser.on('targetcreated', (target: Target) => void session.watch(target));
      for (const target of browser.targets()) await session.watch(target);
      await browser.installExtension(extensionDir);
      const bridge = await session.openPage(BRIDGE_PAGE);
      session.bridgePage = bridge;
      await waitUntil('the background to register its listeners', async () =>
        (await backgroundReady(bridge)) ? true : undefined,
      );
      return session;
    } catch (error) {
      await session.close().catch(() => {});
      throw error;
    }
  }

  /** An extension page that runs nothing itself, for the tests' calls into the extension. */
  get bridge(): Page {
    if (!this.bridgePage) throw new Error('The Firefox session has no extension page yet.');
    return this.bridgePage;
  }

  /** `moz-extension://<uuid>/<path>` */
  url(path: string): string {
    return `moz-extension://${ADDON_UUID}/${path.replace(/^\//, '')}`;
  }

  /**
   * A new tab showing an extension page, once its document has loaded. WebDriver BiDi's navigation
   * to a moz-extension URL does not report its end, so the page's own readyState is polled.
   */
  async openPage(path: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await this.browser.newPage();
    if (viewport) await setViewport(page, viewport);
    // No lifecycle event to wait for (an empty list): the load is checked below instead.
    await page.goto(this.url(path), { waitUntil: [] });
    await waitForLoad(page, this.url(path));
    return page;
  }

  /** A new tab showing the local test page, titled "Design review". */
  async openArticle(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(this.site.url('/design-review'));
    return page;
  }

  /**
   * Every open tab's URL, as the extension sees them (`tabs.query`). WebDriver BiDi does not report
   * a tab that an extension page opened (a link with target=_blank), so this is how a test sees one.
   */
  tabUrls(): Promise<string[]> {
    return this.bridge.evaluate(async () => {
      const { browser } = globalThis as unknown as {
        browser: { tabs: { query(q: object): Promise<{ url?: string }[]> } };
      };
      return (await browser.tabs.query({})).map((tab) => tab.url ?? '');
    });
  }

  /** The path of the next downloaded file whose name matches, once Firefox has finished writing it. */
  waitForDownload(name: RegExp): Promise<string> {
    return waitUntil(`a download named like ${name}`, async () => {
      const file = readdirSync(this.downloadsDir).find((entry) => name.test(entry) && !entry.endsWith('.part'));
      if (!file) return undefined;
      const path = join(this.downloadsDir, file);
      // Firefox writes to `<name>.part` and renames it when done; an empty file may still be filling.
      if (existsSync(`${path}.part`) || statSync(path).size === 0) return undefined;
      return path;
    });
  }

  /** Errors logged in any extension page or the background since the last call. */
  async takeConsoleErrors(): Promise<string[]> {
    return this.bridgePage ? takeErrors(this.bridgePage) : [];
  }

  /** Closes everything, then fails if any request left the machine during the file's tests. */
  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      await Promise.all([this.site.close(), this.network.close()]);
      for (const dir of this.scratchDirs) rmSync(dir, { recursive: true, force: true });
    }
    this.network.assertNoneLeft();
  }

  /** Records each tab's requests, as WebDriver BiDi reports them. */
  private async watch(target: Target): Promise<void> {
    const page = await target.page().catch(() => null);
    page?.on('request', (request) => this.network.requests.push({ from: 'a tab', url: request.url() }));
  }
}

/** The add-on id, as the build declares it. */
function addonId(buildDir: string): string {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * A copy of the Firefox build with test-only files (test-hooks.ts): the background hook, run
 * before the background's own script; the page hook, run first in every page; and an empty page
 * to call into the extension from. The build itself is untouched: it is the one `web-ext lint`
 * checks and users load.
 */
function prepareTestCopy(buildDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'latitude-firefox-addon-'));
  cpSync(buildDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.background.scripts = [BACKGROUND_HOOK, ...manifest.background.scripts];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, BACKGROUND_HOOK), `(${backgroundHook.toString()})();\n`);
  writeFileSync(join(dir, PAGE_HOOK), `(${pageHook.toString()})();\n`);
  const hookTag = `<script src="/${PAGE_HOOK}"></script>`;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    if (!html.includes('<head>')) throw new Error(`${file} has no <head> to put the test hook in`);
    writeFileSync(join(dir, file), html.replace('<head>', `<head>${hookTag}`));
  }
  writeFileSync(
    join(dir, BRIDGE_PAGE),
    `<!doctype html><html lang="en"><head>${hookTag}<meta charset="utf-8"><title>Test bridge</title></head></html>\n`,
  );
  return dir;
}

async function waitForLoad(page: Page, url: string): Promise<void> {
  await waitUntil(`${url} to load`, async () =>
    (await page.evaluate(() => (location.href !== 'about:blank' ? document.readyState : 'loading'))) === 'complete'
      ? true
      : undefined,
  );
}

/**
 * Sets the tab's viewport. Puppeteer sends a screen-orientation override along, which Firefox ESR
 * does not know; the size itself is applied, and checked here.
 */
export async function setViewport(page: Page, { width, height }: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  }
  await waitUntil(`a ${width} px wide viewport`, async () =>
    (await page.evaluate(() => window.innerWidth)) === width ? true : undefined,
  );
}

/**
 * Registers the hooks that give a test file its own Firefox, fail each test that logged a console
 * error, and returns a getter for the session.
 */
export function useFirefoxSession(options: { colorScheme?: ColorScheme } = {}): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    session = await FirefoxSession.launch(options);
  });
  afterEach(async () => {
    if (session) expect(await session.takeConsoleErrors(), 'console errors').toEqual([]);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The Firefox session is not running (did beforeAll fail?).');
    return session;
  };
}
