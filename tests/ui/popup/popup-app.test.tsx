import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { createDraftStore } from '../../../src/browser/draft-store';
import { LatitudeDb } from '../../../src/db/database';
import type { Source } from '../../../src/domain/record';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { unopenableDb } from '../../fixtures/broken-indexeddb';
import { createTestClock } from '../../fixtures/clock';

const DRAFT_KEY = 'latitude:draft:popup';
const PAGE: Source = { url: 'https://example.com/pr/42', title: 'Billing migration PR' };

let db: LatitudeDb;
beforeEach(() => {
  db = new LatitudeDb();
});
afterEach(() => db.close());

/** Opens the popup as the browser would; call again after `unmount()` to reopen it. */
function openPopup(options: { db?: LatitudeDb; page?: Source } = {}) {
  return render(
    <PopupApp
      db={options.db ?? db}
      drafts={createDraftStore(DRAFT_KEY)}
      readSource={async () => options.page}
      clock={createTestClock()}
    />,
  );
}

const textBox = () => screen.findByRole('textbox', { name: 'Entry text' });
const tagsBox = () => screen.findByRole('textbox', { name: 'Tags' });
const saveButton = () => screen.findByRole('button', { name: 'Save' });

async function type(box: Promise<HTMLElement>, value: string) {
  fireEvent.input(await box, { target: { value } });
}

async function expectSaved() {
  const status = await screen.findByRole('status');
  await waitFor(() => expect(status.textContent).toBe('Saved'));
}

async function recentTexts(): Promise<string[]> {
  const recent = await screen.findByRole('region', { name: 'Recent' });
  return within(recent)
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.entry-text')?.textContent ?? '');
}

