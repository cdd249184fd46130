// The migrations harness: every released schema version has a fixture database
// (tests/fixtures/db/), and each one, opened by today's code, must upgrade to today's version
// with every record kept and valid under today's schemas.
import Dexie from 'dexie';
import { LatitudeDb } from '../../src/db/database';
import { BACKUP_TABLES, TABLE_NAMES } from '../../src/domain/backup/tables';
import { loadFixture } from '../fixtures/db/fixture';
import { DATABASE_FIXTURES } from '../fixtures/db/index';
import { isolatedIdb } from '../fixtures/db/isolated';

const CURRENT_VERSION = new LatitudeDb('latitude-version-probe').verno;

it('has a fixture for every schema version up to the current one', () => {
  expect(DATABASE_FIXTURES.map((fixture) => fixture.version)).toEqual(
    Array.from({ length: CURRENT_VERSION }, (_, index) => index + 1),
  );
});

describe.each(DATABASE_FIXTURES.map((fixture) => [fixture.version, fixture] as const))(
  'a database at schema version %i',
  (_version, fixture) => {
    it('opens with the current code, every record kept and valid today', async () => {
      const idb = isolatedIdb();
      await loadFixture(fixture, 'latitude', idb);

      const db = new LatitudeDb('latitude', idb);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      for (const [table, records] of Object.entries(fixture.tables) as [string, { id: string }[]][]) {
        const stored = await db.table(table).toArray();
        expect(stored.map((record: { id: string }) => record.id).sort(), table).toEqual(
          records.map((record) => record.id).sort(),
        );
        const schema = BACKUP_TABLES[table as keyof typeof BACKUP_TABLES];
        expect(schema, `no schema for table ${table}`).toBeDefined();
        for (const record of stored) {
          const parsed = schema.safeParse(record);
          expect(
            parsed.success ? [] : parsed.error.issues,
            `${table} ${String((record as { id: string }).id)}`,
          ).toEqual([]);
        }
      }
      db.close();
    });
  },
);

it('backs up every table the database declares', () => {
  const db = new LatitudeDb('latitude-tables-probe');
  expect(db.tables.map((table) => table.name).sort()).toEqual([...TABLE_NAMES].sort());
});

it('keeps the fixtures honest: they hold every table of their version', () => {
  for (const fixture of DATABASE_FIXTURES) {
    const declared = new Dexie('probe');
    declared.version(fixture.version).stores(fixture.stores);
    expect(Object.keys(fixture.tables).sort()).toEqual(declared.tables.map((table) => table.name).sort());
  }
});
