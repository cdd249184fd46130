// An address-bar entry over the 10,000-character limit, kept by the background in storage.local,
// becomes the popup's draft: the popup shows it with an alert naming the limit and its length, so
// that it can be shortened and saved. What the form already holds always comes first.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftStore, type DraftStore } from '../../../src/browser/draft-store';
import {
  createOmniboxOverflowStore,
  type OmniboxOverflowInbox,
  type OmniboxOverflowStore,
} from '../../../src/browser/omnibox-overflow';
import { openViewDrafts } from '../../../src/browser/view-drafts';
import { LatitudeDb } from '../../../src/db/database';
import { captureDraftSchema, type CaptureDraft } from '../../../src/domain/draft';
import type { CaptureKind } from '../../../src/domain/capture';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { createTestClock } from '../../fixtures/clock';

const DRAFT_KEY = 'test:draft:popup';
/** 12,000 characters, ending in a sentence the user can cut. */
const LONG = `${'Mapped every service the outage touched. '.repeat(293)}Then I wrote the memo.`.slice(-12_000);
const AT = '2025-03-20T08:59:00.000Z';

let db: LatitudeDb;
let store: OmniboxOverflowStore;
let badgeCleared: number;

beforeEach(() => {
  db = new LatitudeDb();
  badgeCleared = 0;
  store = createOmniboxOverflowStore(fakeBrowser.storage.local, async () => {
    badgeCleared += 1;
  });
});
afterEach(() => db.close());

function keep(text = LONG, id = 'one', kind: CaptureKind = 'win', at = AT) {
  return store.keep({ kind, text, at }, id);
}

function openPopup({
  drafts = createDraftStore(DRAFT_KEY),
  inbox = store,
}: {
  drafts?: DraftStore;
  inbox?: OmniboxOverflowInbox;
} = {}) {
  return render(
    <PopupApp
      db={db}
      drafts={drafts}
      readSource={async () => ({ url: 'https://example.com/pr/42', title: 'Billing migration PR' })}
      clock={createTestClock()}
      omniboxOverflow={inbox}
    />,
  );
}

const textBox = () => screen.getByRole('textbox', { name: 'Entry text' }) as HTMLTextAreaElement;
const alerts = () => screen.queryAllByRole('alert').map((alert) => alert.textContent ?? '');
const storedDraft = () => JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as CaptureDraft | null;

async function saveAndWait() {
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Saved'));
}

describe('the popup takes over an over-long address-bar entry', () => {
  it('into a blank form: the text and kind, an alert with the limit and the length, the draft kept, the line let go', async () => {
    await keep(LONG, 'one', 'feedback');
    openPopup();

    await waitFor(() => expect(textBox().value).toBe(LONG));
    expect(screen.getByRole('radio', { name: 'Feedback' })).toHaveProperty('checked', true);
    expect(alerts()).toEqual([
      'This entry came from the address bar and has 12,000 characters; an entry holds at most 10,000. Shorten it here, then save.',
    ]);
    expect(storedDraft()).toMatchObject({ kind: 'feedback', text: LONG });
    await waitFor(async () => expect(await store.list()).toEqual([]));
    expect(badgeCleared).toBe(1);
  });

  it('says the length as it is shortened, and the alert goes once it fits; Save stores it', async () => {
    await keep();
    openPopup();
    await waitFor(() => expect(textBox().value).toBe(LONG));

    fireEvent.input(textBox(), { target: { value: LONG.slice(0, 10_500) } });
    expect(alerts()).toEqual([expect.stringContaining('has 10,500 characters; an entry holds at most 10,000.')]);

    const shortened = LONG.slice(0, 9_000);
    fireEvent.input(textBox(), { target: { value: shortened } });
    expect(alerts()).toEqual([]);
    await saveAndWait();

    expect((await db.entries.toArray()).map(({ kind, text, source }) => ({ kind, text, source }))).toEqual([
      { kind: 'win', text: shortened.trim(), source: undefined },
    ]);
    expect(textBox().value).toBe('');
    expect(storedDraft()).toBeNull();
  });

  it('refuses a save of the whole text at Entry text, and keeps it', async () => {
    await keep();
    openPopup();
    await waitFor(() => expect(textBox().value).toBe(LONG));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(alerts()).toContain('Keep it to 10,000 characters at most.'));
    expect(textBox().value).toBe(LONG);
    expect(storedDraft()?.text).toBe(LONG);
    expect(await db.entries.count()).toBe(0);
  });

  it('finds it again after the popup is closed at once (the draft of the view, adopted by the next)', async () => {
    await keep();
    const drafts = () =>
      openViewDrafts('popup', { local: localStorage, session: sessionStorage, every: () => () => {} }).draft(
        'capture',
        captureDraftSchema,
      );
    const first = openPopup({ drafts: drafts() });
    await waitFor(async () => expect(await store.list()).toEqual([]));
    first.unmount();
    // The lease of the closed popup runs out; a new popup adopts its drafts.
    sessionStorage.clear();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    try {
      openPopup({ drafts: drafts() });
    } finally {
      vi.useRealTimers();
    }
    expect(textBox().value).toBe(LONG);
  });
});

