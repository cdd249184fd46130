import { SOON } from '../e2e/support/wait';
import { startWebDavServer, type WebDavServer } from '../support/webdav-server';
import { FirefoxPopupPage } from './pages/popup-page';
import { byLabel, byRole, fill, find, findWithText, textOf, waitUntil } from './support/dom';
import { useFirefoxSession } from './support/firefox-session';

const TEXT = 'Walked the new hires through the deploy pipeline';

// Sync in Firefox against the real WebDAV server (tests/support/webdav-server.ts): turning it on
// (Firefox grants the server's optional origin: the session turns off the permission doorhanger,
// which headless Firefox cannot show, see firefox-session.ts), a capture, Sync now, and the change
// set on the server, encrypted.
describe('sync in Firefox', () => {
  const session = useFirefoxSession();
  let server: WebDavServer;

  beforeAll(async () => {
    server = await startWebDavServer();
  });
  afterAll(() => server?.stop());

  test('turns on against a WebDAV server; a capture reaches the server encrypted', async () => {
    session().network.allowOrigin(server.url);
    const page = await session().openPage('options.html');
    await fill(await byLabel(page, 'Server address'), server.url);
    await fill(await byLabel(page, 'User name'), server.username);
    await fill(await byLabel(page, 'App password'), server.password);
    await fill(await byLabel(page, 'Folder'), 'Latitude');
    await fill(await byLabel(page, 'Passphrase'), 'maple harbour seventeen lanterns');
    await fill(await byLabel(page, 'Passphrase again'), 'maple harbour seventeen lanterns');
    await (await find(page, byRole('button', 'Turn sync on'))).click();
    await findWithText(page, byRole('status'), /^Sync is on, and this device started the folder/);

    const popup = await FirefoxPopupPage.open(session());
    await popup.capture({ text: TEXT });
    await expect.poll(() => popup.statusText(), SOON).toBe('Saved');
    await popup.close();

    await (await find(page, byRole('button', 'Sync now'))).click();
    await waitUntil('a round that sent the capture', async () => {
      const line = await textOf(await find(page, '.sync-last'));
      return /^Last synced .*1 change sent/.test(line) ? line : undefined;
    });
    const files = await server.files();
    expect(files.filter((file) => file.startsWith('Latitude/changes/')).length).toBeGreaterThan(0);
    for (const file of files) expect((await server.readRaw(file)).toString('latin1'), file).not.toContain('deploy');
    await page.close();
  });
});
