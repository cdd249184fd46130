import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './support/extension-session';
import { type ManifestLike, manifestViolations } from './support/manifest-policy';

// The built manifest is the privacy promise in machine-readable form (docs/design.md, Privacy).
// This reads the build that the rest of the suite loads.
describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as ManifestLike & {
    manifest_version: number;
    action?: { default_popup?: string };
    side_panel?: { default_path?: string };
    omnibox?: { keyword?: string };
    commands?: Record<string, { suggested_key?: { default?: string } }>;
  };

  test('asks only for allowlisted permissions and reaches no web page', () => {
    expect(manifestViolations(manifest)).toEqual([]);
  });

  test('may ask for one web origin for sync, only as an optional host permission', () => {
    expect((manifest as { host_permissions?: unknown }).host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  test('the policy check catches each kind of overreach', () => {
    // A check that cannot fail proves nothing.
    expect(
      manifestViolations({
        permissions: ['storage', 'tabs', 'history'],
        optional_permissions: ['notifications', 'downloads', 'https://*/*'],
        optional_host_permissions: ['https://*/*', '<all_urls>'],
        host_permissions: ['<all_urls>'],
        content_scripts: [{ matches: ['<all_urls>'], js: ['x.js'] }],
        externally_connectable: { matches: ['https://example.com/*'] },
        web_accessible_resources: [],
        content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.com" },
      }),
    ).toEqual([
      'permission not on the allowlist: tabs',
      'permission not on the allowlist: history',
      'optional permission not on the allowlist: downloads',
      // An MV3 manifest lists origins as host permissions, never as plain optional permissions.
      'optional permission not on the allowlist: https://*/*',
      'optional host permission not allowed: <all_urls>',
      'forbidden manifest key: host_permissions',
      'forbidden manifest key: content_scripts',
      'forbidden manifest key: externally_connectable',
      'forbidden manifest key: web_accessible_resources',
      `content security policy loosened: ${JSON.stringify({ extension_pages: "script-src 'self' https://cdn.example.com" })}`,
    ]);
  });

  test('declares the surfaces of the UI contract', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action?.default_popup).toBe('popup.html');
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.omnibox?.keyword).toBe('lat');
    for (const page of ['popup.html', 'sidepanel.html', 'log.html']) {
      expect(existsSync(join(EXTENSION_DIR, page)), page).toBe(true);
    }
    expect(manifest.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+L');
    expect(manifest.commands?.['open-side-panel']?.suggested_key?.default).toBe('Alt+Shift+K');
  });
});

// What `wxt build` (and so `npm run zip`) ships: the product's pages and nothing made for measuring
// or testing. The benchmark adds its floor pages to a copy of the build (scripts/bench/bench-extension.ts).
describe('built extension files', () => {
  const files = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).map((file) =>
    file.replaceAll('\\', '/'),
  );

  test('hold only the pages of the UI contract, and no bench or test page', () => {
    expect(files.filter((file) => file.endsWith('.html')).sort()).toEqual([
      'log.html',
      'options.html',
      'popup.html',
      'prep.html',
      'sidepanel.html',
    ]);
    expect(files.filter((file) => /bench|test|fixture|floor/i.test(file))).toEqual([]);
    // The check can fail: the build is not empty, and the bench pages exist, outside it.
    expect(files).toContain('manifest.json');
    expect(existsSync(join(EXTENSION_DIR, '../../scripts/bench/pages/bench-floor.html'))).toBe(true);
  });
});
