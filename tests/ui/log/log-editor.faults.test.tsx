// Every write of the log editor failing once, as a full disk, an aborted transaction and a
// connection closed for an upgrade would: the alert says why in the editor, the typed text stays
// in the form and in the view's draft, nothing is stored, and the next try goes through.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { openViewDrafts } from '../../../src/browser/view-drafts';
import { LatitudeDb } from '../../../src/db/database';
import { LogApp } from '../../../src/ui/log/LogApp';
import { isolatedIdb } from '../../fixtures/db/isolated';
import { injectWriteFault, type WriteFailure } from '../../fixtures/faults';
import { makeEntry, nextTestId, testId } from '../../fixtures/log-entries';

// Several views and live queries per test: give them time on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

const clock = { now: () => new Date('2025-06-01T12:00:00.000Z'), newId: nextTestId };

const WHY: Record<WriteFailure, string> = {
  quota: 'the browser has no storage space left for Latitude. Free some disk space, then try again.',
  abort: 'the browser stopped the write before it finished. Try again.',
  'version-change': 'Latitude was updated in another window. Reload this view, then try again.',
};

async function openLog() {
  const db = new LatitudeDb('latitude', isolatedIdb());
  // Installed before the database's first query (faults.ts).
  const fault = injectWriteFault(db);
  await db.entries.add(makeEntry({ id: testId(1), text: 'Ran the design review' }));
  const session = {
    items: new Map<string, string>(),
    getItem(key: string) {
      return this.items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      this.items.set(key, value);
    },
  };
  const drafts = openViewDrafts('log', { session, every: () => () => undefined });
  render(<LogApp db={db} clock={clock} drafts={drafts} />);
  const item = (await screen.findByText('Ran the design review')).closest('li')!;
  fireEvent.click(within(item).getByRole('button', { name: 'Edit' }));
  const form = await screen.findByRole('form', { name: 'Edit entry' });
  const draftKey = `latitude:draft:log:${drafts.viewId}:editor`;
  return { db, fault, form, draftKey };
}

const textBox = (form: HTMLElement) => within(form).getByRole('textbox', { name: 'Entry text' }) as HTMLTextAreaElement;

describe.each(['quota', 'abort', 'version-change'] as const)('the log editor, a write failing as %s', (failure) => {
  it('Save changes: says why in the editor, keeps the text and its draft, stores nothing', async () => {
    const { db, fault, form, draftKey } = await openLog();
    fireEvent.input(textBox(form), { target: { value: 'Ran the design review for two teams' } });
    fault.failNext({ table: 'entries', failure });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect((await within(form).findByRole('alert')).textContent).toBe(
      `Not saved: ${WHY[failure]} What you typed is kept.`,
    );
    expect(fault.failures).toBe(1);
    expect(textBox(form).value).toBe('Ran the design review for two teams');
    expect(JSON.parse(localStorage.getItem(draftKey)!).value.fields.text).toBe('Ran the design review for two teams');
    expect((await db.entries.get(testId(1)))?.text).toBe('Ran the design review');

    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit entry' })).toBeNull());
    expect((await db.entries.get(testId(1)))?.text).toBe('Ran the design review for two teams');
    expect(localStorage.getItem(draftKey)).toBeNull();
  });

  it('Save mine anyway: says why, keeps the text, the conflict and the draft', async () => {
    const { db, fault, form, draftKey } = await openLog();
    fireEvent.input(textBox(form), { target: { value: 'Mine, over theirs' } });
    const stored = (await db.entries.get(testId(1)))!;
    await db.entries.put({ ...stored, text: 'Theirs, from another view' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await within(form).findByText('This entry changed in another view.');

    fault.failNext({ table: 'entries', failure });
    fireEvent.click(within(form).getByRole('button', { name: 'Save mine anyway' }));
    await within(form).findByText(`Not saved: ${WHY[failure]} What you typed is kept.`);
    expect(
      within(form)
        .getAllByRole('alert')
        .map((alert) => alert.textContent)
        .join(' '),
    ).toContain('This entry changed in another view.');
    expect(textBox(form).value).toBe('Mine, over theirs');
    expect(JSON.parse(localStorage.getItem(draftKey)!).value.fields.text).toBe('Mine, over theirs');
    expect((await db.entries.get(testId(1)))?.text).toBe('Theirs, from another view');

    fireEvent.click(within(form).getByRole('button', { name: 'Save mine anyway' }));
    await waitFor(async () => expect((await db.entries.get(testId(1)))?.text).toBe('Mine, over theirs'));
  });
});
