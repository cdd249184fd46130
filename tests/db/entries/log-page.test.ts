import {
  countEntriesByKind,
  deleteEntries,
  listDeletedEntries,
  listFilteredEntriesPage,
  purgeDeletedEntries,
  restoreEntries,
  updateEntries,
  updateEntry,
} from '../../../src/db/entries/log-page';
import { liveQuery } from 'dexie';
import { isStaleWrite, type StaleWriteError } from '../../../src/db/revisions';
import type { Entry } from '../../../src/domain/entry';
import { addTag, changeKind } from '../../../src/domain/entry-edit';
import { EMPTY_FILTER, type LogFilter } from '../../../src/domain/log-filter';
import { freshDb, makeEntry, testId } from '../../fixtures/log-entries';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const today = '2025-06-01';
const query = (filter: Partial<LogFilter>) => ({ filter: { ...EMPTY_FILTER, ...filter }, today });

async function seed(db = freshDb()) {
  await db.entries.bulkPut([
    makeEntry({
      id: testId(1),
      occurredOn: '2025-05-30',
      text: 'Led the incident review',
      areas: ['leading-teams'],
      tags: ['incident'],
      energy: 2,
    }),
    makeEntry({
      id: testId(2),
      occurredOn: '2025-05-20',
      kind: 'feedback',
      text: 'Keep the design docs',
      person: 'Ana Lima',
      tags: ['Docs'],
      meaning: 'calling',
    }),
    makeEntry({
      id: testId(3),
      occurredOn: '2025-04-02',
      kind: 'talent',
      text: 'Explaining systems',
      areas: ['teaching'],
      energy: -1,
    }),
    makeEntry({ id: testId(4), occurredOn: '2024-12-01', text: 'Old win', tags: ['docs'] }),
    makeEntry({
      id: testId(5),
      occurredOn: '2025-05-31',
      kind: 'note',
      text: 'Deleted note',
      deletedAt: '2025-05-31T10:00:00.000Z',
    }),
  ]);
  return db;
}

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

describe('delete, undo and purge', () => {
  it('marks a deleted entry with a tombstone and brings it back on undo', async () => {
    const db = await seed();
    const deleted = await deleteEntries(db, [testId(1), testId(5)], NOW);
    expect(deleted).toEqual([testId(1)]); // the note was already deleted
    const stored = await db.entries.get(testId(1));
    expect(stored?.deletedAt).toBe(NOW.toISOString());
    expect(stored?.updatedAt).toBe(NOW.toISOString());
    expect((await listFilteredEntriesPage(db, 10)).entries.map((e) => e.id)).not.toContain(testId(1));

    const later = new Date('2025-06-01T12:00:05.000Z');
    expect(await restoreEntries(db, [testId(1)], later)).toBe(1);
    const restored = await db.entries.get(testId(1));
    expect(restored).not.toHaveProperty('deletedAt');
    expect(restored?.updatedAt).toBe(later.toISOString());
    expect(restored?.text).toBe('Led the incident review');
  });

  it('purges only tombstones older than 30 days', async () => {
    const db = await seed();
    await db.entries.put(makeEntry({ id: testId(6), text: 'Long gone', deletedAt: '2025-04-01T00:00:00.000Z' }));
    expect(await purgeDeletedEntries(db, NOW)).toBe(1);
    expect(await db.entries.get(testId(6))).toBeUndefined();
    expect((await listDeletedEntries(db)).map((e) => e.id)).toEqual([testId(5)]);
    expect(await db.entries.count()).toBe(5);
  });
});

