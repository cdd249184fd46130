import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../support/extension-session';
import { ExtensionView } from './extension-view';

export type CaptureKindName = 'Win' | 'Feedback' | 'Talent';

/** The toolbar popup (popup.html), opened in a tab. */
export class PopupPage extends ExtensionView {
  readonly kind: Locator;
  readonly entryText: Locator;
  readonly tags: Locator;
  readonly save: Locator;
  readonly status: Locator;
  readonly alerts: Locator;
  readonly recent: Locator;

  constructor(page: Page) {
    super(page);
    this.kind = page.getByRole('radiogroup', { name: 'Kind' });
    this.entryText = page.getByRole('textbox', { name: 'Entry text' });
    this.tags = page.getByRole('textbox', { name: 'Tags' });
    this.save = page.getByRole('button', { name: 'Save' });
    this.status = page.getByRole('status');
    this.alerts = page.getByRole('alert');
    this.recent = page.getByRole('region', { name: 'Recent' });
  }

  static async open(session: ExtensionSession): Promise<PopupPage> {
    const page = await session.context.newPage();
    await page.goto(session.url('popup.html'));
    const popup = new PopupPage(page);
    await popup.entryText.waitFor();
    return popup;
  }

  protected get entryList(): Locator {
    return this.recent;
  }

  kindOption(name: CaptureKindName): Locator {
    return this.kind.getByRole('radio', { name, exact: true });
  }

  /** Fills the form and clicks Save; does not wait for the outcome. */
  async capture({ kind = 'Win', text, tags }: { kind?: CaptureKindName; text: string; tags?: string }) {
    await this.kindOption(kind).check();
    await this.entryText.fill(text);
    if (tags !== undefined) await this.tags.fill(tags);
    await this.save.click();
  }

  /** The text of the elements that describe a field (aria-describedby), as a screen reader reads it. */
  description(field: Locator): Promise<string> {
    return field.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .filter(Boolean)
        .join(' '),
    );
  }

  /** Reloads the popup's page, keeping its session (and so its own drafts). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.entryText.waitFor();
  }

  hasFocus(field: Locator): Promise<boolean> {
    return field.evaluate((element) => element === document.activeElement);
  }
}
