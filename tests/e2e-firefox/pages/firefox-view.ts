import type { ElementHandle, Page } from 'puppeteer-core';
import { byRole, find, firstWithText, textOf, waitUntil } from '../support/dom';

/**
 * What every Latitude view offers the Firefox tests: its page, and the entries it lists. The same
 * shape as tests/e2e/pages/extension-view.ts, over Puppeteer instead of Playwright.
 */
export abstract class FirefoxView {
  constructor(readonly page: Page) {}

  /** The part of the page that lists entries. */
  protected abstract get entryListSelector(): string;

  /** The entry (a list item) showing this text, once it is shown. */
  entry(text: string): Promise<ElementHandle<Element>> {
    return waitUntil(`an entry "${text}"`, async () => {
      const list = await this.page.$(this.entryListSelector);
      // Entries come before the tag chips (list items too) they hold, so the first match is the entry.
      return list ? firstWithText(list, byRole('listitem'), text) : undefined;
    });
  }

  /** How many entries show this text now. */
  async entryCount(text: string): Promise<number> {
    const list = await this.page.$(this.entryListSelector);
    if (!list) return 0;
    // Tag chips are list items inside an entry; only entries themselves count.
    return list.$$eval(
      'li',
      (items, wanted) =>
        items.filter((item) => !item.parentElement?.closest('li') && item.textContent?.includes(wanted)).length,
      text,
    );
  }

  /** The text of the page's live status line (role `status`). */
  async statusText(): Promise<string> {
    return textOf(await find(this.page, byRole('status')));
  }

  /** The texts of every alert on the page now. */
  async alertTexts(): Promise<string[]> {
    return Promise.all((await this.page.$$(byRole('alert'))).map(textOf));
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
