import type { Page } from 'puppeteer-core';
import { layoutProblems } from '../e2e/support/layout';
import { SOON } from '../e2e/support/wait';
import { FirefoxPopupPage } from './pages/popup-page';
import { FirefoxSidePanelPage, SIDEBAR_WIDTH } from './pages/side-panel-page';
import { all, byRole, fill, find, findWithText, isChecked, textOf, waitUntil } from './support/dom';
import { type ColorScheme, setViewport, useFirefoxSession } from './support/firefox-session';

const LONG_NAME = 'Alexandra Konstantinopoulou-Whitfield';
const LONG_WORD = 'https://wiki.example.com/teams/platform/runbooks/billing-migration-rollback-checklist-2026';

// The side panel in Firefox, where it is the sidebar, about 252 px wide: a note taken with no
// person picked and moved to the person added after, a 1:1 captured with the mouse and with the
// kind chords, and a layout that fits from 240 px, light and dark, with
// nothing cut off (tests/e2e/side-panel-layout.test.ts checks the same in Chromium).
describe.each(['light', 'dark'] as const)('side panel in Firefox, %s', (colorScheme: ColorScheme) => {
  const session = useFirefoxSession({ colorScheme });

  async function expectFits(page: Page, state: string) {
    for (const width of [240, SIDEBAR_WIDTH]) {
      await setViewport(page, { width, height: 900 });
      expect(await page.evaluate(layoutProblems), `${state}, ${width} px, ${colorScheme}`).toEqual([]);
    }
    await setViewport(page, { width: SIDEBAR_WIDTH, height: 900 });
  }

  test('captures a 1:1 with the mouse and the Alt+Shift chords, and fits 240 and 252 px throughout', async () => {
    const popup = await FirefoxPopupPage.open(session());
    await popup.capture({
      text: `Wrote the rollback runbook: ${LONG_WORD}`,
      tags: 'billing-migration-rollback, on-call',
    });
    await expect.poll(() => popup.statusText(), SOON).toBe('Saved');
    await popup.close();

    const panel = await FirefoxSidePanelPage.open(session());
    const { page } = panel;
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    await panel.entry('Wrote the rollback runbook');
    await expectFits(page, 'first screen, nobody added yet');

    // A note with nobody picked goes into today's meeting, listed at once, and fits too.
    await fill(await panel.entryText(), `Team sync: freeze on Friday, see ${LONG_WORD}`);
    await (await find(page, byRole('button', 'Save'))).click();
    const meeting = await find(page, byRole('region', 'Today without a person'));
    await findWithText(
      await find(meeting, byRole('list', 'Captured')),
      byRole('listitem'),
      'Team sync: freeze on Friday',
    );
    await expectFits(page, 'a note with no person picked');

    await panel.addPerson(LONG_NAME);
    await expectFits(page, 'the offer to move the meeting');
    await (await find(page, byRole('button', `Move today’s notes without a person to ${LONG_NAME}`))).click();
    await waitUntil('the meeting to be moved', async () =>
      (await all(page, byRole('region', 'Today without a person'))).length === 0 ? true : undefined,
    );
    const today = await find(page, byRole('region', `Today with ${LONG_NAME}`));
    await findWithText(
      await find(today, byRole('list', 'Captured')),
      byRole('listitem'),
      'Team sync: freeze on Friday',
    );
    for (const kind of ['Note', 'Feedback', 'Win', 'Talent', 'Action item']) await panel.kindOption(kind);
    expect(await isChecked(await panel.kindOption('Note'))).toBe(true);
    await fill(await find(page, byRole('textbox', 'Agenda item')), `Walk through ${LONG_WORD}`);
    await (await find(page, byRole('button', 'Add to agenda'))).click();
    await findWithText(page, byRole('listitem'), `Walk through ${LONG_WORD}`);

    await fill(await panel.entryText(), `Decision: keep ${LONG_WORD} as the source of truth`);
    await (await find(page, byRole('button', 'Save'))).click();
    await findWithText(await find(page, byRole('list', 'Captured')), byRole('listitem'), 'Decision: keep');
    await panel.entry('Decision: keep');
    await expectFits(page, 'a 1:1 with a note captured');

    // The chords, as keys pressed in the page; the hint lists them.
    expect(await textOf(await findWithText(page, 'p', 'Switch kind with Alt+Shift'))).toBe(
      'Switch kind with Alt+Shift and a number: 1 Note · 2 Feedback · 3 Win · 4 Talent · 5 Action item',
    );
    for (const [digit, kind] of [
      ['2', 'Feedback'],
      ['3', 'Win'],
      ['4', 'Talent'],
      ['5', 'Action item'],
    ] as const) {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press(`Digit${digit}`);
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await expect.poll(async () => isChecked(await panel.kindOption(kind)), SOON).toBe(true);
      if (kind === 'Win') await (await find(page, 'summary')).click(); // Areas and energy
      await expectFits(page, `capturing ${kind}`);
    }
    await fill(await panel.entryText(), 'Send the on-call rota proposal');
    await (await find(page, byRole('button', 'Save'))).click();
    await find(page, byRole('checkbox', 'Send the on-call rota proposal'));

    await (await find(page, byRole('button', 'Delete person'))).click();
    await find(page, byRole('alertdialog'));
    await expectFits(page, 'the delete confirmation');
    await panel.close();
  });
});
