import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../support/extension-session';
import { ExtensionView } from './extension-view';

/**
 * The side panel (sidepanel.html), opened in a tab so Playwright can drive it; the real panel,
 * opened by its keyboard command, is checked in keyboard-commands.test.ts.
 */
export class SidePanelPage extends ExtensionView {
  readonly latest: Locator;
  readonly person: Locator;
  readonly agenda: Locator;
  readonly agendaItem: Locator;
  readonly addToAgenda: Locator;

  constructor(page: Page) {
    super(page);
    this.latest = page.getByRole('region', { name: 'Latest entries' });
    this.person = page.getByRole('combobox', { name: 'Person' });
    this.agenda = page.getByRole('region', { name: 'Agenda' });
    this.agendaItem = this.agenda.getByRole('textbox', { name: 'Agenda item' });
    this.addToAgenda = this.agenda.getByRole('button', { name: 'Add to agenda' });
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

  /** Adds someone through the New person form; today's 1:1 with them opens. */
  async addPerson(name: string): Promise<void> {
    if ((await this.page.getByRole('button', { name: 'New person' }).getAttribute('aria-expanded')) !== 'true') {
      await this.page.getByRole('button', { name: 'New person' }).click();
    }
    await this.page.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await this.todayWith(name).waitFor();
  }

  /** The heading of today's 1:1 with `name`. */
  todayWith(name: string): Locator {
    return this.page.getByRole('heading', { name: `Today with ${name}` });
  }

  /** The user's own agenda points, as checkboxes named by their text. */
  ownPoint(text: string): Locator {
    return this.agenda.getByRole('checkbox', { name: text });
  }

  /** Reloads the panel, as the browser does after an update or a crash. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.latest.waitFor();
  }
}
