import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../support/extension-session';
import { ExtensionView } from './extension-view';

/** The full-tab log (log.html). */
export class LogPage extends ExtensionView {
  readonly heading: Locator;
  readonly search: Locator;
  readonly undo: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { name: 'Your log', level: 1 });
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.undo = page.getByRole('button', { name: 'Undo' });
  }

  static async open(session: ExtensionSession): Promise<LogPage> {
    const page = await session.context.newPage();
    await page.goto(session.url('log.html'));
    const log = new LogPage(page);
    await log.heading.waitFor();
    return log;
  }

  /** The log lists its entries in week or month groups, or as search results, in one region. */
  /** The entries shown, by their text (not their tag chips, which are list items too). */
  entryTexts(): Promise<string[]> {
    return this.entryList.locator('li.log-entry .entry-text').allTextContents();
  }

  protected get entryList(): Locator {
    return this.page.getByRole('region', { name: 'Entries' });
  }
}
