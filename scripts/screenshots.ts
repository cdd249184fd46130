/**
 * `npm run screenshots`: pictures of each surface of the built extension (popup, side panel, log,
 * prep document) with a year of generated entries, for the README. Writes docs/screenshots/*.png,
 * which are committed; look at them before committing new ones.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ExtensionSession } from '../tests/e2e/support/extension-session';
import { generateLog } from '../tests/fixtures/generate-log';
import { replaceLog } from './bench/seed-database';

const OUT = resolve('docs/screenshots');
mkdirSync(OUT, { recursive: true });
const session = await ExtensionSession.launch({ extensionDir: resolve('.output/chrome-mv3') });
try {
  const { context } = session;
  const home = await context.newPage();
  await home.goto(session.url('log.html'));
  await home.getByRole('heading', { name: 'Your log', level: 1 }).waitFor();
  await replaceLog(home, generateLog(160, { seed: 3, now: new Date(), years: 1 }));
  await home.close();

  const shoot = async (path: string, name: string, viewport: { width: number; height: number }, ready: (page: Page) => Promise<void>) => {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(session.url(path));
    await ready(page);
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    await page.close();
    console.log(`docs/screenshots/${name}.png`);
  };

  await shoot('popup.html', 'popup', { width: 420, height: 600 }, async (page) => {
    await page.getByRole('region', { name: 'Recent' }).getByRole('listitem').first().waitFor();
  });
  await shoot('sidepanel.html', 'side-panel', { width: 360, height: 720 }, async (page) => {
    await page.getByRole('region', { name: 'Latest entries' }).getByRole('listitem').first().waitFor();
  });
  await shoot('log.html', 'log', { width: 1024, height: 768 }, async (page) => {
    await page.getByRole('region', { name: 'Entries' }).getByRole('listitem').first().waitFor();
  });
  await shoot('prep.html', 'prep', { width: 1024, height: 900 }, async (page) => {
    await page.getByRole('heading', { level: 1, name: /prep$/ }).waitFor();
  });
} finally {
  await session.close();
}
