import {
  deleteEntries,
  listDeletedEntries,
  purgeDeletedEntries,
  restoreEntries,
  updateEntries,
  updateEntry,
} from '../../../src/db/entries/edits';
import { listFilteredEntriesPage } from '../../../src/db/entries/log-page';
import { isStaleWrite, type StaleWriteError } from '../../../src/db/revisions';
import type { Entry } from '../../../src/domain/entry';
import { addTag, changeKind } from '../../../src/domain/entry-edit';
import { makeEntry, seedSampleLog as seed, testId } from '../../fixtures/log-entries';

const NOW = new Date('2025-06-01T12:00:00.000Z');

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
