import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describeSyncProblem } from '../../src/domain/sync/problems';
import { startWebDavServer, type WebDavServer } from '../support/webdav-server';
import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { ExtensionSession } from './support/extension-session';
import { SOON } from './support/wait';

const PASSPHRASE = 'maple harbour seventeen lanterns';
/** Every word typed into either log in these tests: none may reach the server in plain text. */
const TYPED_WORDS = ['Mentored', 'Priya', 'on-call', 'runbook', 'postmortem', 'incident review', 'billing outage'];
/** The debounce (5 s) after a save, and a round, on a busy machine. */
const AUTOMATIC_ROUND = { timeout: 60_000, interval: 2_000 };
const SCREENSHOTS = fileURLToPath(new URL('../../.output/e2e-screenshots/', import.meta.url));

/**
 * The user allows the extension on the server's site (chrome://extensions → Site access), so the
 * browser grants Settings' request for that origin without a prompt, which headless Chromium cannot
 * show. The request itself is still made by the page, from the click.
 */
async function allowSite(session: ExtensionSession, pattern: string): Promise<void> {
  const page = await session.context.newPage();
  // The extensions page is heavy; give it longer than the suite's ten seconds on a busy machine.
  await page.goto('chrome://extensions/', { timeout: 60_000 });
  const error = await page.evaluate(
    ([id, site]) =>
      new Promise<string>((resolve) => {
        const api = (
          globalThis as unknown as {
            chrome: {
              developerPrivate: { addHostPermission(id: string, site: string, done: () => void): void };
              runtime: { lastError?: { message?: string } };
            };
          }
        ).chrome;
        api.developerPrivate.addHostPermission(id, site, () => resolve(api.runtime.lastError?.message ?? ''));
      }),
    [session.extensionId, pattern] as const,
  );
  await page.close();
  expect(error).toBe('');
}

async function hasHostAccess(session: ExtensionSession, pattern: string): Promise<boolean> {
  const worker = await session.serviceWorker();
  return worker.evaluate(
    (origin) =>
      (
        globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }
      ).chrome.permissions.contains({ origins: [origin] }),
    pattern,
  );
}

async function openSync(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('options.html'));
  await page.getByRole('heading', { level: 2, name: 'Sync' }).waitFor();
  return page;
}

async function turnOn(page: Page, server: WebDavServer, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Server address').fill(server.url);
  await page.getByLabel('User name').fill(server.username);
  await page.getByLabel('App password').fill(server.password);
  await page.getByLabel('Folder').fill('Latitude');
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Turn sync on' }).click();
}

async function syncNow(page: Page): Promise<string> {
  const button = page.getByRole('button', { name: 'Sync now' });
  await button.click();
  await expect.poll(() => button.isEnabled(), SOON).toBe(true);
  return (await page.locator('.sync-last').textContent()) ?? '';
}

async function logTexts(session: ExtensionSession): Promise<string[]> {
  const log = await LogPage.open(session);
  await log.page
    .getByRole('region', { name: 'Entries' })
    .or(log.page.getByRole('heading', { name: 'Nothing logged yet' }))
    .first()
    .waitFor();
  const texts = await log.entryTexts();
  await log.close();
  return texts;
}

async function capture(session: ExtensionSession, text: string): Promise<void> {
  const popup = await PopupPage.open(session);
  await popup.capture({ text });
  await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
  await popup.close();
}

