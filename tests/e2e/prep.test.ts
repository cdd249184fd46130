import { PopupPage } from './pages/popup-page';
import { useExtensionSession } from './support/extension-session';
import { SOON } from './support/wait';

const KINDS = ['Promotion', 'Lateral move', 'Step-down', 'Review'] as const;

// The prep doc before a review: log a little, then switch through every conversation and take the
// Markdown away.
describe('prep page', () => {
  const session = useExtensionSession();

  test('builds each conversation from the log and downloads it as Markdown', async () => {
    const popup = await PopupPage.open(session());
    await popup.capture({ text: 'Cut invoice time from 40 minutes to 3 with the billing migration' });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');
    await popup.capture({ kind: 'Feedback', text: 'Keep explaining trade-offs in design reviews' });
    await expect.poll(() => popup.status.textContent(), SOON).toBe('Saved');

    // Reached from the popup, as a user would.
    const [page] = await Promise.all([
      session().context.waitForEvent('page'),
      popup.page.getByRole('link', { name: 'Prepare a conversation' }).click(),
    ]);
    await popup.close();

    const conversation = page.getByRole('combobox', { name: 'Conversation' });
    await conversation.waitFor();
    const options = await conversation.getByRole('option').allTextContents();
    expect(options).toEqual([...KINDS]);

    for (const kind of KINDS) {
      await conversation.selectOption({ label: kind });
      // A lateral move names its target area: "Lateral move to Teaching prep".
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${kind}( to .+)? prep$`) }).waitFor();
      const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
      expect(sections.length, `${kind} has sections`).toBeGreaterThan(1);
    }

    await conversation.selectOption({ label: 'Promotion' });
    await page.getByRole('heading', { level: 1, name: 'Promotion prep' }).waitFor();
    // The win is cited as evidence somewhere on the page.
    await page.getByText('Cut invoice time from 40 minutes to 3', { exact: false }).first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toMatch(/^# Promotion$/m);
    expect(markdown).toContain('Cut invoice time from 40 minutes to 3');
    await page.getByRole('status').filter({ hasText: 'Downloaded' }).waitFor();

    await page.screenshot({ path: 'tests/e2e/artifacts/prep-light.png', fullPage: true });
    await page.close();
  });
});
