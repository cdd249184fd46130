// The popup's one write, the capture, fails once (a full disk, an aborted transaction, the
// connection closed for an upgrade): the text stays in Entry text and in this popup's draft, and a
// message with role alert says why (docs/design.md, Data safety).
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LatitudeDb } from '../../../src/db/database';
import { captureDraftSchema } from '../../../src/domain/draft';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { createTestClock } from '../../fixtures/clock';
import { injectWriteFault, type WriteFailure } from '../../fixtures/faults';
import { testView } from '../../fixtures/view-drafts';

const FAILURES: [WriteFailure, string][] = [
  [
    'quota',
    'Not saved: the browser has no storage space left for Latitude. Free some disk space, then try again. Your text is kept here.',
  ],
  ['abort', 'Not saved: the browser stopped the write before it finished. Try again. Your text is kept here.'],
  [
    'version-change',
    'Not saved: Latitude was updated in another window. Reload this view, then try again. Your text is kept here.',
  ],
];

it.each(FAILURES)(
  'popup: a capture that fails once (%s) keeps the text in the form and the draft, and saves after',
  async (failure, message) => {
    const db = new LatitudeDb();
    const fault = injectWriteFault(db);
    const view = testView('popup');
    const drafts = view.views.draft('capture', captureDraftSchema);
    render(<PopupApp db={db} drafts={drafts} readSource={async () => undefined} clock={createTestClock()} />);

    const text = await screen.findByRole('textbox', { name: 'Entry text' });
    fireEvent.input(text, { target: { value: 'Shipped the billing migration' } });
    fault.failNext({ table: 'entries', failure });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(message));
    expect(text).toHaveProperty('value', 'Shipped the billing migration');
    expect(drafts.load()?.text).toBe('Shipped the billing migration');
    expect(await db.entries.count()).toBe(0);
    expect(screen.getByRole('status').textContent).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(text).toHaveProperty('value', '');
    expect(drafts.load()).toBeUndefined();
    expect((await db.entries.toArray()).map((entry) => entry.text)).toEqual(['Shipped the billing migration']);
    db.close();
  },
);
