import { deleteEntries, purgeDeletedEntries, restoreEntries } from '../../../src/db/entries/edits';
import { EMPTY_FILTER } from '../../../src/domain/log-filter';
import { createEntrySearch } from '../../../src/ui/log/entry-search';
import { entrySourceFor } from '../../../src/ui/log/entry-source';
import { freshDb, makeEntry, testId } from '../../fixtures/log-entries';

describe('the search index', () => {
  it('reads nothing until asked, builds in chunks, and follows every change to the log', async () => {
    const db = freshDb();
    await db.entries.bulkPut(
      Array.from({ length: 23 }, (_, i) =>
        makeEntry({ id: testId(i + 1), text: i === 0 ? 'Shipped the billing migration' : `Routine work ${i}` }),
      ),
    );
    const chunks: string[] = [];
    const source = entrySourceFor(db);
    const search = createEntrySearch({
      source: {
        ...source,
        readChunk: (after, size) => {
          chunks.push(after ?? 'start');
          return source.readChunk(after, size);
        },
      },
      areaName: (id) => id,
      chunkSize: 10,
      idle: () => Promise.resolve(),
    });
    const find = (q: string) => search.search(q, EMPTY_FILTER, {}).map((hit) => hit.entry.text);

    expect(chunks).toEqual([]);
    expect(find('billing')).toEqual([]);
    await search.prepare();
    expect(chunks).toHaveLength(3);
    expect(find('billing')).toEqual(['Shipped the billing migration']);

    // Written elsewhere (another view, the background): picked up from the change notification.
    await db.entries.put(makeEntry({ id: testId(100), text: 'Billing dashboards for finance' }));
    await vi.waitFor(() => expect(find('billing')).toHaveLength(2));

    await db.entries.put(
      makeEntry({ id: testId(1), text: 'Shipped the invoicing migration', updatedAt: '2030-01-01T00:00:00.000Z' }),
    );
    await vi.waitFor(() => expect(find('billing')).toEqual(['Billing dashboards for finance']));

    await deleteEntries(db, [testId(100)], new Date('2030-01-02T00:00:00.000Z'));
    await search.refresh();
    expect(find('billing')).toEqual([]);
    await restoreEntries(db, [testId(100)], new Date('2030-01-03T00:00:00.000Z'));
    await search.refresh();
    expect(find('billing')).toEqual(['Billing dashboards for finance']);

    // An import with old stamps, and a purge, show only in the count of rows.
    await db.entries.put(
      makeEntry({ id: testId(200), text: 'Imported billing note', updatedAt: '2020-01-01T00:00:00.000Z' }),
    );
    await deleteEntries(db, [testId(2)], new Date('2030-01-04T00:00:00.000Z'));
    await purgeDeletedEntries(db, new Date('2031-01-01T00:00:00.000Z'));
    await search.refresh();
    expect(find('billing').sort()).toEqual(['Billing dashboards for finance', 'Imported billing note']);
    expect(find('routine')).toHaveLength(21);
    search.dispose();
  });
});
