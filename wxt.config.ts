import preact from '@preact/preset-vite';
import { defineConfig, type Entrypoint } from 'wxt';

/** The origins sync may be granted, one at a time, by the user turning it on. */
const SYNC_ORIGINS = ['https://*/*', 'http://*/*'];

// The manifest is the privacy promise in machine-readable form: every permission here is on the
// allowlist in docs/design.md, and tests/architecture/manifest.test.ts fails the build of anything else.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  hooks: {
    // WXT builds every HTML page in one Vite build, so code two pages share lands in shared chunks:
    // the popup loaded nine files. An extension page pays for each file it fetches (in headless
    // Chromium on the bench machine, eight module files took ~30 ms longer than one file of the
    // same size), so each page gets a build of its own: one file for its first screen, plus what
    // it imports lazily.
    'entrypoints:grouped': (_wxt, groups) => {
      const isPages = (group: (typeof groups)[number]) =>
        Array.isArray(group) && group.every((entry) => entry.inputPath.endsWith('.html'));
      const pages = groups.findIndex(isPages);
      if (pages === -1) return;
      const [html] = groups.splice(pages, 1);
      groups.push(...(html as Entrypoint[]).map((page) => [page]));
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Latitude',
    description: 'A private, local log of wins, feedback and talents for 1:1s, reviews and career conversations.',
    permissions: ['contextMenus', 'activeTab', 'storage', 'unlimitedStorage', 'alarms'],
    // Host access only for sync: asked for one origin (the user's WebDAV server) when sync is
    // turned on, and given back when it is turned off (src/browser/host-permission.ts). MV2 (the
    // Firefox build) lists optional origins among the optional permissions; WXT drops
    // optional_host_permissions from an MV2 manifest.
    ...(manifestVersion === 2
      ? { optional_permissions: ['notifications', ...SYNC_ORIGINS] }
      : { optional_permissions: ['notifications'], optional_host_permissions: [...SYNC_ORIGINS] }),
    omnibox: { keyword: 'lat' },
    commands: {
      // MV2 (Firefox) names the toolbar button's command differently.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Capture a win, feedback or talent note',
      },
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+K' },
              description: 'Open the 1:1 side panel',
            },
          }
        : {
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+K' },
              description: 'Open the 1:1 side panel',
            },
          }),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'latitude@latitude.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
