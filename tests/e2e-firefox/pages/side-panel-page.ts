import type { ElementHandle } from 'puppeteer-core';
import { byRole, fill, find } from '../support/dom';
import type { FirefoxSession } from '../support/firefox-session';
import { FirefoxView } from './firefox-view';

/** Firefox opens its sidebar about this wide. */
export const SIDEBAR_WIDTH = 252;

/**
 * The side panel (sidepanel.html, Firefox's sidebar), opened in a tab as wide as the sidebar so
 * that Puppeteer can drive it; tests/e2e/pages/side-panel-page.ts in Firefox.
 */
export class FirefoxSidePanelPage extends FirefoxView {
  static async open(session: FirefoxSession, height = 900): Promise<FirefoxSidePanelPage> {
    const panel = new FirefoxSidePanelPage(await session.openPage('sidepanel.html', { width: SIDEBAR_WIDTH, height }));
    await find(panel.page, panel.entryListSelector);
    return panel;
  }

  /** Adds a person with the New person form (open by itself while nobody is in the log) and picks them. */
  async addPerson(name: string): Promise<void> {
    await fill(await find(this.page, byRole('textbox', 'Name')), name);
    await (await find(this.page, byRole('button', 'Add person'))).click();
    await find(this.page, byRole('heading', `Today with ${name}`));
  }

  async kindOption(name: string): Promise<ElementHandle<Element>> {
    return find(await find(this.page, byRole('radiogroup', 'Kind')), byRole('radio', name));
  }

  entryText(): Promise<ElementHandle<Element>> {
    return find(this.page, byRole('textbox', 'Entry text'));
  }

  protected get entryListSelector(): string {
    return byRole('region', 'Latest entries');
  }
}
