import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../support/extension-session';
import { ExtensionView } from './extension-view';

/** The full-tab log (log.html). */
export class LogPage extends ExtensionView {
  readonly heading: Locator;
  readonly search: Locator;
  readonly undo: Locator;
  /** The entry editor (one at a time per log view), wherever it is shown. */
  readonly editor: EntryEditorForm;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { name: 'Your log', level: 1 });
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.undo = page.getByRole('button', { name: 'Undo' });
    this.editor = new EntryEditorForm(page.getByRole('form', { name: 'Edit entry' }));
  }

  static async open(session: ExtensionSession): Promise<LogPage> {
    const page = await session.context.newPage();
    await page.goto(session.url('log.html'));
    const log = new LogPage(page);
    await log.heading.waitFor();
    return log;
  }

  /** The log lists its entries in week or month groups, or as search results, in one region. */
  /** The entries shown, by their text (not their tag chips, which are list items too). */
  entryTexts(): Promise<string[]> {
    return this.entryList.locator('li.log-entry .entry-text').allTextContents();
  }

  /** Opens the editor on the entry showing this text. */
  async edit(text: string): Promise<EntryEditorForm> {
    await this.entry(text).getByRole('button', { name: 'Edit' }).click();
    await this.editor.text.waitFor();
    return this.editor;
  }

  /** Where an editor stays when its entry is not in the list (deleted elsewhere, filtered out). */
  get editingApart(): Locator {
    return this.page.getByRole('region', { name: 'Entry being edited' });
  }

  protected get entryList(): Locator {
    return this.page.getByRole('region', { name: 'Entries' });
  }
}

/** The log's entry editor: its fields, its buttons, and its alerts (a conflict, a failed write). */
export class EntryEditorForm {
  readonly text: Locator;
  readonly save: Locator;
  readonly cancel: Locator;
  readonly saveMineAnyway: Locator;
  readonly discardMine: Locator;
  readonly alerts: Locator;

  constructor(readonly form: Locator) {
    this.text = form.getByRole('textbox', { name: 'Entry text' });
    this.save = form.getByRole('button', { name: 'Save changes' });
    this.cancel = form.getByRole('button', { name: 'Cancel' });
    this.saveMineAnyway = form.getByRole('button', { name: 'Save mine anyway' });
    this.discardMine = form.getByRole('button', { name: 'Discard mine' });
    this.alerts = form.getByRole('alert');
  }

  /** The alert saying another view changed or deleted the entry, with the other version. */
  conflict(kind: 'changed' | 'deleted'): Locator {
    const says = kind === 'changed' ? 'This entry changed in another view.' : 'This entry was deleted in another view.';
    return this.alerts.filter({ hasText: says });
  }
}