// Two browser profiles, each with the built extension, sync through a real WebDAV server on
// 127.0.0.1 (tests/support/webdav-server.ts); each profile may reach that origin and no other.
describe('sync between two browsers through a WebDAV server', () => {
  let server: WebDavServer;
  let a: ExtensionSession;
  let b: ExtensionSession;
  let pattern: string;

  beforeAll(async () => {
    server = await startWebDavServer();
    pattern = `http://127.0.0.1/*`;
    [a, b] = await Promise.all([ExtensionSession.launch(), ExtensionSession.launch()]);
    for (const session of [a, b]) session.network.allowOrigin(server.url);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await Promise.allSettled([a?.close(), b?.close()]);
    await server?.stop();
  });

  test('a capture on A is seen on B; the server holds no plain text', async () => {
    await capture(a, 'Mentored Priya through her first on-call week');
    const settingsA = await openSync(a);
    await settingsA.locator('section.sync').screenshot({ path: `${SCREENSHOTS}sync-off.png` });
    // Nothing has left either browser yet.
    expect([...a.network.requests, ...b.network.requests].filter((r) => r.url.startsWith(server.url))).toEqual([]);

    await allowSite(a, pattern);
    await turnOn(settingsA, server);
    await settingsA.getByText(/^Sync is on, and this device started the folder/).waitFor(SOON);
    await expect
      .poll(() => settingsA.locator('.sync-last').textContent(), SOON)
      .toMatch(/^Last synced .*1 change sent/);
    expect(await hasHostAccess(a, pattern)).toBe(true);
    await settingsA.locator('section.sync').screenshot({ path: `${SCREENSHOTS}sync-on.png` });

    await allowSite(b, pattern);
    const settingsB = await openSync(b);
    await turnOn(settingsB, server);
    await settingsB.getByText('Sync is on: this device joined the folder.').waitFor(SOON);
    await expect.poll(() => logTexts(b), SOON).toContain('Mentored Priya through her first on-call week');

    await settingsA.close();
    await settingsB.close();
  });

  test('the same entry edited on both while offline: after syncing, both versions are kept on both', async () => {
    const text = 'Mentored Priya through her first on-call week';
    // Offline: the automatic rounds after each edit fail, so neither device sees the other's edit.
    await server.fail(503);
    for (const [session, suffix] of [
      [a, ' (and wrote the runbook)'],
      [b, ' (and reviewed her postmortem)'],
    ] as const) {
      const log = await LogPage.open(session);
      const editor = await log.edit(text);
      await editor.text.fill(`${text}${suffix}`);
      await editor.save.click();
      await log.entry(`${text}${suffix}`).waitFor();
      await log.close();
    }
    const settingsA = await openSync(a);
    const settingsB = await openSync(b);
    expect(await syncNow(settingsA)).toMatch(/^Last sync failed .*The sync server had an error/);
    await settingsA.locator('section.sync').screenshot({ path: `${SCREENSHOTS}sync-failure.png` });
    await server.heal();
    // Either device may merge first: a retry or a nudge can run an automatic round once the server is back.
    expect(await syncNow(settingsA)).toMatch(/^Last synced /);
    expect(await syncNow(settingsB)).toMatch(/^Last synced /);
    await syncNow(settingsA);
    for (const session of [a, b]) {
      const texts = (await logTexts(session)).join('\n');
      expect(texts).toContain('(and wrote the runbook)');
      expect(texts).toContain('(and reviewed her postmortem)');
    }
    // On B, the losing version is a conflict copy, tagged so in the log.
    const logB = await LogPage.open(b);
    const copies = logB.page.locator('li.log-entry').filter({ has: logB.page.getByText('#conflict', { exact: true }) });
    await expect.poll(() => copies.count(), SOON).toBe(1);
    expect(await copies.locator('.entry-text').textContent()).toMatch(
      /^Mentored Priya through her first on-call week \(and /,
    );
    await logB.close();
    await settingsA.close();
    await settingsB.close();
  });

  test('a capture on A reaches B with no Sync now on A; a delete on A is gone on B; restoring it on B brings it back on A', async () => {
    const text = 'Led the incident review for the billing outage';
    await capture(a, text);
    const settingsA = await openSync(a);
    const settingsB = await openSync(b);
    // Nobody presses Sync now on A: the popup's save tells A's background (a message, which would
    // wake it from sleep; Playwright's DevTools connection keeps it awake here), which syncs by itself.
    await expect
      .poll(async () => {
        await syncNow(settingsB);
        return logTexts(b);
      }, AUTOMATIC_ROUND)
      .toContain(text);

    const logA = await LogPage.open(a);
    await logA.entry('Led the incident review').getByRole('button', { name: 'Delete' }).click();
    await logA.undo.waitFor();
    await logA.close();
    await syncNow(settingsA);
    expect(await syncNow(settingsB)).toMatch(/^Last synced /);
    expect(await logTexts(b)).not.toContain(text);

    // B did not delete it, so B has no Undo: the log's Recently deleted view has it, with Restore.
    const logB = await LogPage.open(b);
    await logB.page.getByRole('link', { name: 'Deleted' }).click();
    const deleted = logB.page
      .getByRole('list', { name: 'Deleted entries' })
      .getByRole('listitem')
      .filter({ hasText: text });
    await deleted.getByRole('button', { name: 'Restore' }).click();
    await logB.page.getByRole('status').filter({ hasText: 'Entry restored.' }).waitFor(SOON);
    await logB.close();
    expect(await logTexts(b)).toContain(text);
    await syncNow(settingsB);
    await syncNow(settingsA);
    expect(await logTexts(a)).toContain(text);
    await settingsA.close();
    await settingsB.close();
  }, 180_000);

  test('turning sync off gives host access back; a wrong passphrase is refused and changes nothing', async () => {
    const settingsB = await openSync(b);
    await settingsB.getByRole('button', { name: 'Turn sync off' }).click();
    await settingsB.getByText(/^Sync is off\. Your log stays on this device/).waitFor(SOON);
    expect(await hasHostAccess(b, pattern)).toBe(false);
    expect(await logTexts(b)).toContain('Led the incident review for the billing outage');

    const before = await server.files();
    await allowSite(b, pattern);
    await turnOn(settingsB, server, 'not the passphrase we chose');
    await expect
      .poll(() => settingsB.getByRole('alert').allTextContents(), SOON)
      .toContain(describeSyncProblem('wrong-passphrase'));
    expect(await settingsB.getByRole('button', { name: 'Turn sync on' }).isVisible()).toBe(true);
    expect(await hasHostAccess(b, pattern)).toBe(false);
    expect(await server.files()).toEqual(before);
    await settingsB.close();
  });

  test('the server holds no plain text of any entry', async () => {
    const files = await server.files();
    expect(files.filter((file) => file.endsWith('.bin')).length).toBeGreaterThan(1);
    for (const file of files) {
      const raw = (await server.readRaw(file)).toString('latin1');
      for (const word of TYPED_WORDS) expect(raw, file).not.toContain(word);
    }
  });
});
