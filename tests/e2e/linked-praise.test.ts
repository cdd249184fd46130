import { LogPage } from './pages/log-page';
import { PopupPage } from './pages/popup-page';
import { useExtensionSession } from './support/extension-session';
import { SOON } from './support/wait';

const TALK = 'Gave the conference talk on backpressure';
const PRAISE = 'Your talk was the clearest explanation of backpressure I have heard';

// Praise linked to the win it is about, end to end: captured in the popup, linked in the log's
// editor, and quoted beside the win on the prep page, where it makes the win stronger.
describe('feedback linked to a win', () => {
  const session = useExtensionSession();

  test('is linked in the log editor and quoted beside the win in the prep', async () => {
    const popup = await PopupPage.open(session());
    await popup.capture({ text: TALK });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.capture({ kind: 'Feedback', text: PRAISE });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.close();

    const log = await LogPage.open(session());
    await log.entry('clearest explanation').getByRole('button', { name: 'Edit' }).click();
    const editor = log.page.getByRole('form', { name: 'Edit entry' });
    const about = editor.getByRole('combobox', { name: 'About a win' });
    const option = about.getByRole('option').filter({ hasText: TALK });
    await option.waitFor({ state: 'attached' });
    await about.selectOption(await option.getAttribute('value'));
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await log.entry('clearest explanation').getByText(`About: ${TALK}`).waitFor();
    await log.close();

    const page = await session().context.newPage();
    await page.goto(session().url('prep.html#kind=review&period=last-3-months'));
    const projects = page.getByRole('region', { name: 'Projects and impact' });
    const point = projects
      .getByRole('listitem')
      .filter({ hasText: 'I gave the conference talk on backpressure' })
      .first();
    await point.getByRole('list', { name: 'What others said about it' }).getByText(PRAISE, { exact: false }).waitFor();
    // A bare line with praise linked to it has some evidence, no longer thin.
    expect(await point.locator('.strength').textContent()).toBe('Some evidence');
    await page.close();
  });
});
