import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ManifestLike, manifestViolations } from '../e2e/support/manifest-policy';
import { SOON } from '../e2e/support/wait';
import { FIREFOX_EXTENSION_DIR, useFirefoxSession } from './support/firefox-session';

interface FirefoxManifest extends ManifestLike {
  manifest_version: number;
  browser_action?: { default_popup?: string; default_area?: string };
  sidebar_action?: { default_panel?: string; open_at_install?: boolean };
  omnibox?: { keyword?: string };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  browser_specific_settings?: { gecko?: { id?: string } };
}

// The Firefox build's manifest (the privacy promise and the surfaces of the UI contract in docs/design.md), and what
// installing it does in real Firefox: a calm install, with one welcome tab and no sidebar forced open.
describe('the Firefox build', () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as FirefoxManifest;

  test('asks only for allowlisted permissions and reaches no web page', () => {
    expect(manifestViolations(manifest)).toEqual([]);
  });

  test('may ask for one web origin for sync, only as an optional permission', () => {
    expect((manifest as { host_permissions?: unknown }).host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toEqual(['notifications', 'https://*/*', 'http://*/*']);
  });

  test('declares the surfaces of the UI contract, the toolbar button in the toolbar and the sidebar closed at install', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_action?.default_popup).toBe('popup.html');
    // Without it, Firefox puts the button in the extensions menu, where the ✓ / ! badge is unseen.
    expect(manifest.browser_action?.default_area).toBe('navbar');
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.sidebar_action?.open_at_install).toBe(false);
    expect(manifest.omnibox?.keyword).toBe('lat');
    expect(manifest.commands?._execute_browser_action?.suggested_key?.default).toBe('Alt+Shift+L');
    expect(manifest.commands?._execute_sidebar_action?.suggested_key?.default).toBe('Alt+Shift+K');
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('latitude@latitude.invalid');
  });

  describe('installed in Firefox', () => {
    const session = useFirefoxSession();

    test('opens one welcome tab and leaves the sidebar closed', async () => {
      const { bridge } = session();
      const extensionTabs = async () =>
        (await session().tabUrls()).filter(
          (url) =>
            url.startsWith(session().url('')) && url !== bridge.url() && !url.endsWith('latitude-test-bridge.html'),
        );
      await expect.poll(extensionTabs, SOON).toEqual([session().url('options.html?welcome')]);
      expect(
        await bridge.evaluate(() =>
          (
            globalThis as unknown as { browser: { sidebarAction: { isOpen(details: object): Promise<boolean> } } }
          ).browser.sidebarAction.isOpen({}),
        ),
      ).toBe(false);
      // Nothing else opens a moment later either.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await extensionTabs()).toEqual([session().url('options.html?welcome')]);
    });
  });
});
