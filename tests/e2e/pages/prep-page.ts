import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../support/extension-session';

/** The prep page (prep.html): a conversation's talking points, the user's own points and edits. */
export class PrepPage {
  readonly conversation: Locator;
  readonly ownPoints: Locator;
  readonly newPoint: Locator;
  readonly addPoint: Locator;
  readonly alerts: Locator;

  constructor(readonly page: Page) {
    this.conversation = page.getByRole('combobox', { name: 'Conversation' });
    this.ownPoints = page.getByRole('region', { name: 'Your points' });
    this.newPoint = page.getByRole('textbox', { name: 'New point' });
    this.addPoint = page.getByRole('button', { name: 'Add point' });
    this.alerts = page.getByRole('alert');
  }

  static async open(session: ExtensionSession): Promise<PrepPage> {
    const page = await session.context.newPage();
    await page.goto(session.url('prep.html'));
    const prep = new PrepPage(page);
    await prep.ready();
    return prep;
  }

  /** The prep is built and its edits read: the form for one's own points is there. */
  async ready(): Promise<void> {
    await this.newPoint.waitFor();
  }

  /** A generated talking point (a list item with its Pin, Reword and Hide buttons), by its text. */
  point(text: string): Locator {
    return this.page.locator('li.point').filter({ has: this.page.locator('.point-text', { hasText: text }) });
  }

  /** The first talking point that can be reworded, and its text as shown. */
  async firstRewordable(): Promise<{ item: Locator; text: string }> {
    const item = this.page
      .locator('li.point')
      .filter({ has: this.page.getByRole('button', { name: 'Reword' }) })
      .first();
    const text = (await item.locator('.point-text').textContent())!.replace(/^Pinned /, '').trim();
    return { item: this.point(text), text };
  }

  /** The point whose rewording is open here (whatever its text shows meanwhile). */
  get rewording(): Locator {
    return this.page.locator('li.point').filter({ has: this.page.getByRole('textbox', { name: 'Reworded point' }) });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
