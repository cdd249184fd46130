/**
 * `npm run screenshots`: pictures of each surface of the built extension (popup, side panel, log)
 * with a year of generated entries, and of the prep document for each conversation from a golden
 * story, for the README. Writes docs/screenshots/*.png,
 * which are committed; look at them before committing new ones.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ExtensionSession } from '../tests/e2e/support/extension-session';
import { generateLog } from '../tests/fixtures/generate-log';
import { managerMissesCoding, STORY_NOW } from '../tests/fixtures/stories';
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

  const shoot = async (
    path: string,
    name: string,
    viewport: { width: number; height: number },
    ready: (page: Page) => Promise<void>,
    now?: Date,
  ) => {
    const page = await context.newPage();
    if (now) await page.clock.setFixedTime(now);
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

  // The prep document, one picture per conversation, from a golden story: a year of Sam's log (a
  // manager who misses building), read on the story's last day.
  const story = await context.newPage();
  await story.goto(session.url('log.html'));
  await replaceLog(story, managerMissesCoding.log);
  await story.close();
  for (const kind of ['promotion', 'lateral', 'step-down', 'review']) {
    await shoot(
      `prep.html#kind=${kind}&period=custom&from=2025-12-01&to=2026-11-30`,
      `prep-${kind}`,
      { width: 1024, height: 1000 },
      async (page) => {
        await page.getByRole('heading', { level: 1, name: /prep$/ }).waitFor();
        await page.locator('.opening-text').waitFor();
      },
      STORY_NOW,
    );
  }
} finally {
  await session.close();
}
