import Dexie from 'dexie';
import { LatitudeDb } from '../../src/db/database';
import { countEntriesByKind, listFilteredEntriesPage } from '../../src/db/entries/log-page';
import { listDeletedEntries } from '../../src/db/entries/edits';
import { EMPTY_FILTER } from '../../src/domain/log-filter';
import { V1_RECORDS, V1_STORES } from '../fixtures/db-v1/latitude-v1';

async function createV1Database(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  for (const [table, rows] of Object.entries(V1_RECORDS)) await v1.table(table).bulkAdd([...rows]);
  v1.close();
}

describe('database version 2', () => {
  it('opens a version 1 database with every record kept and the new indexes working', async () => {
    const name = `latitude-migration-${Math.random().toString(36).slice(2)}`;
    await createV1Database(name);

    const db = new LatitudeDb(name);
    await db.open();
    // Opened at today's version; what is checked here is what version 2 added.
    expect(db.verno).toBeGreaterThanOrEqual(2);

    expect(await db.entries.toArray()).toEqual([...V1_RECORDS.entries].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.people.toArray()).toEqual(V1_RECORDS.people);
    expect(await db.conversations.toArray()).toEqual(V1_RECORDS.conversations);
    expect(await db.actionItems.toArray()).toEqual(V1_RECORDS.actionItems);
    expect(await db.areas.count()).toBe(0);

    // The indexes added in version 2 cover the records written under version 1.
    expect(await db.entries.where('tags').equalsIgnoreCase('migration').primaryKeys()).toEqual([
      V1_RECORDS.entries[0].id,
    ]);
    expect(await db.entries.where('person').equals('Ana Lima').count()).toBe(1);
    expect((await listDeletedEntries(db)).map((e) => e.id)).toEqual([V1_RECORDS.entries[2].id]);
    expect(await countEntriesByKind(db)).toEqual({ win: 1, feedback: 1, talent: 0, note: 0 });
    const filtered = await listFilteredEntriesPage(db, 10, {
      filter: { ...EMPTY_FILTER, area: 'coding' },
      today: '2025-02-01',
    });
    expect(filtered.entries.map((e) => e.text)).toEqual(['Shipped the billing migration']);
    db.close();
  });
});
