import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../support/extension-session';
import { ExtensionView } from './extension-view';

/**
 * The side panel (sidepanel.html), opened in a tab so Playwright can drive it; the real panel,
 * opened by its keyboard command, is checked in keyboard-commands.test.ts.
 */
export class SidePanelPage extends ExtensionView {
  readonly latest: Locator;

  constructor(page: Page) {
    super(page);
    this.latest = page.getByRole('region', { name: 'Latest entries' });
  }

  static async open(session: ExtensionSession): Promise<SidePanelPage> {
    const page = await session.context.newPage();
    // The panel is narrow; so is its tab here.
    await page.setViewportSize({ width: 360, height: 720 });
    await page.goto(session.url('sidepanel.html'));
    const panel = new SidePanelPage(page);
    await panel.latest.waitFor();
    return panel;
  }

  protected get entryList(): Locator {
    return this.latest;
  }
}
