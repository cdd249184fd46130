import type { ElementHandle } from 'puppeteer-core';
import type { CaptureKindName } from '../../e2e/pages/popup-page';
import { byRole, fill, find } from '../support/dom';
import type { FirefoxSession } from '../support/firefox-session';
import { FirefoxView } from './firefox-view';

/** The toolbar popup (popup.html), opened in a tab; tests/e2e/pages/popup-page.ts in Firefox. */
export class FirefoxPopupPage extends FirefoxView {
  static async open(session: FirefoxSession): Promise<FirefoxPopupPage> {
    const popup = new FirefoxPopupPage(await session.openPage('popup.html'));
    await popup.entryText();
    return popup;
  }

  entryText(): Promise<ElementHandle<Element>> {
    return find(this.page, byRole('textbox', 'Entry text'));
  }

  tags(): Promise<ElementHandle<Element>> {
    return find(this.page, byRole('textbox', 'Tags'));
  }

  save(): Promise<ElementHandle<Element>> {
    return find(this.page, byRole('button', 'Save'));
  }

  async kindOption(name: CaptureKindName): Promise<ElementHandle<Element>> {
    return find(await find(this.page, byRole('radiogroup', 'Kind')), byRole('radio', name));
  }

  /** Fills the form and clicks Save; does not wait for the outcome. */
  async capture({ kind = 'Win', text, tags }: { kind?: CaptureKindName; text: string; tags?: string }): Promise<void> {
    await (await this.kindOption(kind)).click();
    await fill(await this.entryText(), text);
    if (tags !== undefined) await fill(await this.tags(), tags);
    await (await this.save()).click();
  }

  protected get entryListSelector(): string {
    return byRole('region', 'Recent');
  }
}
