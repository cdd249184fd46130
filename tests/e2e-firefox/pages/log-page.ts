import type { ElementHandle } from 'puppeteer-core';
import { byRole, find } from '../support/dom';
import type { FirefoxSession } from '../support/firefox-session';
import { FirefoxView } from './firefox-view';

/** The full-tab log (log.html); tests/e2e/pages/log-page.ts in Firefox. */
export class FirefoxLogPage extends FirefoxView {
  static async open(session: FirefoxSession): Promise<FirefoxLogPage> {
    const log = new FirefoxLogPage(await session.openPage('log.html'));
    await find(log.page, byRole('heading', 'Your log'));
    return log;
  }

  search(): Promise<ElementHandle<Element>> {
    return find(this.page, byRole('searchbox', 'Search'));
  }

  undo(): Promise<ElementHandle<Element>> {
    return find(this.page, byRole('button', 'Undo'));
  }

  /** The entries shown, by their text (not their tag chips, which are list items too). */
  async entryTexts(): Promise<string[]> {
    const list = await this.page.$(this.entryListSelector);
    if (!list) return [];
    return list.$$eval('li.log-entry .entry-text', (nodes) => nodes.map((node) => node.textContent ?? ''));
  }

  protected get entryListSelector(): string {
    return byRole('region', 'Entries');
  }
}
