import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Request } from 'playwright-core';

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:']);

/**
 * Hosts that Chromium itself calls even with no extension loaded and every background-networking
 * switch set. Measured with an empty profile and no extension (Debian Chromium 156): an update
 * check to update.googleapis.com, account checks to accounts.google.com and, some five seconds
 * after start, the GCM check-in to android.clients.google.com; the others are
 * Chromium's update, time and safe-browsing services, listed so a slightly different Chromium on CI
 * does not fail the suite. The proxy refuses them like everything else, so nothing leaves the
 * machine; they are only not blamed on Latitude. Hosts a web page might plausibly use (fonts,
 * APIs, analytics) are deliberately not here, and requests from extension pages and the service
 * worker, seen by Playwright, are checked with no host excused.
 */
const CHROMIUM_OWN_HOSTS = new Set([
  'accounts.google.com',
  'android.clients.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  'clientservices.googleapis.com',
  'safebrowsing.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'content-autofill.googleapis.com',
  'redirector.gvt1.com',
]);

export interface RecordedRequest {
  /** Who made it: an extension page or tab (by its URL), the service worker, or the browser. */
  from: string;
  url: string;
}

/** Whether a request stays on this machine: an extension resource, inline data, or our own page. */
export function isLocalRequest(url: string, localOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return localOrigins.includes(parsed.origin);
}

/**
 * Records every request the browser makes while a test file runs, at two levels:
 *
 * - Playwright's request events on every page and on the service worker (with
 *   PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1), which name the context that asked;
 * - a proxy that the whole browser is pointed at, which also sees contexts Playwright does not
 *   attach to (the real popup and side panel opened by keyboard shortcuts). It answers every
 *   request with 403, so a leak is recorded but never reaches the network.
 *
 * Loopback addresses bypass the proxy (Chromium's default), which is how the local test page is
 * reached.
 */
export class NetworkMonitor {
  readonly requests: RecordedRequest[] = [];
  /** Chromium's own calls seen at the proxy, kept for the log but not counted as violations. */
  readonly browserHousekeeping: string[] = [];
  private readonly localOrigins: string[] = [];

  private constructor(
    private readonly proxy: Server,
    private readonly browserOwnHosts: ReadonlySet<string>,
  ) {}

  /** `browserOwnHosts`: the browser's own calls, for another browser than Chromium (the Firefox suite). */
  static async start({
    browserOwnHosts = CHROMIUM_OWN_HOSTS,
  }: {
    browserOwnHosts?: ReadonlySet<string>;
  } = {}): Promise<NetworkMonitor> {
    const monitor = new NetworkMonitor(createServer(), browserOwnHosts);
    monitor.proxy.on('request', (request, response) => {
      monitor.recordProxied(request.url ?? '');
      response.writeHead(403).end();
      request.resume();
    });
    monitor.proxy.on('connect', (request, socket) => {
      monitor.recordProxied(`https://${request.url ?? ''}/`);
      // Chromium may reset a refused tunnel before reading the answer; that is not a test failure.
      socket.on('error', () => {});
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((resolve) => monitor.proxy.listen(0, '127.0.0.1', resolve));
    return monitor;
  }

  /** The value for Chromium's --proxy-server switch. */
  get proxyServer(): string {
    const { port } = this.proxy.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Marks an origin the test serves itself as allowed. */
  allowOrigin(origin: string): void {
    this.localOrigins.push(new URL(origin).origin);
  }

  attach(context: BrowserContext): void {
    context.on('request', (request) => this.requests.push({ from: requester(request), url: request.url() }));
    context.on('page', (page) =>
      page.on('websocket', (socket) => this.requests.push({ from: page.url(), url: socket.url() })),
    );
  }

  /** Every recorded request that would have left the machine. */
  violations(): RecordedRequest[] {
    return this.requests.filter((request) => !isLocalRequest(request.url, this.localOrigins));
  }

  /** Forgets what was recorded; for the monitor's own self-test, which leaks on purpose. */
  clear(): void {
    this.requests.length = 0;
    this.browserHousekeeping.length = 0;
  }

  /** Throws with the list of requests that went elsewhere than this machine. */
  assertNoneLeft(): void {
    const leaks = this.violations();
    if (leaks.length === 0) return;
    const lines = leaks.map((leak) => `  ${leak.url}  (from ${leak.from})`);
    throw new Error(`The browser made ${leaks.length} request(s) off this machine:\n${lines.join('\n')}`);
  }

  close(): Promise<void> {
    this.proxy.closeAllConnections();
    return new Promise((resolve) => this.proxy.close(() => resolve()));
  }

  private recordProxied(url: string): void {
    const host = safeHost(url);
    if (this.browserOwnHosts.has(host)) {
      this.browserHousekeeping.push(url);
      return;
    }
    this.requests.push({ from: 'proxy (any context of the browser)', url });
  }
}

function requester(request: Request): string {
  if (request.serviceWorker()) return 'service worker';
  try {
    return request.frame().url() || 'page';
  } catch {
    // Requests of a frame that is already gone, or of another kind of worker.
    return 'page';
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
