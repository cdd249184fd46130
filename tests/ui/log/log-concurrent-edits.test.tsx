// Two log views open on the same log (two tabs): an edit saved in one is never silently undone by
// the other, an entry deleted in one keeps the other's typed text, and the editor's draft outlives
// a reload and an upgrade (docs/design.md, Data safety; src/ui/log/entry-editor-state.ts).
import { configure, fireEvent, render, waitFor, within } from '@testing-library/preact';
import type { DBCore, DexieOptions } from 'dexie';
import { openViewDrafts } from '../../../src/browser/view-drafts';
import { LatitudeDb } from '../../../src/db/database';
import { LogApp } from '../../../src/ui/log/LogApp';
import { isolatedIdb } from '../../fixtures/db/isolated';
import { makeEntry, nextTestId, testId } from '../../fixtures/log-entries';

// Several views and live queries per test: give them time on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

const clock = { now: () => new Date('2025-06-01T12:00:00.000Z'), newId: nextTestId };

function memorySession() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** One log tab: its own session (so its own view id and drafts), the shared database. */
function openView(db: LatitudeDb, session = memorySession()) {
  const drafts = openViewDrafts('log', { session, every: () => () => undefined });
  const view = render(<LogApp db={db} clock={clock} drafts={drafts} />);
  const page = within(view.container as HTMLElement);
  return {
    ...view,
    page,
    session,
    drafts,
    /** Closes the tab the way a reload does: the page goes and gives its lease up. */
    close() {
      view.unmount();
      drafts.release();
    },
    item: async (text: string) => (await page.findByText(text, { selector: '.entry-text' })).closest('li')!,
    editor: () => page.getByRole('form', { name: 'Edit entry' }),
    async edit(text: string) {
      fireEvent.click(within(await this.item(text)).getByRole('button', { name: 'Edit' }));
      return page.findByRole('form', { name: 'Edit entry' });
    },
  };
}

const textBox = (form: HTMLElement) => within(form).getByRole('textbox', { name: 'Entry text' }) as HTMLTextAreaElement;
const type = (form: HTMLElement, text: string) => fireEvent.input(textBox(form), { target: { value: text } });

async function seeded(options?: Partial<DexieOptions>) {
  const db = new LatitudeDb('latitude', { ...isolatedIdb(), ...options });
  await db.entries.bulkAdd([
    makeEntry({ id: testId(1), occurredOn: '2025-05-30', text: 'Shipped the billing migration', tags: ['billing'] }),
    makeEntry({ id: testId(2), occurredOn: '2025-05-20', text: 'Ran the design review' }),
  ]);
  return db;
}

