import type { Page } from 'playwright-core';
import { PopupPage } from './pages/popup-page';
import { PrepPage } from './pages/prep-page';
import { SidePanelPage } from './pages/side-panel-page';
import { useExtensionSession } from './support/extension-session';
import { upgradeFromAnotherPage } from './support/upgrade-elsewhere';
import { readStoredEntries } from './support/stored-entries';
import { SOON } from './support/wait';

// Nothing typed is lost (docs/design.md, Data safety): each open view keeps its own drafts until
// their write commits, a reload or a closed popup finds them again, a save refused because another
// view changed the same thing keeps the text, and so does a write that fails.
describe('drafts, one per view', () => {
  const session = useExtensionSession();

  test('two popups keep separate drafts: saving in one leaves the other’s, which a reload finds', async () => {
    const first = await PopupPage.open(session());
    const second = await PopupPage.open(session());
    await first.entryText.fill('Led the incident review for the payments outage');
    await second.kindOption('Feedback').check();
    await second.entryText.fill('Dana said the migration plan was the clearest');

    await first.save.click();
    await expect.poll(() => first.status.textContent(), SOON).toBe('Saved');
    expect(await first.entryText.inputValue()).toBe('');

    await second.reload();
    expect(await second.entryText.inputValue()).toBe('Dana said the migration plan was the clearest');
    expect(await second.kindOption('Feedback').isChecked()).toBe(true);
    await first.reload();
    expect(await first.entryText.inputValue()).toBe('');

    await second.save.click();
    await expect.poll(() => second.status.textContent(), SOON).toBe('Saved');
    const texts = (await readStoredEntries(second.page)).map((entry) => entry.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Led the incident review for the payments outage',
        'Dana said the migration plan was the clearest',
      ]),
    );
    await Promise.all([first.close(), second.close()]);
  });

  test('a popup closed mid-sentence gives its text to the next one', async () => {
    const popup = await PopupPage.open(session());
    await popup.entryText.pressSequentially('Paired with Alex on the importer and');
    await popup.close();

    const again = await PopupPage.open(session());
    expect(await again.entryText.inputValue()).toBe('Paired with Alex on the importer and');
    await again.entryText.fill('Paired with Alex on the importer and cut its run time in half');
    await again.save.click();
    await expect.poll(() => again.status.textContent(), SOON).toBe('Saved');
    await again.close();
  });

  test('the side panel keeps an agenda item across a reload, clears it once added, and refuses one too long', async () => {
    const panel = await SidePanelPage.open(session());
    await panel.addPerson('Dana Ruiz');
    await panel.agendaItem.fill('Ask about the staff-engineer track');

    await panel.reload();
    await panel.todayWith('Dana Ruiz').waitFor();
    await expect.poll(() => panel.agendaItem.inputValue(), SOON).toBe('Ask about the staff-engineer track');
    await panel.addToAgenda.click();
    await panel.ownPoint('Ask about the staff-engineer track').waitFor();
    expect(await panel.agendaItem.inputValue()).toBe('');

    await panel.agendaItem.fill('x'.repeat(10_001));
    await panel.addToAgenda.click();
    const refusal = panel.agenda.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe('The agenda item has 10,001 characters; keep it to 10,000 at most.');
    expect(await panel.agendaItem.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.agendaItem.inputValue()).toHaveLength(10_001);
    await panel.agendaItem.fill('');

    await panel.reload();
    await panel.ownPoint('Ask about the staff-engineer track').waitFor();
    expect(await panel.agendaItem.inputValue()).toBe('');
    await panel.close();
  });

  test('the prep keeps a point of one’s own and a rewording across a reload', async () => {
    const popup = await PopupPage.open(session());
    await popup.capture({ text: 'Cut invoice time from 40 minutes to 3 with the billing migration' });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.close();

    const prep = await PrepPage.open(session());
    await prep.newPoint.fill('Ask for the staff track by the next cycle');
    const { item } = await prep.firstRewordable();
    await item.getByRole('button', { name: 'Reword' }).click();
    await prep.rewording
      .getByRole('textbox', { name: 'Reworded point' })
      .fill('I cut invoice time from 40 minutes to 3');

    await prep.reload();
    expect(await prep.newPoint.inputValue()).toBe('Ask for the staff track by the next cycle');
    expect(await prep.rewording.getByRole('textbox', { name: 'Reworded point' }).inputValue()).toBe(
      'I cut invoice time from 40 minutes to 3',
    );

    await prep.addPoint.click();
    await prep.ownPoints.getByRole('checkbox', { name: 'Ask for the staff track by the next cycle' }).waitFor();
    expect(await prep.newPoint.inputValue()).toBe('');
    await prep.rewording.getByRole('button', { name: 'Save wording' }).click();
    await prep.point('I cut invoice time from 40 minutes to 3').waitFor();
    // The editor closes once the wording is stored, a moment after the point shows it.
    await prep.rewording.waitFor({ state: 'detached' });

    await prep.reload();
    await prep.point('I cut invoice time from 40 minutes to 3').waitFor();
    expect(await prep.newPoint.inputValue()).toBe('');
    await prep.close();
  });

  test('a rewording made over another tab’s newer one keeps both in sight; Save mine anyway wins', async () => {
    const mine = await PrepPage.open(session());
    const theirs = await PrepPage.open(session());
    const { text } = await mine.firstRewordable();
    await mine.point(text).getByRole('button', { name: 'Reword' }).click();
    await mine.rewording
      .getByRole('textbox', { name: 'Reworded point' })
      .fill('Billing runs in 3 minutes now, thanks to my migration');
    await theirs.point(text).getByRole('button', { name: 'Reword' }).click();
    await theirs.rewording
      .getByRole('textbox', { name: 'Reworded point' })
      .fill('The billing migration I led cut invoice time to 3 minutes');
    await theirs.rewording.getByRole('button', { name: 'Save wording' }).click();
    await theirs.point('The billing migration I led cut invoice time to 3 minutes').waitFor();

    await mine.rewording.getByRole('button', { name: 'Save wording' }).click();
    const alert = mine.rewording.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This changed in another view. What you typed is kept here.');
    expect(await alert.textContent()).toContain(
      'The other view’s wording: The billing migration I led cut invoice time to 3 minutes',
    );
    expect(await mine.rewording.getByRole('textbox', { name: 'Reworded point' }).inputValue()).toBe(
      'Billing runs in 3 minutes now, thanks to my migration',
    );
    await shoot(mine.page, 'drafts-prep-changed-elsewhere', alert);

    await alert.getByRole('button', { name: 'Save mine anyway' }).click();
    await mine.point('Billing runs in 3 minutes now, thanks to my migration').waitFor();
    // The other tab follows at once.
    await theirs.point('Billing runs in 3 minutes now, thanks to my migration').waitFor();
    await Promise.all([mine.close(), theirs.close()]);
  });

  // Last in the file: it upgrades the database, as a newer Latitude would, under an open panel.
  test('a write that fails says why beside the field and keeps the text, which a reload finds', async () => {
    const panel = await SidePanelPage.open(session());
    await panel.todayWith('Dana Ruiz').waitFor();
    await panel.agendaItem.fill('Raise the on-call load before the reorg');

    await upgradeFromAnotherPage(session());

    await panel.addToAgenda.click();
    const failure = panel.agenda.getByRole('alert');
    await failure.waitFor();
    expect(await failure.textContent()).toBe(
      'Not saved: Latitude was updated in another window. Reload this view, then try again. Your text is kept here.',
    );
    expect(await panel.agendaItem.inputValue()).toBe('Raise the on-call load before the reorg');
    await shoot(panel.page, 'drafts-side-panel-not-saved', failure);

    await panel.reload();
    await expect.poll(() => panel.agendaItem.inputValue(), SOON).toBe('Raise the on-call load before the reorg');
    await panel.close();
  });
});

/** The message in view, for review by eye (tests/e2e/README.md, Screenshots). */
async function shoot(page: Page, name: string, message: ReturnType<Page['getByRole']>) {
  await message.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `tests/e2e/artifacts/${name}.png` });
}
