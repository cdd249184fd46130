import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SOON } from '../e2e/support/wait';
import { FirefoxPopupPage } from './pages/popup-page';
import { byLabel, byRole, find, findWithText, selectByLabel, textOf, waitUntil } from './support/dom';
import { useFirefoxSession } from './support/firefox-session';

const KINDS = ['Promotion', 'Lateral move', 'Step-down', 'Review'] as const;
const WIN = 'Cut invoice time from 40 minutes to 3 with the billing migration';

// The prep doc in Firefox: every conversation built from a small log, each taken away as a
// Markdown file that Firefox saves.
describe('prep page in Firefox', () => {
  const session = useFirefoxSession();

  test('builds each conversation from the log and downloads each as Markdown', async () => {
    const popup = await FirefoxPopupPage.open(session());
    await popup.capture({ text: WIN });
    await expect.poll(() => popup.statusText(), SOON).toBe('Saved');
    await popup.capture({ kind: 'Feedback', text: 'Keep explaining trade-offs in design reviews' });
    await expect.poll(() => popup.statusText(), SOON).toBe('Saved');

    // The popup's link opens the prep in a new tab. Puppeteer cannot drive a tab an extension page
    // opened (see tabUrls), so the test sees that it opened, then opens the page itself.
    await (await find(popup.page, byRole('link', 'Prepare a conversation'))).click();
    await expect.poll(() => session().tabUrls(), SOON).toContain(session().url('prep.html'));
    await popup.close();
    const page = await session().openPage('prep.html');

    const conversation = await byLabel(page, 'Conversation');
    expect(await conversation.evaluate((node) => node.getAttribute('role') ?? node.tagName)).toBe('SELECT');
    expect(await conversation.$$eval('option', (options) => options.map((option) => option.text))).toEqual([...KINDS]);

    for (const kind of KINDS) {
      await selectByLabel(conversation, kind);
      // A lateral move names its target area: "Lateral move to Teaching prep".
      const heading = await waitUntil(`the ${kind} prep`, async () => {
        const h1 = await page.$(byRole('heading'));
        const text = h1 ? (await textOf(h1)).trim() : '';
        return new RegExp(`^${kind}( to .+)? prep$`).test(text) ? text : undefined;
      });
      const sections = await page.$$eval('h2', (nodes) => nodes.map((node) => node.textContent));
      expect(sections.length, `${kind} has sections`).toBeGreaterThan(1);

      await (await find(page, byRole('button', 'Download Markdown'))).click();
      const status = await findWithText(page, byRole('status'), 'Downloaded');
      const fileName = (await textOf(status)).replace(/^Downloaded /, '');
      const path = await session().waitForDownload(new RegExp(`^${fileName.replace(/\./g, '\\.')}$`));
      expect(basename(path)).toMatch(/^latitude-[a-z-]+-\d{4}-\d{2}-\d{2}\.md$/);
      const markdown = readFileSync(path, 'utf8');
      expect(markdown.split('\n')[0], `${kind} Markdown title`).toBe(`# ${heading.replace(/ prep$/, '')}`);
      expect(markdown).toContain('**Say first:**');
      if (kind === 'Promotion') expect(markdown).toContain(WIN);
    }
    // One file per conversation.
    expect(readdirSync(session().downloadsDir).filter((name) => name.endsWith('.md'))).toHaveLength(KINDS.length);
    await page.close();
  });
});
