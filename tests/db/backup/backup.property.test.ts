// Property tests of backups through the same import flow the settings page runs
// (createImportState): a valid log survives export and import unchanged; a damaged file never
// throws and never writes part of itself.
import fc from 'fast-check';
import { exportBackup, readAllTables } from '../../../src/db/backup/backup';
import type { LatitudeDb } from '../../../src/db/database';
import { canonicalJson } from '../../../src/domain/backup/import-plan';
import { openBackup, validateBackup } from '../../../src/domain/backup/read-backup';
import { type BackupData, TABLE_NAMES } from '../../../src/domain/backup/tables';
import { createImportState, type ImportStep } from '../../../src/ui/settings/import-state';
import { logArb } from '../../fixtures/backup/arbitraries';
import { copiesBeside } from '../../fixtures/copies';
import { isolatedDb } from '../../fixtures/db/isolated';

const ENV = { now: new Date('2025-03-20T09:00:00.000Z'), appVersion: '0.1.0' };
// Each property runs a hundred imports through a real (fake-indexeddb) database: well under a
// second on a quiet machine, several seconds on a busy one, which is not a failure.
vi.setConfig({ testTimeout: 60_000 });

async function store(db: LatitudeDb, log: BackupData) {
  await db.transaction(
    'rw',
    TABLE_NAMES.map((name) => db.table(name)),
    async () => {
      for (const name of TABLE_NAMES) await db.table(name).bulkAdd(log[name]);
    },
  );
}

function sortedTables(log: BackupData): Record<string, unknown[]> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, [...log[name]].sort((a, b) => a.id.localeCompare(b.id))]));
}

/** Runs a file through the settings page's import flow: accept an edited file, then merge. */
async function importThroughUi(
  db: LatitudeDb,
  text: string,
): Promise<{ final: ImportStep; reviewed?: Extract<ImportStep, { kind: 'review' }> }> {
  const state = createImportState({
    db,
    copies: copiesBeside(db),
    readFile: (file) => file.text(),
    now: () => ENV.now,
    appVersion: ENV.appVersion,
    pause: () => Promise.resolve(),
    chunkSize: 7,
  });
  await state.chooseFile(new File([text], 'backup.json'));
  if (state.step.value.kind === 'edited') await state.importAnyway();
  const reviewed = state.step.value.kind === 'review' ? state.step.value : undefined;
  if (reviewed) await state.merge();
  return { final: state.step.value, reviewed };
}

describe('a valid log', () => {
  it('survives export, then import into an empty database, equal to the original', async () => {
    await fc.assert(
      fc.asyncProperty(logArb(), async (log) => {
        const source = isolatedDb();
        const target = isolatedDb();
        try {
          await store(source, log);
          const file = await exportBackup(source, ENV);
          const { final } = await importThroughUi(target, file.text);
          const total = TABLE_NAMES.reduce((sum, name) => sum + log[name].length, 0);
          if (total > 0) expect(final).toMatchObject({ kind: 'done', outcome: { added: total } });
          expect(sortedTables(await readAllTables(target))).toEqual(sortedTables(log));
        } finally {
          source.close();
          target.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});

type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'replace-char'; at: number; char: string }
  | { kind: 'garbage'; text: string }
  | { kind: 'set-field'; table: number; index: number; field: string; value: unknown }
  | { kind: 'drop-field'; table: number; index: number; pick: number };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('replace-char' as const),
    at: fc.nat(),
    char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('garbage' as const),
    text: fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.constantFrom(
        '',
        'null',
        '{}',
        '{"format":"latitude-backup"}',
        '{"format":"latitude-backup","formatVersion":1,"data":[]}',
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('set-field' as const),
    table: fc.nat(),
    index: fc.nat(),
    field: fc.constantFrom(
      'id',
      'kind',
      'text',
      'createdAt',
      'tags',
      'energy',
      'source',
      'name',
      'agenda',
      'owner',
      'deletedAt',
      'extra',
    ),
    value: fc.jsonValue(),
  }),
  fc.record({ kind: fc.constant('drop-field' as const), table: fc.nat(), index: fc.nat(), pick: fc.nat() }),
);

function damage(text: string, how: Damage): string {
  switch (how.kind) {
    case 'truncate':
      return text.slice(0, how.at % Math.max(text.length, 1));
    case 'replace-char': {
      const at = how.at % Math.max(text.length, 1);
      return text.slice(0, at) + how.char + text.slice(at + 1);
    }
    case 'garbage':
      return how.text;
    case 'set-field':
    case 'drop-field': {
      const file = JSON.parse(text) as { data: Record<string, Record<string, unknown>[]> };
      const tables = Object.values(file.data).filter((records) => records.length > 0);
      if (tables.length === 0) return text;
      const records = tables[how.table % tables.length]!;
      const record = records[how.index % records.length]!;
      if (how.kind === 'set-field') record[how.field] = how.value;
      else {
        const keys = Object.keys(record);
        delete record[keys[how.pick % keys.length]!];
      }
      return JSON.stringify(file, null, 2);
    }
  }
}

describe('a truncated, mutated or garbage file', () => {
  it('never throws, and leaves the log as it was or adds the whole valid file', async () => {
    await fc.assert(
      fc.asyncProperty(logArb(6), logArb(4), damageArb, async (exported, existing, how) => {
        const source = isolatedDb();
        const target = isolatedDb();
        try {
          await store(source, exported);
          await store(target, existing);
          const before = await readAllTables(target);
          const text = damage((await exportBackup(source, ENV)).text, how);

          const { final, reviewed } = await importThroughUi(target, text);
          expect(['refused', 'done', 'review'], JSON.stringify(final)).toContain(final.kind);

          const after = await readAllTables(target);
          const added = final.kind === 'done' ? final.outcome.added : 0;
          if (final.kind === 'done') expect(added).toBe(reviewed?.plan.total.added);
          // Every record that was there is still there, unchanged; nothing beyond the plan was added.
          for (const name of TABLE_NAMES) {
            const stored = new Map(after[name].map((record) => [record.id, canonicalJson(record)]));
            for (const record of before[name]) expect(stored.get(record.id)).toBe(canonicalJson(record));
          }
          const count = (log: BackupData) => TABLE_NAMES.reduce((sum, name) => sum + log[name].length, 0);
          expect(count(after)).toBe(count(before) + added);
        } finally {
          source.close();
          target.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is read without throwing, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ format: 'latitude-backup', formatVersion: 1, data: value })),
        ),
        async (text) => {
          const opened = await openBackup(text, { supportedSchemaVersion: 1 });
          if (opened.ok) await validateBackup(opened.backup, { supportedSchemaVersion: 1 });
        },
      ),
      { numRuns: 500 },
    );
  });
});
