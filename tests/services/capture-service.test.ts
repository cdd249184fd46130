import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BadgeOutcome } from '../../src/browser/badge';
import { createOmniboxOverflowStore, type OmniboxOverflowStore } from '../../src/browser/omnibox-overflow';
import { LatitudeDb } from '../../src/db/database';
import { createCaptureService, type SelectionClick } from '../../src/services/capture-service';
import { unopenableDb } from '../fixtures/broken-indexeddb';
import { createTestClock } from '../fixtures/clock';

let db: LatitudeDb;
let reports: BadgeOutcome[];

function service(options: { db?: LatitudeDb; report?: (outcome: BadgeOutcome) => Promise<void> } = {}) {
  const clock = createTestClock();
  return createCaptureService({
    db: options.db ?? db,
    now: clock.now,
    newId: clock.newId,
    report: options.report ?? (async (outcome) => void reports.push(outcome)),
  });
}

beforeEach(() => {
  db = new LatitudeDb();
  reports = [];
});
afterEach(() => db.close());

const PAGE = { url: 'https://example.com/incident/7', title: 'Incident 7 review' };
const click = (menuItemId: string, selectionText = 'Led the incident review calmly'): SelectionClick => ({
  menuItemId,
  selectionText,
  pageUrl: PAGE.url,
});

describe('captureSelection (context menu)', () => {
  it.each([
    ['log-win', { kind: 'win' }, 'win'],
    ['log-feedback', { kind: 'feedback', direction: 'received' }, 'feedback'],
    ['log-talent', { kind: 'talent', evidence: 'self' }, 'talent note'],
  ])('%s stores the selection with its page and reports it saved', async (menuId, expected, what) => {
    await expect(service().captureSelection(click(menuId), PAGE)).resolves.toBe(true);
    const stored = await db.entries.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ ...expected, text: 'Led the incident review calmly', source: PAGE });
    expect(reports).toEqual([{ kind: 'saved', what }]);
  });

  it('takes the page from the click when there is no tab, with the URL as title', async () => {
    await service().captureSelection(click('log-win'));
    expect((await db.entries.toArray())[0]?.source).toEqual({ url: PAGE.url, title: PAGE.url });
  });

  it('stores no source for a page that is not http(s)', async () => {
    await service().captureSelection(
      { ...click('log-win'), pageUrl: 'file:///home/me/notes.txt' },
      { url: 'file:///home/me/notes.txt', title: 'notes' },
    );
    const [stored] = await db.entries.toArray();
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('source');
  });

  it("does nothing for a menu item that is not Latitude's", async () => {
    await expect(service().captureSelection(click('some-other-item'), PAGE)).resolves.toBe(false);
    expect(reports).toEqual([]);
    expect(await db.entries.count()).toBe(0);
  });

  it('reports a selection over 10,000 characters as not saved, and stores nothing', async () => {
    await expect(service().captureSelection(click('log-win', 'x'.repeat(10_001)), PAGE)).resolves.toBe(false);
    expect(reports).toEqual([{ kind: 'failed', reason: expect.stringMatching(/10,000 characters/) }]);
    expect(await db.entries.count()).toBe(0);
  });

  it('reports an empty selection as not saved', async () => {
    await service().captureSelection({ menuItemId: 'log-win' }, PAGE);
    expect(reports).toEqual([{ kind: 'failed', reason: expect.stringMatching(/empty/) }]);
  });
});

describe('captureOmniboxLine', () => {
  it.each([
    ['win shipped the billing migration', 'win', 'shipped the billing migration'],
    ['Feedback keep running design reviews', 'feedback', 'keep running design reviews'],
    ['talent   explaining trade-offs', 'talent', 'explaining trade-offs'],
    ['shipped it', 'win', 'shipped it'],
  ])('stores "%s" as a %s', async (line, kind, text) => {
    await expect(service().captureOmniboxLine(line)).resolves.toBe(true);
    expect(await db.entries.toArray()).toEqual([expect.objectContaining({ kind, text })]);
    expect(reports).toEqual([expect.objectContaining({ kind: 'saved' })]);
  });

  it.each(['', '   ', 'feedback', 'talent  '])('reports %j as not saved, and stores nothing', async (line) => {
    await expect(service().captureOmniboxLine(line)).resolves.toBe(false);
    expect(reports).toEqual([{ kind: 'failed', reason: 'Nothing to log: type what happened after "lat".' }]);
    expect(await db.entries.count()).toBe(0);
  });
});