describe('when the form already holds something', () => {
  it('keeps what is there, says an entry is waiting, and takes it over after the save', async () => {
    await keep();
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ kind: 'talent', text: 'Explaining the data model', tags: '', areas: [], person: '' }),
    );
    openPopup();

    await waitFor(() =>
      expect(alerts()).toEqual([
        'An entry of 12,000 characters from the address bar is waiting. It opens here to be shortened once what is in the form is saved; nothing is lost meanwhile.',
      ]),
    );
    expect(textBox().value).toBe('Explaining the data model');
    expect(await store.list()).toHaveLength(1);

    await saveAndWait();
    await waitFor(() => expect(textBox().value).toBe(LONG));
    expect(alerts()).toEqual([expect.stringContaining('has 12,000 characters')]);
    expect(storedDraft()?.text).toBe(LONG);
    await waitFor(async () => expect(await store.list()).toEqual([]));
    expect((await db.entries.toArray()).map((entry) => entry.text)).toEqual(['Explaining the data model']);
  });

  it('never replaces what was typed while the storage read was under way', async () => {
    await keep();
    let answer!: () => void;
    const slowInbox: OmniboxOverflowInbox = {
      list: async () => {
        await new Promise<void>((resolve) => (answer = resolve));
        return store.list();
      },
      remove: (key) => store.remove(key),
    };
    openPopup({ inbox: slowInbox });
    fireEvent.input(textBox(), { target: { value: 'Paired with Ana' } });
    await act(async () => answer());

    await waitFor(() => expect(alerts()).toEqual([expect.stringContaining('is waiting')]));
    expect(textBox().value).toBe('Paired with Ana');
    expect(storedDraft()?.text).toBe('Paired with Ana');
    expect(await store.list()).toHaveLength(1);
  });

  it('does not take over twice a line that an earlier popup took but could not let go', async () => {
    await keep();
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ kind: 'win', text: LONG, tags: '', areas: [], person: '' }));
    openPopup();
    await waitFor(async () => expect(await store.list()).toEqual([]));
    expect(alerts()).toEqual([expect.stringContaining('has 12,000 characters')]);
    expect(textBox().value).toBe(LONG);
  });
});

describe('several entries, and a draft that cannot be written', () => {
  it('takes them one at a time, oldest first', async () => {
    await keep(`${LONG} (second)`, 'b', 'talent', '2025-03-20T09:00:00.000Z');
    await keep(LONG, 'a', 'win', AT);
    openPopup();
    await waitFor(() => expect(textBox().value).toBe(LONG));
    expect(alerts()).toEqual([
      expect.stringContaining('has 12,000 characters'),
      expect.stringMatching(/^An entry of 12,009 characters from the address bar is waiting\./),
    ]);

    fireEvent.input(textBox(), { target: { value: 'The short version' } });
    await saveAndWait();
    await waitFor(() => expect(textBox().value).toBe(`${LONG} (second)`));
    expect(screen.getByRole('radio', { name: 'Talent' })).toHaveProperty('checked', true);
    // The first one's "Saved" stays beside the second.
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Saved');
    expect(alerts()).toEqual([expect.stringContaining('has 12,009 characters')]);
    await waitFor(async () => expect(await store.list()).toEqual([]));
    expect(badgeCleared).toBe(1);
  });

  it('keeps the line in storage.local until it is saved when the draft cannot be written', async () => {
    await keep();
    const drafts: DraftStore = { load: () => undefined, save: () => {}, clear: () => {} };
    openPopup({ drafts });
    await waitFor(() => expect(textBox().value).toBe(LONG));
    expect(await store.list()).toHaveLength(1);

    fireEvent.input(textBox(), { target: { value: 'The short version' } });
    await saveAndWait();
    await waitFor(async () => expect(await store.list()).toEqual([]));
  });
});
