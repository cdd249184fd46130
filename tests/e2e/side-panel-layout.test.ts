import type { Page } from 'playwright-core';
import { PopupPage } from './pages/popup-page';
import { useExtensionSession } from './support/extension-session';
import { layoutProblems } from './support/layout';
import { SOON } from './support/wait';

/** Firefox opens its sidebar about 252 px wide; the panel must work from 240 px up. */
const WIDTHS = [240, 252] as const;
const LONG_NAME = 'Alexandra Konstantinopoulou-Whitfield';
const LONG_WORD = 'https://wiki.example.com/teams/platform/runbooks/billing-migration-rollback-checklist-2026';

// The side panel in Chromium at the width of Firefox's sidebar (tests/e2e-firefox/side-panel.test.ts
// checks the same in Firefox): nothing cut off, no sideways scrolling, every control inside the
// window, in light and dark, from the first screen to a 1:1 with every kind of capture open.
describe('side panel layout, narrow', () => {
  const session = useExtensionSession();

  async function expectFits(page: Page, state: string) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await page.evaluate(layoutProblems), `${state}, ${width} px, ${colorScheme}`).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 252, height: 900 });
  }

  test('fits 240 and 252 px, from the first screen to a 1:1 in progress', async () => {
    // Long words and names are what push a narrow layout sideways.
    const popup = await PopupPage.open(session());
    await popup.capture({
      text: `Wrote the rollback runbook: ${LONG_WORD}`,
      tags: 'billing-migration-rollback, on-call',
    });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.close();

    const page = await session().context.newPage();
    await page.setViewportSize({ width: 252, height: 900 });
    await page.goto(session().url('sidepanel.html'));
    await page.getByRole('region', { name: 'Latest entries' }).getByText('Wrote the rollback runbook').waitFor();
    await expectFits(page, 'first screen, nobody added yet');

    await page.getByRole('textbox', { name: 'Name' }).fill(LONG_NAME);
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('heading', { name: `Today with ${LONG_NAME}` }).waitFor();
    await page.getByRole('textbox', { name: 'Agenda item' }).fill(`Walk through ${LONG_WORD}`);
    await page.getByRole('button', { name: 'Add to agenda' }).click();
    await page.getByText(`Walk through ${LONG_WORD}`).waitFor();
    await page.getByRole('textbox', { name: 'Entry text' }).fill(`Decision: keep ${LONG_WORD} as the source of truth`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('list', { name: 'Captured' }).getByText('Decision: keep').waitFor();
    await expectFits(page, 'a 1:1 with a note captured');

    const kinds = page.getByRole('radiogroup', { name: 'Kind' });
    for (const kind of ['Feedback', 'Win', 'Talent', 'Action item']) {
      await kinds.getByRole('radio', { name: kind, exact: true }).check();
      if (kind === 'Win') await page.getByText('Areas and energy').click();
      await expectFits(page, `capturing ${kind}`);
    }

    await page.getByRole('button', { name: 'Delete person' }).click();
    await page.getByRole('alertdialog').waitFor();
    await expectFits(page, 'the delete confirmation');
    await page.close();
  });
});
