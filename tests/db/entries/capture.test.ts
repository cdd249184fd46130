import { LatitudeDb } from '../../../src/db/database';
import { listRecentEntries, saveCapture } from '../../../src/db/entries/capture';
import { listFilteredEntriesPage } from '../../../src/db/entries/log-page';
import { createTestClock } from '../../fixtures/clock';
import { makeWin } from '../../fixtures/entries';

let db: LatitudeDb;
beforeEach(() => {
  db = new LatitudeDb('latitude-test');
});
afterEach(() => db.close());

function at(minute: number): string {
  return new Date(Date.UTC(2025, 2, 12, 10, minute)).toISOString();
}

describe('saveCapture', () => {
  it('stores a valid capture and returns the stored entry', async () => {
    const clock = createTestClock();
    const result = await saveCapture(
      db,
      { kind: 'win', text: ' Shipped it ', tags: ['billing'] },
      {
        now: clock.now(),
        newId: clock.newId,
      },
    );
    expect(result.ok).toBe(true);
    const stored = await db.entries.toArray();
    expect(stored).toEqual([result.ok && result.entry]);
    expect(stored[0]).toMatchObject({ kind: 'win', text: 'Shipped it', tags: ['billing'] });
  });

  it('writes nothing for a refused capture', async () => {
    const clock = createTestClock();
    const env = { now: clock.now(), newId: clock.newId };
    const results = await Promise.all([
      saveCapture(db, { kind: 'win', text: '   ' }, env),
      saveCapture(db, { kind: 'feedback', text: 'x'.repeat(10_001) }, env),
      saveCapture(db, { kind: 'talent', text: 'ok', tags: ['t'.repeat(41)] }, env),
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, false, false]);
    expect(await db.entries.count()).toBe(0);
  });
});

describe('listRecentEntries', () => {
  it('gives the newest captures first, skipping deleted ones, up to the limit', async () => {
    const entries = [
      makeWin({ text: 'oldest', createdAt: at(1), occurredOn: '2025-03-20' }),
      makeWin({ text: 'older', createdAt: at(2) }),
      makeWin({ text: 'newer', createdAt: at(3) }),
      makeWin({ text: 'deleted', createdAt: at(4), deletedAt: at(5) }),
      makeWin({ text: 'newest', createdAt: at(5), occurredOn: '2024-01-01' }),
    ];
    await db.entries.bulkPut([...entries].reverse());
    expect((await listRecentEntries(db, 10)).map((e) => e.text)).toEqual(['newest', 'newer', 'older', 'oldest']);
    expect((await listRecentEntries(db, 2)).map((e) => e.text)).toEqual(['newest', 'newer']);
  });

  it('fills the limit past deleted entries', async () => {
    await db.entries.bulkPut([
      makeWin({ text: 'a', createdAt: at(1) }),
      makeWin({ text: 'b', createdAt: at(2) }),
      makeWin({ text: 'gone 1', createdAt: at(3), deletedAt: at(9) }),
      makeWin({ text: 'gone 2', createdAt: at(4), deletedAt: at(9) }),
    ]);
    expect((await listRecentEntries(db, 2)).map((e) => e.text)).toEqual(['b', 'a']);
  });

  it('gives an empty list for an empty log', async () => {
    expect(await listRecentEntries(db, 5)).toEqual([]);
  });

  it('finds live entries behind a run of tombstones longer than its first read', async () => {
    await db.entries.bulkPut([
      makeWin({ text: 'older', createdAt: at(1) }),
      makeWin({ text: 'newer', createdAt: at(2) }),
      ...Array.from({ length: 30 }, (_, i) => makeWin({ text: `gone ${i}`, createdAt: at(10 + i), deletedAt: at(50) })),
    ]);
    expect((await listRecentEntries(db, 2)).map((e) => e.text)).toEqual(['newer', 'older']);
  });
});

describe('listFilteredEntriesPage, unfiltered', () => {
  beforeEach(async () => {
    await db.entries.bulkPut([
      makeWin({ text: 'march, captured late', occurredOn: '2025-03-01', createdAt: at(30) }),
      makeWin({ text: 'april', occurredOn: '2025-04-02', createdAt: at(1) }),
      makeWin({ text: 'march, captured early', occurredOn: '2025-03-01', createdAt: at(10) }),
      makeWin({ text: 'deleted may', occurredOn: '2025-05-01', createdAt: at(2), deletedAt: at(3) }),
      makeWin({ text: 'february', occurredOn: '2025-02-14', createdAt: at(50) }),
    ]);
  });

  it('orders by the day it happened, then by capture time, newest first', async () => {
    const page = await listFilteredEntriesPage(db, 10);
    expect(page.entries.map((e) => e.text)).toEqual([
      'april',
      'march, captured late',
      'march, captured early',
      'february',
    ]);
    expect(page.hasMore).toBe(false);
  });

  it('says whether older entries remain past the page', async () => {
    const first = await listFilteredEntriesPage(db, 2);
    expect(first.entries.map((e) => e.text)).toEqual(['april', 'march, captured late']);
    expect(first.hasMore).toBe(true);
    expect((await listFilteredEntriesPage(db, 3)).hasMore).toBe(true);
    expect((await listFilteredEntriesPage(db, 4)).hasMore).toBe(false);
  });
});
