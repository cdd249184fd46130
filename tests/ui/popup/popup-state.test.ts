import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDraftStore } from '../../../src/browser/draft-store';
import { createOmniboxOverflowStore } from '../../../src/browser/omnibox-overflow';
import { LatitudeDb } from '../../../src/db/database';
import { saveCapture } from '../../../src/db/entries/capture';
import { createPopupState, RECENT_COUNT } from '../../../src/ui/popup/popup-state';
import { createTestClock } from '../../fixtures/clock';
import { FAILURES, injectWriteFault } from '../../fixtures/faults';

const DRAFT_KEY = 'test:draft:popup-state';
const PAGE = { url: 'https://example.com/pr/42', title: 'Billing migration PR' };

let db: LatitudeDb;
const stops: (() => void)[] = [];
beforeEach(() => {
  db = new LatitudeDb();
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  db.close();
});

function popup(options: Partial<Parameters<typeof createPopupState>[0]> = {}) {
  const state = createPopupState({
    db,
    drafts: createDraftStore(DRAFT_KEY),
    clock: createTestClock(),
    readSource: async () => PAGE,
    ...options,
  });
  stops.push(state.start());
  return state;
}

const recentTexts = (state: ReturnType<typeof popup>) =>
  state.recent.value.status === 'ready' ? state.recent.value.value.map((entry) => entry.text) : undefined;

describe('popup state', () => {
  it('saves a capture with the page it was typed on, and lists it among the latest entries', async () => {
    const state = popup();
    await vi.waitFor(() => expect(recentTexts(state)).toEqual([]));
    await vi.waitFor(() => expect(state.capture.draft.value.source).toEqual(PAGE));
    state.capture.update({ text: 'Shipped the billing migration' });
    expect(await state.capture.submit()).toBe(true);
    await vi.waitFor(() => expect(recentTexts(state)).toEqual(['Shipped the billing migration']));
    expect((await db.entries.toArray())[0]).toMatchObject({ kind: 'win', source: PAGE });
  });

  it(`follows entries stored elsewhere, the newest ${RECENT_COUNT}, until it is stopped`, async () => {
    const state = popup();
    const clock = createTestClock();
    const env = { now: clock.now(), newId: clock.newId };
    for (let n = 1; n <= RECENT_COUNT + 1; n += 1) await saveCapture(db, { kind: 'win', text: `Win ${n}` }, env);
    await vi.waitFor(() => expect(recentTexts(state)).toHaveLength(RECENT_COUNT));
    for (const stop of stops.splice(0)) stop();
    await saveCapture(db, { kind: 'talent', text: 'After the popup closed' }, env);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(recentTexts(state)).not.toContain('After the popup closed');
  });

  it('takes over an address-bar entry over the limit as its draft', async () => {
    const inbox = createOmniboxOverflowStore(fakeBrowser.storage.local, async () => undefined);
    await inbox.keep({ kind: 'feedback', text: 'x'.repeat(10_001), at: '2025-03-12T10:00:00.000Z' }, 'one');
    const state = popup({ omniboxOverflow: inbox });
    await vi.waitFor(() => expect(state.overflow?.adopted.value).toBe(true));
    expect(state.capture.draft.value).toMatchObject({ kind: 'feedback', text: 'x'.repeat(10_001), source: null });
  });

  it.each(FAILURES)('a capture that fails once (%s) says why and keeps the text', async (failure, message) => {
    const fault = injectWriteFault(db);
    const state = popup();
    state.capture.update({ text: 'Kept through a failure' });
    fault.failNext({ table: 'entries', failure });
    expect(await state.capture.submit()).toBe(false);
    expect(state.capture.status.value).toMatchObject({ kind: 'failed', message: expect.stringMatching(message) });
    expect(state.capture.draft.value.text).toBe('Kept through a failure');
    expect(createDraftStore(DRAFT_KEY).load()?.text).toBe('Kept through a failure');
    expect(await state.capture.submit()).toBe(true);
  });
});