describe('PopupApp', () => {
  it('offers the kinds Win, Feedback and Talent, with Win chosen', async () => {
    openPopup();
    const kind = await screen.findByRole('radiogroup', { name: 'Kind' });
    const radios = within(kind).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual(['Win', 'Feedback', 'Talent']);
    expect(within(kind).getByRole('radio', { name: 'Win' })).toHaveProperty('checked', true);
  });

  it('saves text and tags, says "Saved", and lists the entry under Recent', async () => {
    openPopup();
    await type(textBox(), '  Shipped the billing migration ');
    await type(tagsBox(), 'billing, #migration');
    fireEvent.click(await saveButton());

    await expectSaved();
    await waitFor(async () => expect(await recentTexts()).toEqual(['Shipped the billing migration']));
    const [stored] = await db.entries.toArray();
    expect(stored).toMatchObject({
      kind: 'win',
      text: 'Shipped the billing migration',
      tags: ['billing', 'migration'],
    });
    expect((await textBox()) as HTMLTextAreaElement).toHaveProperty('value', '');
  });

  it('saves with Ctrl+Enter', async () => {
    openPopup();
    await type(textBox(), 'Paired with a new hire');
    fireEvent.keyDown(await textBox(), { key: 'Enter', ctrlKey: true });
    await expectSaved();
    expect(await db.entries.count()).toBe(1);
  });

  it('refuses blank text with an alert and an invalid field, and stores nothing', async () => {
    openPopup();
    await type(textBox(), '   ');
    fireEvent.click(await saveButton());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/empty/);
    expect((await textBox()).getAttribute('aria-invalid')).toBe('true');
    expect((await textBox()).getAttribute('aria-describedby')).toBe(alert.id);
    expect(await db.entries.count()).toBe(0);
    expect((await screen.findByRole('status')).textContent).toBe('');
  });

  it('reports an over-long tag at Tags and keeps what was typed', async () => {
    openPopup();
    await type(textBox(), 'Led the incident review');
    await type(tagsBox(), `ok, ${'x'.repeat(41)}`);
    fireEvent.click(await saveButton());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Tag 2: A tag has at most 40 characters.');
    expect((await tagsBox()).getAttribute('aria-invalid')).toBe('true');
    expect((await textBox()).getAttribute('aria-invalid')).not.toBe('true');
    expect(await textBox()).toHaveProperty('value', 'Led the incident review');
    expect(await db.entries.count()).toBe(0);
  });

  it('keeps the draft when the popup closes, and clears it after a save', async () => {
    const first = openPopup();
    fireEvent.click(await screen.findByRole('radio', { name: 'Talent' }));
    await type(textBox(), 'Explaining the data model');
    await type(tagsBox(), 'teaching');
    first.unmount();

    const second = openPopup();
    expect(await textBox()).toHaveProperty('value', 'Explaining the data model');
    expect(await tagsBox()).toHaveProperty('value', 'teaching');
    expect(await screen.findByRole('radio', { name: 'Talent' })).toHaveProperty('checked', true);
    fireEvent.click(await saveButton());
    await expectSaved();
    second.unmount();

    openPopup();
    expect(await textBox()).toHaveProperty('value', '');
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it("attaches the active tab's page to the entry", async () => {
    openPopup({ page: PAGE });
    expect(await screen.findByText(PAGE.title)).toBeTruthy();
    await type(textBox(), 'Reviewed the migration');
    fireEvent.click(await saveButton());
    await expectSaved();
    expect((await db.entries.toArray())[0]?.source).toEqual(PAGE);
  });

  it('stores no page after "Remove page"', async () => {
    openPopup({ page: PAGE });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove page' }));
    await waitFor(() => expect(screen.queryByText(PAGE.title)).toBeNull());
    await type(textBox(), 'Reviewed the migration');
    fireEvent.click(await saveButton());
    await expectSaved();
    expect((await db.entries.toArray())[0]).not.toHaveProperty('source');
  });

  it('asks who said it and which signal for feedback, and stores both', async () => {
    openPopup();
    expect(screen.queryByRole('textbox', { name: 'From' })).toBeNull();
    fireEvent.click(await screen.findByRole('radio', { name: 'Feedback' }));
    await type(screen.findByRole('textbox', { name: 'From' }), 'Ana');
    fireEvent.change(await screen.findByRole('combobox', { name: 'Signal' }), { target: { value: 'keep' } });
    // Linking to a win is the side panel's and the log's: the popup stays small.
    expect(screen.queryByRole('combobox', { name: 'About a win' })).toBeNull();
    await type(textBox(), 'Keep running the design reviews');
    fireEvent.click(await saveButton());
    await expectSaved();
    expect((await db.entries.toArray())[0]).toMatchObject({
      kind: 'feedback',
      direction: 'received',
      person: 'Ana',
      signal: 'keep',
    });
  });

  it('says so when storage cannot open, and keeps the text when Save fails', async () => {
    openPopup({ db: unopenableDb() });
    await waitFor(async () =>
      expect((await screen.findAllByRole('alert')).map((a) => a.textContent).join(' ')).toMatch(
        /cannot open its storage/,
      ),
    );
    await type(textBox(), 'Mentored Bo through the on-call rotation');
    fireEvent.click(await saveButton());

    await waitFor(async () =>
      expect((await screen.findAllByRole('alert')).map((a) => a.textContent)).toContainEqual(
        'Not saved: Latitude cannot open its storage in this browser right now. Your text is kept here.',
      ),
    );
    expect((await screen.findByRole('status')).textContent).toBe('');
    expect(await textBox()).toHaveProperty('value', 'Mentored Bo through the on-call rotation');
    expect(createDraftStore(DRAFT_KEY).load()?.text).toBe('Mentored Bo through the on-call rotation');
  });

  it('shows captured markup as literal text', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    openPopup();
    await type(textBox(), hostile);
    fireEvent.click(await saveButton());
    await expectSaved();
    await waitFor(async () => expect(await recentTexts()).toEqual([hostile]));
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
  });
});

describe('PopupApp side panel button', () => {
  it('opens the side panel and closes the popup', async () => {
    const open = vi.fn(async () => {});
    const closePopup = vi.fn();
    render(
      <PopupApp
        db={db}
        drafts={createDraftStore(DRAFT_KEY)}
        readSource={async () => undefined}
        clock={createTestClock()}
        sidePanel={{ open }}
        closePopup={closePopup}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Open side panel' }));
    expect(open).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(closePopup).toHaveBeenCalled());
  });

  it('has no side panel button where the browser has no side panel', async () => {
    openPopup();
    await screen.findByRole('button', { name: 'Save' });
    expect(screen.queryByRole('button', { name: 'Open side panel' })).toBeNull();
  });
});
