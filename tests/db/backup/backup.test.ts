import {
  applyBackupImport,
  exportBackup,
  exportBragDocument,
  planBackupImport,
  readAllTables,
} from '../../../src/db/backup/backup';
import type { LatitudeDb } from '../../../src/db/database';
import { countEntriesSince } from '../../../src/db/entries/counts';
import { openBackup, validateBackup } from '../../../src/domain/backup/read-backup';
import { BACKUP_TABLES, type BackupData, emptyBackupData, TABLE_NAMES } from '../../../src/domain/backup/tables';
import { backupFixtures } from '../../fixtures/backup/index';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeActionItem, makeConversation, makeEntry, makePerson, makeRole, uuidFor } from '../../fixtures/db/records';

const ENV = { now: new Date('2025-03-20T09:00:00.000Z'), appVersion: '0.1.0' };

let db: LatitudeDb;
beforeEach(() => {
  db = isolatedDb();
});
afterEach(() => db.close());

async function validated(text: string, into: LatitudeDb = db): Promise<BackupData> {
  const opened = await openBackup(text, { supportedSchemaVersion: into.verno });
  if (!opened.ok) throw new Error(opened.problem.kind);
  const result = await validateBackup(opened.backup, { supportedSchemaVersion: into.verno });
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.data;
}

function byId(records: readonly { id: string }[]): { id: string }[] {
  return [...records].sort((a, b) => a.id.localeCompare(b.id));
}

async function seed(): Promise<BackupData> {
  const data: BackupData = {
    entries: [makeEntry(1), makeEntry(2, { deletedAt: '2025-03-13T00:00:00.000Z' })],
    people: [makePerson(3)],
    conversations: [makeConversation(4)],
    actionItems: [makeActionItem(5)],
    areas: [
      {
        id: 'site-reliability',
        createdAt: '2025-03-12T10:00:00.000Z',
        updatedAt: '2025-03-12T10:00:00.000Z',
        name: 'SRE',
      },
    ],
    roles: [
      makeRole(7, {
        title: 'Senior engineer',
        areas: ['coding', 'site-reliability'],
        from: '2022-03-01',
        until: '2026-01-04',
      }),
      makeRole(8, {
        title: 'Engineering manager',
        areas: ['managing-people'],
        from: '2026-01-05',
        change: true,
        deletedAt: '2026-01-06T00:00:00.000Z',
      }),
    ],
  };
  await applyBackupImport(db, data, { mode: 'merge' });
  return data;
}

describe('export', () => {
  it('holds every table, tombstones included, and imports into an empty database unchanged', async () => {
    const original = await seed();
    // Feedback linked to the win it is about ("About a win") keeps its link.
    const praise = makeEntry(9, {
      kind: 'feedback',
      direction: 'received',
      text: 'Clearest talk yet',
      about: [uuidFor(1)],
    });
    await db.entries.put(praise);
    original.entries.push(praise);
    const file = await exportBackup(db, ENV);
    expect(file.counts).toEqual({ entries: 3, people: 1, conversations: 1, actionItems: 1, areas: 1, roles: 2 });

    const other = isolatedDb();
    await applyBackupImport(other, await validated(file.text, other), { mode: 'merge' });
    const restored = await readAllTables(other);
    for (const name of TABLE_NAMES) expect(byId(restored[name]), name).toEqual(byId(original[name]));
    expect((await other.entries.get(praise.id))?.about).toEqual([uuidFor(1)]);
    other.close();
  });

  it("writes the brag document from live entries only, naming the user's own areas", async () => {
    await seed();
    await db.entries.update(uuidFor(1), { areas: ['site-reliability'] });
    const { text, filename } = await exportBragDocument(db, ENV.now);
    expect(text).toContain('  - Areas: SRE\n'); // the user's own area, by its name
    expect(text).toContain('Win number 1');
    expect(text).not.toContain('Win number 2');
    expect(filename).toMatch(/^latitude-brag-document-2025-03-20-\d{4}\.md$/);
  });
});

