import type { LatitudeDb } from '../../src/db/database';
import { isStaleWrite, keepRevisions, putIfUnchanged } from '../../src/db/revisions';
import type { Entry } from '../../src/domain/entry';
import { isolatedDb } from '../fixtures/db/isolated';
import { makeWin } from '../fixtures/entries';

let db: LatitudeDb;
beforeEach(() => {
  db = isolatedDb();
});
afterEach(() => db.close());

const LATER = '2025-03-13T09:00:00.000Z';

async function staleError(write: Promise<unknown>) {
  const error = await write.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isStaleWrite<Entry>(error)) throw new Error(`expected a stale write, got ${String(error)}`);
  return error;
}

describe('revisions', () => {
  it('counts every write of a record, whatever the write path', async () => {
    const win = makeWin();
    await db.entries.add(win);
    expect((await db.entries.get(win.id))?.rev).toBe(1);
    await db.entries.put({ ...win, text: 'Second' });
    await db.entries.update(win.id, { text: 'Third' });
    await db.entries.where('id').equals(win.id).modify({ text: 'Fourth' });
    expect(await db.entries.get(win.id)).toMatchObject({ text: 'Fourth', rev: 4 });
  });

  it('leaves the caller holding the record as stored', async () => {
    const win = makeWin();
    await db.entries.put(win);
    expect(win.rev).toBe(1);
    expect(await db.entries.get(win.id)).toEqual(win);
  });

  it('stores records exactly as given in a transaction that keeps revisions', async () => {
    const win = makeWin({ rev: 7 });
    await db.transaction('rw', db.entries, async () => {
      keepRevisions();
      await db.entries.bulkAdd([win]);
    });
    expect((await db.entries.get(win.id))?.rev).toBe(7);
    // The mark ends with its transaction.
    await db.entries.put(win);
    expect((await db.entries.get(win.id))?.rev).toBe(8);
  });
});

describe('putIfUnchanged', () => {
  const write = (next: Entry, base: Entry | undefined) =>
    db.transaction('rw', db.entries, () => putIfUnchanged(db.entries, next, base));

  it('writes over the version the edit started from', async () => {
    const base = makeWin();
    await db.entries.add(base);
    const saved = await write({ ...base, text: 'Edited', updatedAt: LATER }, { ...base });
    expect(saved).toMatchObject({ text: 'Edited', rev: 2 });
    expect(await db.entries.get(base.id)).toEqual(saved);
  });

  it('refuses a stale copy and hands back the version stored meanwhile', async () => {
    const base = makeWin();
    await db.entries.add(base);
    const opened = { ...base };
    await db.entries.put({ ...base, text: 'Edited in another tab', updatedAt: LATER });
    const error = await staleError(write({ ...opened, text: 'Mine' }, opened));
    expect(error.stored).toMatchObject({ text: 'Edited in another tab', rev: 2 });
    expect(error.message).toBe('This changed in another view.');
    expect((await db.entries.get(base.id))?.text).toBe('Edited in another tab');
  });

  it('sees a write that kept updatedAt as a change too', async () => {
    const base = makeWin();
    await db.entries.add(base);
    const opened = { ...base };
    await db.entries.put({ ...base, text: 'Same second, other tab' });
    await staleError(write({ ...opened, text: 'Mine' }, opened));
  });

  it('refuses to edit a record deleted meanwhile, or purged, and says it was deleted', async () => {
    const base = makeWin();
    await db.entries.add(base);
    const opened = { ...base };
    await db.entries.put({ ...base, deletedAt: LATER, updatedAt: LATER });
    const error = await staleError(write({ ...opened, text: 'Mine' }, opened));
    expect(error.stored).toBeUndefined();
    expect(error.message).toBe('This was deleted in another view.');
    await db.entries.delete(base.id);
    await staleError(write({ ...opened, text: 'Mine' }, opened));
  });

  it('without a base, keeps the user’s version over anything, bringing a deleted record back', async () => {
    const base = makeWin();
    await db.entries.add(base);
    await db.entries.put({ ...base, deletedAt: LATER, updatedAt: LATER });
    const saved = await write({ ...base, text: 'Mine anyway', updatedAt: LATER }, undefined);
    expect(saved.deletedAt).toBeUndefined();
    expect(await db.entries.get(base.id)).toMatchObject({ text: 'Mine anyway', rev: 3 });
    expect((await db.entries.get(base.id))?.deletedAt).toBeUndefined();
  });
});
