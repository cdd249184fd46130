// A browser whose storage hangs: `indexedDB.open` neither succeeds nor fails. After five seconds
// every view says so with role alert, says what to try and that what is typed is kept; the
// banner goes away by itself if the open completes later.
import { act, fireEvent, render, screen } from '@testing-library/preact';
import type { VNode } from 'preact';
import { createDraftStore } from '../../../src/browser/draft-store';
import type { LatitudeDb } from '../../../src/db/database';
import { LogApp } from '../../../src/ui/log/LogApp';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { PrepApp } from '../../../src/ui/prep/PrepApp';
import { SettingsApp } from '../../../src/ui/settings/SettingsApp';
import { SidePanelApp } from '../../../src/ui/sidepanel/SidePanelApp';
import { NOT_ANSWERING_MS } from '../../../src/ui/kit/use-storage-health';
import { stalledDb } from '../../fixtures/broken-indexeddb';
import { createTestClock } from '../../fixtures/clock';
import { fakeSettingsEnv } from '../../fixtures/settings-env';
import { testView } from '../../fixtures/view-drafts';

const DRAFT_KEY = 'test:draft:popup';

const VIEWS: Record<string, (db: LatitudeDb) => VNode> = {
  popup: (db) => (
    <PopupApp
      db={db}
      drafts={createDraftStore(DRAFT_KEY)}
      readSource={async () => undefined}
      clock={createTestClock()}
    />
  ),
  'side panel': (db) => <SidePanelApp db={db} drafts={testView('sidepanel').views} clock={createTestClock()} />,
  log: (db) => <LogApp db={db} clock={createTestClock()} />,
  prep: (db) => (
    <PrepApp
      db={db}
      clock={createTestClock()}
      exporter={{ copy: async () => {}, download: () => {} }}
      win={{ location: window.location, history: window.history, print: () => {} }}
    />
  ),
  settings: (db) => <SettingsApp env={fakeSettingsEnv(db).env} />,
};

/** The banner's words, if it is shown. */
const notAnswering = () =>
  screen.queryAllByRole('alert').find((alert) => /storage is not answering/.test(alert.textContent ?? ''));

/** Lets time pass: timers run, and the promises and renders they start settle. */
const elapse = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

beforeEach(() => {
  window.history.replaceState(null, '', '#');
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(Object.keys(VIEWS))('the %s, when storage does not answer', (name) => {
  it('says so after five seconds, with what to try and that typing is kept', async () => {
    const { db } = stalledDb();
    render(VIEWS[name]!(db));

    await elapse(NOT_ANSWERING_MS - 100);
    expect(notAnswering()).toBeUndefined();
    await elapse(100);

    const banner = notAnswering();
    expect(banner?.textContent).toMatch(/Close other Latitude windows and tabs/);
    expect(banner?.textContent).toMatch(/free space/);
    expect(banner?.textContent).toMatch(/restart the browser/);
    expect(banner?.textContent).toMatch(/kept as a draft/);
  });

  it('takes the banner away once the open completes', async () => {
    const { db, answer } = stalledDb();
    render(VIEWS[name]!(db));
    await elapse(NOT_ANSWERING_MS);
    expect(notAnswering()).toBeDefined();

    answer();
    await elapse(50);

    expect(notAnswering()).toBeUndefined();
    expect(db.isOpen()).toBe(true);
    db.close();
  });
});

describe('the popup, when storage does not answer', () => {
  it('shows no banner when the open answers in time', async () => {
    const { db, answer } = stalledDb();
    render(VIEWS.popup!(db));
    await elapse(1_000);
    answer();
    await elapse(NOT_ANSWERING_MS);
    expect(notAnswering()).toBeUndefined();
    expect(screen.queryAllByRole('alert')).toEqual([]);
    db.close();
  });

  it('keeps what was typed and saved meanwhile as a draft, and stores it once storage answers', async () => {
    const { db, answer } = stalledDb();
    const view = render(VIEWS.popup!(db));
    const text = screen.getByRole('textbox', { name: 'Entry text' });
    fireEvent.input(text, { target: { value: 'Closed the incident before lunch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await elapse(NOT_ANSWERING_MS);

    expect(notAnswering()).toBeDefined();
    expect(text).toHaveProperty('value', 'Closed the incident before lunch');
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).text).toBe('Closed the incident before lunch');

    // Closed and opened again while storage still hangs: the draft is there.
    view.unmount();
    render(VIEWS.popup!(db));
    expect(screen.getByRole('textbox', { name: 'Entry text' })).toHaveProperty(
      'value',
      'Closed the incident before lunch',
    );

    answer();
    await elapse(50);
    expect(notAnswering()).toBeUndefined();
    // The Save clicked while storage hung went through when it answered.
    vi.useRealTimers();
    await vi.waitFor(async () =>
      expect((await db.entries.toArray()).map((entry) => entry.text)).toEqual(['Closed the incident before lunch']),
    );
    db.close();
  });
});
