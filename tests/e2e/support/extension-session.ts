import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { findChromium } from './browser-path';
import { type LocalSite, startLocalSite } from './local-site';
import { NetworkMonitor } from './network-monitor';

/** Where `wxt build` puts the Chrome build; `npm run test:e2e` builds it first. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

// Playwright reports a service worker's own requests only with this set; without it, a fetch from
// the background would slip past the network monitor.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** Switches that keep Chromium from calling Google on its own (sync, updates, default apps). */
const QUIET_BROWSER_ARGS = [
  '--headless=new',
  // Root in a container has no user namespace sandbox.
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--password-store=basic',
];

/**
 * One Chromium with the built extension loaded, a fresh profile, a local web page to capture from,
 * and a network monitor. One per test file: start it in beforeAll, close it in afterAll.
 */
export class ExtensionSession {
  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    readonly site: LocalSite,
    readonly network: NetworkMonitor,
    private readonly profileDir: string,
  ) {}

  /** `extensionDir` is for scripts bundled elsewhere (`npm run bench`), where this file's URL is not its own. */
  static async launch({ extensionDir = EXTENSION_DIR }: { extensionDir?: string } = {}): Promise<ExtensionSession> {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`No built extension in ${extensionDir}: run \`npm run test:e2e\` (it builds first).`);
    }
    const executablePath = findChromium();
    const network = await NetworkMonitor.start();
    const site = await startLocalSite();
    network.allowOrigin(site.origin);
    const profileDir = mkdtempSync(join(tmpdir(), 'latitude-e2e-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      // Extensions load only in Chromium's new headless mode. It is asked for explicitly with
      // --headless=new, and `headless: false` keeps Playwright from adding switches of its own.
      headless: false,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...QUIET_BROWSER_ARGS,
        `--proxy-server=${network.proxyServer}`,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    });
    network.attach(context);
    // Fail a missing control in seconds, not Playwright's default thirty.
    context.setDefaultTimeout(10_000);
    const worker = await findServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    return new ExtensionSession(context, extensionId, site, network, profileDir);
  }

  /** `chrome-extension://<id>/<path>` */
  url(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  /**
   * The extension's service worker. Chromium keeps a worker alive while DevTools is attached, as
   * Playwright is, so it is normally the one found at launch; this looks it up again in case it
   * was restarted.
   */
  async serviceWorker(): Promise<Worker> {
    return findServiceWorker(this.context, this.extensionId);
  }

  /** A new tab showing the local test page, titled "Design review". */
  async openArticle(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.site.url('/design-review'));
    return page;
  }

  /** Closes everything, then fails if any request left the machine during the file's tests. */
  async close(): Promise<void> {
    try {
      await this.context.close();
    } finally {
      await Promise.all([this.site.close(), this.network.close()]);
      rmSync(this.profileDir, { recursive: true, force: true });
    }
    this.network.assertNoneLeft();
  }
}

async function findServiceWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  const matches = (worker: Worker) =>
    worker.url().startsWith(extensionId ? `chrome-extension://${extensionId}/` : 'chrome-extension://');
  const running = context.serviceWorkers().find(matches);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: matches, timeout: 15_000 });
}

/**
 * Registers the beforeAll/afterAll pair that gives a test file its own browser, and returns a
 * getter for it.
 */
export function useExtensionSession(): () => ExtensionSession {
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    session = await ExtensionSession.launch();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The extension session is not running (did beforeAll fail?).');
    return session;
  };
}
