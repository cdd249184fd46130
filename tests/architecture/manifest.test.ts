// The manifest is the privacy promise in machine-readable form (docs/design.md, Privacy).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConfigEnv, UserManifest } from 'wxt';
import config from '../../wxt.config';
import { OPEN_SIDE_PANEL_COMMAND } from '../../entrypoints/background';
import { CAPTURE_MENU_ITEMS } from '../../src/browser/context-menu';

const ALLOWED_PERMISSIONS = ['contextMenus', 'sidePanel', 'activeTab', 'unlimitedStorage', 'alarms', 'storage'];
const ALLOWED_OPTIONAL_PERMISSIONS = ['notifications'];
/** Host access, only for sync: optional, asked for one origin at a time when the user turns sync on. */
const SYNC_ORIGINS = ['https://*/*', 'http://*/*'];
const FORBIDDEN_KEYS = ['host_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources'];

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<UserManifest> {
  const env: ConfigEnv = {
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  };
  const manifest = config.manifest;
  return typeof manifest === 'function' ? await manifest(env) : ((await manifest) ?? {});
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('asks only for allowed permissions, and notifications only as optional', async () => {
    const manifest = await manifestFor(browser);
    const permissions = (manifest.permissions ?? []) as string[];
    expect(permissions.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
    const optional = (manifest.optional_permissions ?? []) as string[];
    expect(optional.filter((p) => !ALLOWED_OPTIONAL_PERMISSIONS.includes(p) && !SYNC_ORIGINS.includes(p))).toEqual([]);
  });

  it('asks for no host access up front, no content scripts or outside connections', async () => {
    const manifest = (await manifestFor(browser)) as Record<string, unknown>;
    expect(FORBIDDEN_KEYS.filter((key) => key in manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>/);
    const permissions = (manifest.permissions ?? []) as string[];
    expect(permissions.filter((p) => p.includes('://') || p.includes('*'))).toEqual([]);
  });

  it('may ask for one web origin for sync, and only as an optional permission', async () => {
    const manifest = (await manifestFor(browser)) as Record<string, unknown>;
    const optional = (manifest.optional_permissions ?? []) as string[];
    if (browser === 'firefox') {
      // MV2 lists optional origins among the optional permissions.
      expect(optional.filter((p) => p.includes('://'))).toEqual(SYNC_ORIGINS);
      expect('optional_host_permissions' in manifest).toBe(false);
    } else {
      expect(optional.filter((p) => p.includes('://'))).toEqual([]);
      expect(manifest.optional_host_permissions).toEqual(SYNC_ORIGINS);
    }
  });

  it('keeps the omnibox keyword and offers two keyboard commands', async () => {
    const manifest = await manifestFor(browser);
    expect(manifest.omnibox?.keyword).toBe('lat');
    const commands = Object.keys(manifest.commands ?? {});
    // MV2 (the Firefox build) names the toolbar button's command differently.
    expect(commands).toContain(browser === 'firefox' ? '_execute_browser_action' : '_execute_action');
    expect(commands).toContain(browser === 'firefox' ? '_execute_sidebar_action' : OPEN_SIDE_PANEL_COMMAND);
  });
});

describe('the UI contract', () => {
  it('keeps the context-menu ids', () => {
    expect(CAPTURE_MENU_ITEMS.map((item) => item.id)).toEqual(['log-win', 'log-feedback', 'log-talent']);
  });
});

// Everything in public/ is copied into every build (Chrome and Firefox) and the store zip, so it
// holds only what ships: the icons. The benchmark's pages live in scripts/bench/pages.
describe('public/', () => {
  it('holds only the icons', () => {
    const files = readdirSync(resolve(__dirname, '../../public'));
    expect(files.filter((file) => !/^icon-\d+\.png$/.test(file))).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });
});
