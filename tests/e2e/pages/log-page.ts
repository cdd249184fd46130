import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../support/extension-session';
import { ExtensionView } from './extension-view';

/** The full-tab log (log.html). */
export class LogPage extends ExtensionView {
  readonly heading: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { name: 'Your log', level: 1 });
  }

  static async open(session: ExtensionSession): Promise<LogPage> {
    const page = await session.context.newPage();
    await page.goto(session.url('log.html'));
    const log = new LogPage(page);
    await log.heading.waitFor();
    return log;
  }

  /** The log lists its entries in week or month groups, or as search results, in one region. */
  protected get entryList(): Locator {
    return this.page.getByRole('region', { name: 'Entries' });
  }
}
