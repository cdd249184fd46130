import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { SOON } from './support/wait';

const TODAY = new Date('2026-11-27T10:00:00');

// A team meeting, or a call with someone not in the list yet: the side panel takes notes and
// action items with nobody picked, lists them, and gives them to a person once there is one,
// without losing what is being typed meanwhile.
describe('side panel with no person picked', () => {
  const session = useExtensionSession();

  async function openPanel(): Promise<Page> {
    const page = await session().context.newPage();
    // Installed on a loaded page: on a page just opened, Playwright's clock script may not be in yet.
    await page.goto('about:blank');
    await page.clock.setFixedTime(TODAY);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(session().url('sidepanel.html'));
    await page.getByRole('combobox', { name: 'Person' }).waitFor();
    return page;
  }

  async function capture(page: Page, kind: string, text: string) {
    await page.getByRole('radiogroup', { name: 'Kind' }).getByRole('radio', { name: kind, exact: true }).check();
    await page.getByRole('textbox', { name: 'Entry text' }).fill(text);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count(), SOON).toBeGreaterThan(0);
  }

  test('takes a note and an action item, keeps the text while a person is added, and moves them to that person', async () => {
    const panel = await openPanel();
    const kinds = panel.getByRole('radiogroup', { name: 'Kind' });
    expect(
      await kinds.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.closest('label')?.textContent)),
    ).toEqual(['Note', 'Feedback', 'Win', 'Talent', 'Action item']);

    await capture(panel, 'Note', 'Platform sync: the freeze starts on Friday');
    await capture(panel, 'Action item', 'Send the freeze dates to the team');
    const meeting = panel.getByRole('region', { name: 'Today without a person' });
    await meeting
      .getByRole('list', { name: 'Captured' })
      .getByText('Platform sync: the freeze starts on Friday')
      .waitFor();
    await meeting.getByRole('list', { name: 'Action items' }).getByText('Send the freeze dates to the team').waitFor();

    // Half a sentence typed, then the person is added (and so picked): the text stays.
    await kinds.getByRole('radio', { name: 'Note', exact: true }).check();
    await panel.getByRole('textbox', { name: 'Entry text' }).fill('Lee asked about the rota');
    await panel.getByRole('textbox', { name: 'Name' }).fill('Lee Park');
    await panel.getByRole('combobox', { name: 'Relationship' }).selectOption('peer');
    await panel.getByRole('button', { name: 'Add person' }).click();
    await panel.getByRole('heading', { name: 'Today with Lee Park' }).waitFor();
    expect(await panel.getByRole('textbox', { name: 'Entry text' }).inputValue()).toBe('Lee asked about the rota');

    await panel.getByRole('button', { name: 'Move today’s notes without a person to Lee Park' }).click();
    await meeting.waitFor({ state: 'detached' });
    const today = panel.getByRole('region', { name: 'Today with Lee Park' });
    await today
      .getByRole('list', { name: 'Captured' })
      .getByText('Platform sync: the freeze starts on Friday')
      .waitFor();
    await today.getByRole('list', { name: 'Action items' }).getByText('Send the freeze dates to the team').waitFor();
    expect(await panel.getByRole('textbox', { name: 'Entry text' }).inputValue()).toBe('Lee asked about the rota');
    await panel.screenshot({ path: 'tests/e2e/artifacts/side-panel-no-person.png', fullPage: true });

    // In the log, under Lee Park.
    const log = await session().context.newPage();
    await log.goto(session().url('log.html#/people'));
    await log.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Lee Park' }).click();
    await log
      .getByRole('list', { name: 'Other entries' })
      .getByText('Platform sync: the freeze starts on Friday')
      .waitFor();
    await log.getByRole('list', { name: 'Conversations' }).getByText('2026-11-27').waitFor();
    await log.close();
    await panel.close();
  });
});
