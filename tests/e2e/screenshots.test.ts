import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { SidePanelPage } from './pages/side-panel-page';
import { useExtensionSession } from './support/extension-session';
import { pressChord } from './support/keyboard';
import { NativeSurface } from './support/native-surface';
import { seedEntries } from './support/seed-entries';
import { SOON } from './support/wait';

/** Gitignored; for people to look at, not compared pixel by pixel. */
const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url));

// Pictures of each view with a few entries, in light and dark, for review by eye.
describe('screenshots', () => {
  const session = useExtensionSession();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await seedEntries(session());
  });

  async function shoot(page: Page, name: string) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const path = join(ARTIFACTS, `${name}-${colorScheme}.png`);
      const png = await page.screenshot({ path, fullPage: true });
      expect(png.byteLength).toBeGreaterThan(1_000);
    }
  }

  test('popup, as Chrome shows it', async () => {
    // The real popup, opened by its shortcut over a web page: Chrome sizes it to its content
    // (at most 800 x 600), which a tab cannot show.
    const article = await session().openArticle();
    await article.bringToFront();
    await pressChord(await session().context.newCDPSession(article), 'Alt+Shift+L');
    const popupUrl = session().url('popup.html');
    await expect.poll(() => NativeSurface.pageUrls(session().context), SOON).toContain(popupUrl);
    const popup = await NativeSurface.attach(session().context, popupUrl);
    await expect.poll(async () => (await popup.find('region', 'Recent'))?.text ?? '', SOON).toContain('Mentored Alex');
    for (const colorScheme of ['light', 'dark'] as const) {
      writeFileSync(join(ARTIFACTS, `popup-${colorScheme}.png`), await popup.screenshot(colorScheme));
    }
    await popup.detach();
    await article.close();
  });

  test('popup with refused input', async () => {
    const popup = await PopupPage.open(session());
    await popup.page.setViewportSize({ width: 380, height: 600 });
    await popup.kindOption('Feedback').check();
    await popup.page.getByText('Areas and energy').click();
    await popup.capture({ kind: 'Feedback', text: ' ', tags: `mentoring, ${'x'.repeat(41)}` });
    await popup.alerts.first().waitFor();
    await shoot(popup.page, 'popup-refused');
    await popup.close();
  });

  test('log page', async () => {
    const log = await LogPage.open(session());
    await log.page.setViewportSize({ width: 1024, height: 768 });
    await log.entry('Mentored Alex').waitFor();
    await shoot(log.page, 'log');
    await log.close();
  });

  test('side panel', async () => {
    const panel = await SidePanelPage.open(session());
    await panel.entry('Mentored Alex').waitFor();
    await shoot(panel.page, 'side-panel');
    await panel.close();
  });
});
