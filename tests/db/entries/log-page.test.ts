import { liveQuery } from 'dexie';
import { deleteEntries, restoreEntries } from '../../../src/db/entries/edits';
import { countEntriesByKind, listFilteredEntriesPage } from '../../../src/db/entries/log-page';
import { EMPTY_FILTER, type LogFilter } from '../../../src/domain/log-filter';
import { freshDb, makeEntry, seedSampleLog as seed, testId } from '../../fixtures/log-entries';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const today = '2025-06-01';
const query = (filter: Partial<LogFilter>) => ({ filter: { ...EMPTY_FILTER, ...filter }, today });

describe('listFilteredEntriesPage, unfiltered', () => {
  it('pages newest first, skipping deleted entries', async () => {
    const db = await seed();
    const first = await listFilteredEntriesPage(db, 2);
    expect(first.entries.map((e) => e.id)).toEqual([testId(1), testId(2)]);
    expect(first.hasMore).toBe(true);
    const all = await listFilteredEntriesPage(db, 10);
    expect(all.entries.map((e) => e.id)).toEqual([testId(1), testId(2), testId(3), testId(4)]);
    expect(all.hasMore).toBe(false);
  });

  it('orders entries of one day by capture time, latest first', async () => {
    const db = freshDb();
    await db.entries.bulkPut([
      makeEntry({ id: testId(1), occurredOn: '2025-05-01', createdAt: '2025-05-01T08:00:00.000Z' }),
      makeEntry({ id: testId(2), occurredOn: '2025-05-01', createdAt: '2025-05-01T17:00:00.000Z' }),
    ]);
    expect((await listFilteredEntriesPage(db, 5)).entries.map((e) => e.id)).toEqual([testId(2), testId(1)]);
  });

  it('filters by kind, area, tag (any case), person, energy, meaning and period', async () => {
    const db = await seed();
    const ids = async (filter: Partial<LogFilter>) =>
      (await listFilteredEntriesPage(db, 10, query(filter))).entries.map((e) => e.id);
    expect(await ids({ kind: 'feedback' })).toEqual([testId(2)]);
    expect(await ids({ area: 'teaching' })).toEqual([testId(3)]);
    expect(await ids({ tag: 'DOCS' })).toEqual([testId(2), testId(4)]);
    expect(await ids({ person: 'ana lima' })).toEqual([testId(2)]);
    expect(await ids({ energy: 'energizing' })).toEqual([testId(1)]);
    expect(await ids({ energy: '-1' })).toEqual([testId(3)]);
    expect(await ids({ meaning: 'calling' })).toEqual([testId(2)]);
    expect(await ids({ period: 'last-30-days' })).toEqual([testId(1), testId(2)]);
    expect(await ids({ period: 'custom', from: '2025-04-01', to: '2025-04-30' })).toEqual([testId(3)]);
    expect(await ids({ period: 'this-year', tag: 'docs' })).toEqual([testId(2)]);
    expect(await ids({ kind: 'note' })).toEqual([]);
  });

  it('finds rare matches across years, newest first, a page at a time', async () => {
    const db = freshDb();
    const days = Array.from({ length: 60 }, (_, i) => i * 19); // one entry every 19 days, 3 years
    await db.entries.bulkPut(
      days.map((back, i) =>
        makeEntry({
          id: testId(100 + i),
          occurredOn: new Date(Date.UTC(2025, 4, 31) - back * 86_400_000).toISOString().slice(0, 10),
          kind: i % 7 === 0 ? 'talent' : 'win',
          ...(i % 7 === 0 ? { evidence: 'self' } : {}),
        }),
      ),
    );
    const talents = days
      .map((_, i) => i)
      .filter((i) => i % 7 === 0)
      .map((i) => testId(100 + i));
    const page = await listFilteredEntriesPage(db, 3, query({ kind: 'talent' }));
    expect(page.entries.map((e) => e.id)).toEqual(talents.slice(0, 3));
    expect(page.hasMore).toBe(true);
    const all = await listFilteredEntriesPage(db, 50, query({ kind: 'talent' }));
    expect(all.entries.map((e) => e.id)).toEqual(talents);
    expect(all.hasMore).toBe(false);
  });

  it('pages a filtered view too', async () => {
    const db = await seed();
    const page = await listFilteredEntriesPage(db, 1, query({ tag: 'docs' }));
    expect(page.entries.map((e) => e.id)).toEqual([testId(2)]);
    expect(page.hasMore).toBe(true);
  });
});

describe('a filtered page as a live query', () => {
  // Dexie keeps a live query subscribed only while the query awaits Dexie's own promises; this
  // guards every path through the filters against losing updates.
  it.each([
    ['no filter', {}],
    ['person', { person: 'ANA LIMA' }],
    ['tag', { tag: 'docs' }],
    ['area', { area: 'leading-teams' }],
    ['kind', { kind: 'win' as const }],
    ['period', { period: 'last-90-days' as const }],
  ])('updates after a delete and an undo (%s)', async (_name, filter) => {
    const db = await seed();
    await db.entries.put(
      makeEntry({
        id: testId(9),
        occurredOn: '2025-05-31',
        person: 'Ana Lima',
        tags: ['docs'],
        areas: ['leading-teams'],
      }),
    );
    const seen: number[] = [];
    const subscription = liveQuery(() => listFilteredEntriesPage(db, 50, query(filter))).subscribe((page) =>
      seen.push(page.entries.filter((e) => e.id === testId(9)).length),
    );
    const emitted = (n: number) => vi.waitFor(() => expect(seen).toHaveLength(n), { timeout: 5_000 });
    await emitted(1);
    await deleteEntries(db, [testId(9)], NOW);
    await emitted(2);
    await restoreEntries(db, [testId(9)], NOW);
    await emitted(3);
    subscription.unsubscribe();
    expect(seen).toEqual([1, 0, 1]);
  });
});

describe('countEntriesByKind', () => {
  it('counts live entries of each kind, with and without filters', async () => {
    const db = await seed();
    expect(await countEntriesByKind(db)).toEqual({ win: 2, feedback: 1, talent: 1, note: 0 });
    expect(await countEntriesByKind(db, query({ kind: 'win' }))).toEqual({ win: 2, feedback: 0, talent: 0, note: 0 });
    expect(await countEntriesByKind(db, query({ kind: 'note' }))).toEqual({ win: 0, feedback: 0, talent: 0, note: 0 });
    expect(await countEntriesByKind(db, query({ tag: 'docs' }))).toEqual({
      win: 1,
      feedback: 1,
      talent: 0,
      note: 0,
    });
  });
});