describe('two log views editing the same entry', () => {
  it('refuses the second save with an alert and both versions; Save mine anyway wins', async () => {
    const db = await seeded();
    const first = openView(db);
    const second = openView(db);
    const mine = await second.edit('Shipped the billing migration');
    type(mine, 'Shipped the billing migration, typed in the second tab');

    const theirs = await first.edit('Shipped the billing migration');
    type(theirs, 'Shipped the billing migration, saved in the first tab');
    fireEvent.change(within(theirs).getByRole('combobox', { name: 'Energy' }), { target: { value: '2' } });
    fireEvent.click(within(theirs).getByRole('button', { name: 'Save changes' }));
    await first.item('Shipped the billing migration, saved in the first tab');

    fireEvent.click(within(mine).getByRole('button', { name: 'Save changes' }));
    const alert = await within(mine).findByRole('alert');
    expect(alert.textContent).toContain('This entry changed in another view.');
    expect(alert.textContent).toContain('Shipped the billing migration, saved in the first tab');
    expect(alert.textContent).toContain('Energy');
    expect(alert.textContent).toContain('Theirs: +2 Energizing');
    expect(alert.textContent).toContain('Yours: Not set');
    expect(textBox(mine).value).toBe('Shipped the billing migration, typed in the second tab');
    expect((await db.entries.get(testId(1)))?.text).toBe('Shipped the billing migration, saved in the first tab');

    fireEvent.click(within(mine).getByRole('button', { name: 'Save mine anyway' }));
    await second.item('Shipped the billing migration, typed in the second tab');
    expect(await db.entries.get(testId(1))).toMatchObject({
      text: 'Shipped the billing migration, typed in the second tab',
    });
    expect(await db.entries.get(testId(1))).not.toHaveProperty('energy');
    // The first view follows.
    await first.item('Shipped the billing migration, typed in the second tab');
    expect((await second.page.findByText('Changes saved.')).getAttribute('role')).toBe('status');
  });

  it('Discard mine loads the other version into the editor', async () => {
    const db = await seeded();
    const first = openView(db);
    const second = openView(db);
    const mine = await second.edit('Ran the design review');
    type(mine, 'Ran the design review (mine)');
    const theirs = await first.edit('Ran the design review');
    type(theirs, 'Ran the design review (theirs)');
    fireEvent.click(within(theirs).getByRole('button', { name: 'Save changes' }));
    await first.item('Ran the design review (theirs)');

    fireEvent.click(within(mine).getByRole('button', { name: 'Save changes' }));
    await within(mine).findByText('This entry changed in another view.');
    fireEvent.click(within(mine).getByRole('button', { name: 'Discard mine' }));
    await waitFor(() => expect(textBox(second.editor()).value).toBe('Ran the design review (theirs)'));
    expect(within(second.editor()).queryByRole('alert')).toBeNull();
    expect(within(second.editor()).getByRole('status').textContent).toMatch(/Your changes were discarded/);
    expect(localStorage.getItem(`latitude:draft:log:${second.drafts.viewId}:editor`)).toBeNull();

    // Saving now goes over the version it holds.
    type(second.editor(), 'Ran the design review (theirs), then mine');
    fireEvent.click(within(second.editor()).getByRole('button', { name: 'Save changes' }));
    await first.item('Ran the design review (theirs), then mine');
  });

  it('an entry deleted in one view keeps the other’s text; Save mine anyway brings it back', async () => {
    const db = await seeded();
    const first = openView(db);
    const second = openView(db);
    const mine = await second.edit('Ran the design review');
    type(mine, 'Ran the design review, edited before it was deleted');

    fireEvent.click(within(await first.item('Ran the design review')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(first.page.queryByText('Ran the design review')).toBeNull());

    // The entry leaves the second view's list; its editor stays, with the text.
    const apart = await second.page.findByRole('region', { name: 'Entry being edited' });
    const editor = within(apart).getByRole('form', { name: 'Edit entry' });
    expect(textBox(editor).value).toBe('Ran the design review, edited before it was deleted');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save changes' }));
    expect((await within(editor).findByRole('alert')).textContent).toContain('This entry was deleted in another view.');
    expect(textBox(editor).value).toBe('Ran the design review, edited before it was deleted');

    fireEvent.click(within(editor).getByRole('button', { name: 'Save mine anyway' }));
    await first.item('Ran the design review, edited before it was deleted');
    await second.item('Ran the design review, edited before it was deleted');
    expect(await db.entries.get(testId(2))).not.toHaveProperty('deletedAt');
  });

  it('Discard mine on an entry deleted elsewhere closes the editor and says so', async () => {
    const db = await seeded();
    const first = openView(db);
    const second = openView(db);
    const mine = await second.edit('Ran the design review');
    type(mine, 'Not to be kept');
    fireEvent.click(within(await first.item('Ran the design review')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(second.page.queryByRole('region', { name: 'Entry being edited' })).not.toBeNull());
    const editor = second.editor();
    fireEvent.click(within(editor).getByRole('button', { name: 'Save changes' }));
    fireEvent.click(await within(editor).findByRole('button', { name: 'Discard mine' }));
    await second.page.findByText('Your changes were discarded; the entry stays deleted.');
    expect(second.page.queryByRole('form', { name: 'Edit entry' })).toBeNull();
    expect((await db.entries.get(testId(2)))?.deletedAt).toBeDefined();
  });

  it('a bulk change in one view is seen by an editor open in the other', async () => {
    const db = await seeded();
    const first = openView(db);
    const second = openView(db);
    const mine = await second.edit('Shipped the billing migration');
    type(mine, 'Shipped the billing migration early');

    fireEvent.click(
      within(await first.item('Shipped the billing migration')).getByRole('checkbox', { name: /Select/ }),
    );
    fireEvent.input(await first.page.findByRole('textbox', { name: 'Tag to add' }), { target: { value: 'q2' } });
    fireEvent.click(first.page.getByRole('button', { name: 'Add tag' }));
    await first.page.findByText('1 entry tagged.');

    fireEvent.click(within(mine).getByRole('button', { name: 'Save changes' }));
    const alert = await within(mine).findByRole('alert');
    expect(alert.textContent).toContain('This entry changed in another view.');
    expect(alert.textContent).toContain('Theirs: billing, q2');
    expect((await db.entries.get(testId(1)))?.tags).toEqual(['billing', 'q2']);
  });
});

describe('the log editor’s draft', () => {
  it('survives a reload: the editor reopens on the entry with the unsaved text', async () => {
    const db = await seeded();
    const tab = openView(db);
    type(await tab.edit('Ran the design review'), 'Ran the design review, half typed');
    tab.close();

    const reloaded = openView(db, tab.session);
    expect(reloaded.drafts.viewId).toBe(tab.drafts.viewId);
    await waitFor(() => expect(textBox(reloaded.editor()).value).toBe('Ran the design review, half typed'));
    expect(within(reloaded.editor()).queryByRole('alert')).toBeNull();
    fireEvent.click(within(reloaded.editor()).getByRole('button', { name: 'Save changes' }));
    await reloaded.item('Ran the design review, half typed');
    expect(localStorage.getItem(`latitude:draft:log:${tab.drafts.viewId}:editor`)).toBeNull();
  });

  it('reopens straight into the alert when the entry changed while the page was away', async () => {
    const db = await seeded();
    const tab = openView(db);
    type(await tab.edit('Ran the design review'), 'Mine, from before the reload');
    tab.close();
    const stored = (await db.entries.get(testId(2)))!;
    await db.entries.put({ ...stored, text: 'Changed while the tab was reloading' });

    const reloaded = openView(db, tab.session);
    const alert = await within(await reloaded.page.findByRole('form', { name: 'Edit entry' })).findByRole('alert');
    expect(alert.textContent).toContain('This entry changed in another view.');
    expect(alert.textContent).toContain('Changed while the tab was reloading');
    expect(textBox(reloaded.editor()).value).toBe('Mine, from before the reload');
  });

  it('shows the draft even when the log cannot be read after the reload', async () => {
    const idb = isolatedIdb();
    const db = await seeded(idb);
    const tab = openView(db);
    type(await tab.edit('Ran the design review'), 'Typed before storage went wrong');
    tab.close();
    db.close();

    // The reloaded page's every read and write fails.
    const broken = new LatitudeDb('latitude', idb);
    const refuse = () => Promise.reject(new DOMException('The storage is not answering.', 'UnknownError'));
    broken.use({
      stack: 'dbcore',
      name: 'nothing-answers',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          get: refuse,
          getMany: refuse,
          query: refuse,
          openCursor: refuse,
          count: refuse,
          mutate: refuse,
        }),
      }),
    });
    const reloaded = openView(broken, tab.session);
    expect(await reloaded.page.findByText('The log cannot be read right now.')).toBeTruthy();
    const apart = await reloaded.page.findByRole('region', { name: 'Entry being edited' });
    expect(textBox(within(apart).getByRole('form', { name: 'Edit entry' })).value).toBe(
      'Typed before storage went wrong',
    );
    fireEvent.click(within(apart).getByRole('button', { name: 'Save changes' }));
    expect((await within(apart).findByRole('alert')).textContent).toBe(
      'Not saved: The storage is not answering. What you typed is kept.',
    );
    expect(localStorage.getItem(`latitude:draft:log:${tab.drafts.viewId}:editor`)).toContain(
      'Typed before storage went wrong',
    );
  });

  it('is not given up for another entry’s Edit: that one waits until this is saved or cancelled', async () => {
    const db = await seeded();
    const tab = openView(db);
    type(await tab.edit('Ran the design review'), 'Ran the design review, unsaved');
    fireEvent.click(within(await tab.item('Shipped the billing migration')).getByRole('button', { name: 'Edit' }));
    expect((await tab.page.findByText(/Save or cancel the entry you are editing first/)).getAttribute('role')).toBe(
      'alert',
    );
    expect(tab.page.getAllByRole('form', { name: 'Edit entry' })).toHaveLength(1);
    expect(textBox(tab.editor()).value).toBe('Ran the design review, unsaved');

    fireEvent.click(within(tab.editor()).getByRole('button', { name: 'Save changes' }));
    await tab.item('Ran the design review, unsaved');
    fireEvent.click(within(await tab.item('Shipped the billing migration')).getByRole('button', { name: 'Edit' }));
    await waitFor(() => expect(textBox(tab.editor()).value).toBe('Shipped the billing migration'));
  });

  it('Cancel gives the draft up', async () => {
    const db = await seeded();
    const tab = openView(db);
    const form = await tab.edit('Ran the design review');
    type(form, 'Never mind');
    expect(localStorage.getItem(`latitude:draft:log:${tab.drafts.viewId}:editor`)).toContain('Never mind');
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(localStorage.getItem(`latitude:draft:log:${tab.drafts.viewId}:editor`)).toBeNull();
    tab.close();
    const reloaded = openView(db, tab.session);
    await reloaded.item('Ran the design review');
    expect(reloaded.page.queryByRole('form', { name: 'Edit entry' })).toBeNull();
  });

  it('keeps what was typed when another view upgrades the database: banner, alert on save, draft kept', async () => {
    const idb = isolatedIdb();
    const db = await seeded(idb);
    const tab = openView(db);
    const form = await tab.edit('Ran the design review');
    type(form, 'Typed before the upgrade');

    class NextLatitudeDb extends LatitudeDb {
      constructor() {
        super('latitude', idb);
        this.version(this.verno + 1).stores({ entries: 'id, createdAt, [occurredOn+createdAt], kind' });
      }
    }
    const next = new NextLatitudeDb();
    await next.open();

    const banner = await tab.page.findByText(/Latitude was updated, reload/);
    expect(banner.closest('[role="alert"]')?.textContent).toContain('What you typed is kept.');
    expect(textBox(form).value).toBe('Typed before the upgrade');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/^Not saved: .*What you typed is kept\.$/);
    expect(textBox(form).value).toBe('Typed before the upgrade');
    tab.close();
    next.close();

    // The reload the banner asks for finds the text again.
    const reloaded = openView(new LatitudeDb('latitude', idb), tab.session);
    await waitFor(() => expect(textBox(reloaded.editor()).value).toBe('Typed before the upgrade'));
  });
});
