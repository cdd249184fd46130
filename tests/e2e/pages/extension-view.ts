import type { Locator, Page } from 'playwright-core';

/** What every Latitude view offers the tests: its page, and the entries it lists. */
export abstract class ExtensionView {
  constructor(readonly page: Page) {}

  /** The part of the page that lists entries. */
  protected abstract get entryList(): Locator;

  /** The entry (a list item) showing this text. */
  entry(text: string): Locator {
    return this.entryList.getByRole('listitem').filter({ hasText: text });
  }

  /** Whether a script smuggled in with captured text has run in this page. */
  injectedScriptRan(): Promise<boolean> {
    return this.page.evaluate(() => (window as { __xss?: unknown }).__xss !== undefined);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