describe('updateEntry: an edit is saved only over the version it started from', () => {
  const LATER = new Date('2025-06-01T12:05:00.000Z');

  /** The error a write was refused with, which must be a stale write. */
  async function staleError(write: Promise<unknown>): Promise<StaleWriteError<Entry>> {
    const error = await write.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!isStaleWrite<Entry>(error)) throw new Error(`expected a stale write, got ${String(error)}`);
    return error;
  }

  it('saves an edit of the stored version and hands back the entry with its new revision', async () => {
    const db = await seed();
    const opened = (await db.entries.get(testId(1)))!;
    const saved = await updateEntry(
      db,
      { ...opened, text: 'Led the incident review, twice', updatedAt: LATER.toISOString() },
      opened,
    );
    expect(saved).toMatchObject({ text: 'Led the incident review, twice', rev: (opened.rev ?? 0) + 1 });
    expect(await db.entries.get(testId(1))).toEqual(saved);
  });

  it('refuses a stale edit with the other view’s version, and stores nothing', async () => {
    const db = await seed();
    const opened = (await db.entries.get(testId(1)))!;
    const theirs = await updateEntry(
      db,
      { ...opened, text: 'Edited in the other tab', updatedAt: LATER.toISOString() },
      opened,
    );
    const error = await staleError(updateEntry(db, { ...opened, text: 'Edited in this tab' }, opened));
    expect(error.message).toBe('This changed in another view.');
    expect(error.stored).toEqual(theirs);
    expect((await db.entries.get(testId(1)))?.text).toBe('Edited in the other tab');
  });

  it('sees a bulk change (a tag added, the kind changed) as a change', async () => {
    const db = await seed();
    const opened = (await db.entries.get(testId(1)))!;
    await updateEntries(db, [testId(1)], (entry) => addTag(entry, 'q2', NOW));
    const error = await staleError(updateEntry(db, { ...opened, text: 'Mine' }, opened));
    expect(error.stored?.tags).toEqual(['incident', 'q2']);
    const next = (await db.entries.get(testId(1)))!;
    await updateEntries(db, [testId(1)], (entry) => changeKind(entry, 'talent', NOW));
    expect((await staleError(updateEntry(db, { ...next, text: 'Mine' }, next))).stored?.kind).toBe('talent');
  });

  it('refuses to save an edit of an entry deleted meanwhile, or purged, saying it was deleted', async () => {
    const db = await seed();
    const entry = (await db.entries.get(testId(1)))!;
    await deleteEntries(db, [testId(1)], NOW);
    const error = await staleError(updateEntry(db, { ...entry, text: 'Edited' }, entry));
    expect(error.message).toBe('This was deleted in another view.');
    expect(error.stored).toBeUndefined();
    expect((await db.entries.get(testId(1)))?.text).toBe('Led the incident review');
    expect((await db.entries.get(testId(1)))?.deletedAt).toBe(NOW.toISOString());

    await purgeDeletedEntries(db, new Date('2025-08-01T00:00:00.000Z'));
    expect((await staleError(updateEntry(db, { ...entry, text: 'Edited' }, entry))).stored).toBeUndefined();
    expect(await db.entries.get(testId(1))).toBeUndefined();
  });

  it('without a base ("Save mine anyway"), writes over the other version or brings a deleted entry back', async () => {
    const db = await seed();
    const opened = (await db.entries.get(testId(1)))!;
    await updateEntry(db, { ...opened, text: 'Theirs' }, opened);
    const mine = await updateEntry(db, { ...opened, text: 'Mine anyway' }, undefined);
    expect(await db.entries.get(testId(1))).toEqual(mine);
    expect(mine.rev).toBe((opened.rev ?? 0) + 2);

    await deleteEntries(db, [testId(1)], NOW);
    await updateEntry(db, { ...opened, text: 'Back with my text' }, undefined);
    const back = await db.entries.get(testId(1));
    expect(back).toMatchObject({ text: 'Back with my text' });
    expect(back).not.toHaveProperty('deletedAt');
    expect((await listFilteredEntriesPage(db, 10)).entries.map((e) => e.text)).toContain('Back with my text');

    await db.entries.delete(testId(1)); // purged
    await updateEntry(db, { ...opened, text: 'Back from nothing' }, undefined);
    expect((await db.entries.get(testId(1)))?.text).toBe('Back from nothing');
  });

  it('checks the version before the links: a stale edit is stale, whatever it links to', async () => {
    const db = await seed();
    const opened = (await db.entries.get(testId(2)))!;
    await updateEntry(db, { ...opened, text: 'Theirs' }, opened);
    await staleError(updateEntry(db, { ...opened, about: [testId(404)] } as Entry, opened));
  });
});

describe('bulk changes', () => {
  it('adds a tag and changes the kind of many entries, reporting what it refused', async () => {
    const db = await seed();
    const full = makeEntry({ id: testId(7), tags: Array.from({ length: 20 }, (_, i) => `t${i}`) });
    await db.entries.put(full);
    const tagged = await updateEntries(db, [testId(1), testId(3), testId(7)], (e) => addTag(e, 'q2', NOW));
    expect(tagged.updated).toEqual([testId(1), testId(3)]);
    expect(tagged.refused).toEqual([{ id: testId(7), field: 'tags', message: 'Use at most 20 tags.' }]);
    expect((await db.entries.get(testId(3)))?.tags).toEqual(['q2']);

    const rekinded = await updateEntries(db, [testId(1), testId(2)], (e) => changeKind(e, 'talent', NOW));
    expect(rekinded.updated).toEqual([testId(1), testId(2)]);
    const feedback = await db.entries.get(testId(2));
    expect(feedback).toMatchObject({ kind: 'talent', evidence: 'others', person: 'Ana Lima' });
    expect(feedback).not.toHaveProperty('direction');
  });
});
