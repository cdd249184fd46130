import type { LatitudeDb } from '../../../src/db/database';
import { saveCapture } from '../../../src/db/entries/capture';
import { listWinsForLinking } from '../../../src/db/entries/linked-wins';
import { deleteEntries, updateEntry } from '../../../src/db/entries/edits';
import { freshDb, makeEntry, testId } from '../../fixtures/log-entries';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const env = { now: NOW, newId: () => testId(900) };

let db: LatitudeDb;
beforeEach(async () => {
  db = freshDb();
  await db.entries.bulkPut([
    makeEntry({ id: testId(1), occurredOn: '2025-05-30', text: 'Gave the KubeCon talk' }),
    makeEntry({
      id: testId(2),
      occurredOn: '2025-05-30',
      createdAt: '2025-05-30T08:00:00.000Z',
      text: 'Fixed the flaky deploy',
    }),
    makeEntry({ id: testId(3), occurredOn: '2025-05-31', kind: 'feedback', text: 'Great talk' }),
    makeEntry({ id: testId(4), occurredOn: '2025-04-02', text: 'Deleted win', deletedAt: '2025-05-01T00:00:00.000Z' }),
    makeEntry({ id: testId(5), occurredOn: '2023-01-15', text: 'Led the 2023 migration' }),
    makeEntry({ id: testId(6), occurredOn: '2025-05-01', kind: 'talent', text: 'Explaining systems' }),
  ]);
});
afterEach(() => db.close());

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

describe('the wins feedback can be linked to', () => {
  it('are the live wins, newest first by day then by capture time, at most `limit`', async () => {
    expect(ids(await listWinsForLinking(db, 10))).toEqual([testId(1), testId(2), testId(5)]);
    expect(ids(await listWinsForLinking(db, 2))).toEqual([testId(1), testId(2)]);
  });

  it('include an older win already linked, but never a deleted one', async () => {
    expect(ids(await listWinsForLinking(db, 1, { include: [testId(5), testId(4), testId(1)] }))).toEqual([
      testId(1),
      testId(5),
    ]);
  });

  it('can be only those since a day (the side panel’s last year)', async () => {
    expect(ids(await listWinsForLinking(db, 10, { since: '2024-06-01' }))).toEqual([testId(1), testId(2)]);
    expect(ids(await listWinsForLinking(db, 1, { since: '2024-06-01' }))).toEqual([testId(1)]);
  });
});

describe('a link must name an entry of the log', () => {
  it('is stored with a capture when it does', async () => {
    const result = await saveCapture(db, { kind: 'feedback', text: 'Clearest talk yet', about: [testId(1)] }, env);
    expect(result.ok).toBe(true);
    expect(await db.entries.get(testId(900))).toMatchObject({ kind: 'feedback', about: [testId(1)] });
  });

  it.each([
    ['an unknown id', testId(404)],
    ['a deleted win', testId(4)],
  ])('refuses a capture linked to %s, storing nothing', async (_, id) => {
    const result = await saveCapture(db, { kind: 'feedback', text: 'Clearest talk yet', about: [id] }, env);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'about', message: 'The win this is about is no longer in the log. Choose another, or none.' }],
    });
    expect(await db.entries.get(testId(900))).toBeUndefined();
  });

  it('refuses an edit that newly links to a missing entry or to itself', async () => {
    const feedback = (await db.entries.get(testId(3)))!;
    await expect(updateEntry(db, { ...feedback, about: [testId(404)] }, feedback)).rejects.toThrow(
      /no longer in the log/,
    );
    await expect(updateEntry(db, { ...feedback, about: [feedback.id] }, feedback)).rejects.toThrow(/about itself/);
    expect(await db.entries.get(testId(3))).not.toHaveProperty('about');
  });

  it('keeps, through an edit, a link to a win deleted since', async () => {
    const feedback = (await db.entries.get(testId(3)))!;
    const linked = await updateEntry(db, { ...feedback, about: [testId(1)] }, feedback);
    await deleteEntries(db, [testId(1)], NOW);
    await updateEntry(db, { ...linked, text: 'Great talk, clear slides', about: [testId(1)] }, linked);
    expect(await db.entries.get(testId(3))).toMatchObject({ text: 'Great talk, clear slides', about: [testId(1)] });
  });
});