describe('when storing fails', () => {
  it('reports not saved when the database cannot open', async () => {
    await expect(service({ db: unopenableDb() }).captureOmniboxLine('win shipped it')).resolves.toBe(false);
    expect(reports).toEqual([{ kind: 'failed', reason: expect.stringMatching(/^Could not store it: /) }]);
  });

  it('says plainly when the disk is full', async () => {
    vi.spyOn(db.entries, 'add').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(service().captureSelection(click('log-win'), PAGE)).resolves.toBe(false);
    expect(reports).toEqual([
      { kind: 'failed', reason: 'Could not store it: the browser has no storage space left for Latitude.' },
    ]);
    expect(await db.entries.count()).toBe(0);
  });

  it('never reports "not saved" for an entry that was stored, even if the badge fails', async () => {
    const report = vi.fn(async (outcome: BadgeOutcome) => {
      if (outcome.kind === 'saved') throw new Error('the toolbar button is gone');
    });
    await expect(service({ report }).captureOmniboxLine('win shipped it')).rejects.toThrow('toolbar');
    expect(report.mock.calls).toEqual([[{ kind: 'saved', what: 'win' }]]);
    expect(await db.entries.count()).toBe(1);
  });
});

describe('an omnibox line over the 10,000-character limit', () => {
  const LONG = 'Led the migration. '.repeat(632).trim(); // 12,007 characters
  let opened: number;

  function overflowService(
    options: {
      keep?: OmniboxOverflowStore['keep'];
      open?: () => Promise<boolean>;
      report?: (outcome: BadgeOutcome) => Promise<void>;
    } = {},
  ) {
    const store = createOmniboxOverflowStore(fakeBrowser.storage.local, async () => {});
    opened = 0;
    const clock = createTestClock();
    const built = createCaptureService({
      db,
      now: clock.now,
      newId: clock.newId,
      report: options.report ?? (async (outcome) => void reports.push(outcome)),
      overflow: {
        keep: options.keep ?? store.keep,
        openPopup:
          options.open ??
          (async () => {
            opened += 1;
            return true;
          }),
      },
    });
    return { service: built, store };
  }

  it('keeps the whole line for the popup, points the badge at it, opens the popup, and stores no entry', async () => {
    const { service: built, store } = overflowService();
    await expect(built.captureOmniboxLine(`feedback ${LONG}`)).resolves.toBe(false);

    const waiting = await store.list();
    expect(waiting).toEqual([
      {
        key: expect.stringMatching(/^latitude:omnibox-overflow:/),
        overflow: { kind: 'feedback', text: LONG, at: expect.any(String) },
      },
    ]);
    expect(new Date(waiting[0]!.overflow.at).toString()).not.toBe('Invalid Date');
    expect(reports).toEqual([
      {
        kind: 'waiting',
        reason: "the address bar entry is over 10,000 characters. Open Latitude's popup to shorten it and save.",
      },
    ]);
    expect(opened).toBe(1);
    expect(await db.entries.count()).toBe(0);
  });

  it('keeps each long line, a second one included', async () => {
    const { service: built, store } = overflowService();
    await built.captureOmniboxLine(LONG);
    await built.captureOmniboxLine(`talent ${LONG} again`);
    expect((await store.list()).map((waiting) => waiting.overflow.kind)).toEqual(['win', 'talent']);
  });

  it('saves a line of exactly 10,000 characters (spaces around it do not count) as an entry', async () => {
    const { service: built, store } = overflowService();
    const text = 'x'.repeat(10_000);
    await expect(built.captureOmniboxLine(`win   ${text}   `)).resolves.toBe(true);
    expect(await store.list()).toEqual([]);
    expect((await db.entries.toArray())[0]?.text).toBe(text);
    expect(opened).toBe(0);
  });

  it('says plainly when the line cannot be kept either, and opens nothing', async () => {
    const { service: built } = overflowService({
      keep: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
    });
    await expect(built.captureOmniboxLine(LONG)).resolves.toBe(false);
    expect(reports).toEqual([
      {
        kind: 'failed',
        reason:
          'Over 10,000 characters, and it could not be kept for the popup: the browser has no storage space left for Latitude.',
      },
    ]);
    expect(opened).toBe(0);
  });

  it('is no error when the browser will not open the popup', async () => {
    const { service: built, store } = overflowService({ open: async () => false });
    await expect(built.captureOmniboxLine(LONG)).resolves.toBe(false);
    expect(await store.list()).toHaveLength(1);
    expect(reports).toEqual([expect.objectContaining({ kind: 'waiting' })]);
  });

  it('still opens the popup when the badge fails', async () => {
    const { service: built, store } = overflowService({
      report: async () => {
        throw new Error('the toolbar button is gone');
      },
    });
    await expect(built.captureOmniboxLine(LONG)).rejects.toThrow('toolbar');
    expect(opened).toBe(1);
    expect(await store.list()).toHaveLength(1);
  });
});