describe('import', () => {
  it('merges by adding only: identical records are skipped, conflicting ones keep the log’s version', async () => {
    await seed();
    const incoming: BackupData = {
      ...emptyBackupData(),
      entries: [makeEntry(1), makeEntry(2, { text: 'Edited elsewhere' }), makeEntry(6)],
    };
    const plan = await planBackupImport(db, incoming);
    expect(plan.tables.entries).toEqual({ added: 1, identical: 1, conflicting: 1 });

    const outcome = await applyBackupImport(db, incoming, { mode: 'merge' });
    expect(outcome).toEqual({ mode: 'merge', added: 1, kept: 2 });
    expect((await db.entries.get(makeEntry(2).id))?.text).toBe('Win number 2');
    expect(await db.entries.count()).toBe(3);
  });

  it('adds nothing when the same backup is imported a second time', async () => {
    await seed();
    const text = (await exportBackup(db, ENV)).text;
    const other = isolatedDb();
    const data = await validated(text, other);
    expect((await applyBackupImport(other, data, { mode: 'merge' })).added).toBe(8);
    const again = await planBackupImport(other, data);
    expect(again.total).toEqual({ added: 0, identical: 8, conflicting: 0 });
    expect((await applyBackupImport(other, data, { mode: 'merge' })).added).toBe(0);
    expect(await other.entries.count()).toBe(2);
    other.close();
  });

  it('replaces every table when asked', async () => {
    await seed();
    const incoming: BackupData = { ...emptyBackupData(), people: [makePerson(9)] };
    await applyBackupImport(db, incoming, { mode: 'replace' });
    expect(await readAllTables(db)).toEqual(incoming);
  });

  it('writes in chunks inside one transaction, reporting progress', async () => {
    const incoming: BackupData = {
      ...emptyBackupData(),
      entries: Array.from({ length: 25 }, (_, i) => makeEntry(100 + i)),
    };
    const progress: number[] = [];
    await applyBackupImport(db, incoming, { mode: 'merge', chunkSize: 10, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([0, 10, 20, 25]);
    expect(await db.entries.count()).toBe(25);
  });

  it.each(['merge', 'replace'] as const)('leaves the log exactly as it was when a %s fails half-way', async (mode) => {
    const before = await seed();
    const incoming: BackupData = {
      ...emptyBackupData(),
      entries: Array.from({ length: 30 }, (_, i) => makeEntry(200 + i)),
    };
    // The disk fills up after the first chunk has been written.
    let written = 0;
    db.entries.hook('creating', () => {
      written += 1;
      if (written > 10) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(applyBackupImport(db, incoming, { mode, chunkSize: 10 })).rejects.toThrow();
    const after = await readAllTables(db);
    for (const name of TABLE_NAMES) expect(byId(after[name]), name).toEqual(byId(before[name]));
  });
});

describe('backup files from released versions', () => {
  it.each(backupFixtures().map((fixture) => [fixture.name, fixture.text] as const))(
    '%s imports into today’s database, every record valid',
    async (_name, text) => {
      const opened = await openBackup(text, { supportedSchemaVersion: db.verno });
      expect(opened.ok && opened.backup.integrity).toEqual({ kind: 'intact' });
      const data = await validated(text);
      const file = JSON.parse(text) as { counts: Record<string, number> };
      const outcome = await applyBackupImport(db, data, { mode: 'merge' });
      expect(outcome.added).toBe(Object.values(file.counts).reduce((a, b) => a + b, 0));
      const stored = await readAllTables(db);
      for (const name of TABLE_NAMES) {
        expect(stored[name].length, name).toBe(file.counts[name] ?? 0);
        for (const record of stored[name]) expect(BACKUP_TABLES[name].safeParse(record).success).toBe(true);
      }
    },
  );
});

describe('roles in backups', () => {
  it('a file made before roles existed still imports; a merge keeps the roles already here, a replace clears them', async () => {
    const original = await seed();
    const before = backupFixtures().find((fixture) => fixture.name === 'format-1-schema-2.json')!;
    expect(JSON.parse(before.text).data.roles).toBeUndefined();
    const data = await validated(before.text);
    expect(data.roles).toEqual([]);

    await applyBackupImport(db, data, { mode: 'merge' });
    expect(byId(await db.roles.toArray())).toEqual(byId(original.roles));

    await applyBackupImport(db, data, { mode: 'replace' });
    expect(await db.roles.count()).toBe(0);
  });
});

describe('counting entries since the last export', () => {
  it('counts entries created after the stamp, on the createdAt index', async () => {
    await db.entries.bulkAdd([
      makeEntry(1, { createdAt: '2025-03-01T00:00:00.000Z' }),
      makeEntry(2, { createdAt: '2025-03-10T00:00:00.000Z' }),
      makeEntry(3, { createdAt: '2025-03-11T00:00:00.000Z' }),
    ]);
    expect(await countEntriesSince(db, '2025-03-05T00:00:00.000Z')).toBe(2);
    expect(await countEntriesSince(db, '2025-03-11T00:00:00.000Z')).toBe(0);
  });
});
