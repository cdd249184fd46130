// Copies of the log kept on this device before a destructive operation (src/db/backup/copies.ts): written,
// read back and verified before anything is replaced; the last five kept; restored exactly.
import fc from 'fast-check';
import { applyBackupImport, LogChangedError, readAllTables } from '../../../src/db/backup/backup';
import {
  type CopiesDb,
  COPIES_KEPT,
  CopyError,
  keepCopy,
  listCopies,
  readCopyFile,
  replaceAfterCopy,
  restoreCopy,
} from '../../../src/db/backup/copies';
import type { LatitudeDb } from '../../../src/db/database';
import { canonicalJson } from '../../../src/domain/backup/import-plan';
import { openBackup, validateBackup } from '../../../src/domain/backup/read-backup';
import { type BackupData, emptyBackupData, TABLE_NAMES } from '../../../src/domain/backup/tables';
import { logArb } from '../../fixtures/backup/arbitraries';
import { copiesBeside } from '../../fixtures/copies';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeActionItem, makeConversation, makeEntry, makePerson, uuidFor } from '../../fixtures/db/records';
import { injectReadFault, injectWriteFault } from '../../fixtures/faults';

const ENV = { now: new Date('2025-03-20T09:00:00.000Z'), appVersion: '0.1.0' };

let db: LatitudeDb;
let copies: CopiesDb;
beforeEach(() => {
  db = isolatedDb();
  copies = copiesBeside(db);
});
afterEach(() => {
  db.close();
  copies.close();
});

/** A log with every table, tombstones and optional fields included. */
function previousLog(): BackupData {
  return {
    ...emptyBackupData(),
    entries: [
      makeEntry(1, { text: 'Led the incident review', tags: ['incident'], energy: 2 }),
      makeEntry(2, { deletedAt: '2025-03-13T10:00:00.000Z' }),
      makeEntry(3, { kind: 'talent', evidence: 'others', person: 'Dana', text: 'Explains clearly' } as never),
    ],
    people: [makePerson(4)],
    conversations: [makeConversation(5, { personId: uuidFor(4) })],
    actionItems: [makeActionItem(6, { dueOn: '2025-04-01' })],
    areas: [
      {
        id: 'site-reliability',
        name: 'Site reliability',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
    ],
    roles: [
      {
        id: uuidFor(7),
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
        title: 'Engineering manager',
        areas: ['leading-teams'],
        from: '2024-01-01',
        change: true,
      },
    ],
  } as BackupData;
}

function otherLog(): BackupData {
  return { ...emptyBackupData(), entries: [makeEntry(101, { text: 'From the imported backup' })] };
}

async function seed(log: BackupData) {
  await applyBackupImport(db, log, { mode: 'merge' });
}

/** The log as data: every record of every table, keys sorted (validation may reorder a record's keys). */
async function storedLog(target: LatitudeDb = db): Promise<string> {
  return canonicalJson(await readAllTables(target));
}

describe('keeping a copy', () => {
  it('writes the whole log as a backup file, verified, with its date, reason, counts and size', async () => {
    await seed(previousLog());
    const kept = await keepCopy(db, copies, 'before-replace', ENV);

    expect(kept.copy).toMatchObject({
      takenAt: '2025-03-20T09:00:00.000Z',
      reason: 'before-replace',
      schemaVersion: db.verno,
      appVersion: '0.1.0',
      counts: { entries: 3, people: 1, conversations: 1, actionItems: 1, areas: 1, roles: 1 },
    });
    expect(await listCopies(copies)).toEqual([kept.copy]);

    const { text } = await readCopyFile(copies, kept.copy.id);
    expect(kept.copy.bytes).toBe(new TextEncoder().encode(text).byteLength);
    // The same file an export gives: it opens as an intact Latitude backup holding the log.
    const opened = await openBackup(text, { supportedSchemaVersion: db.verno });
    expect(opened.ok && opened.backup.integrity).toEqual({ kind: 'intact' });
    const valid = opened.ok ? await validateBackup(opened.backup, { supportedSchemaVersion: db.verno }) : undefined;
    expect(valid?.ok && canonicalJson(valid.data)).toBe(await storedLog());
    expect(kept.log).toEqual(await readAllTables(db));
  });

  it('keeps a copy of an empty log too', async () => {
    const kept = await keepCopy(db, copies, 'before-replace', ENV);
    expect(kept.copy.counts).toEqual({ entries: 0, people: 0, conversations: 0, actionItems: 0, areas: 0, roles: 0 });
  });

  it(`keeps the last ${COPIES_KEPT}, deleting older ones and their files once a new one is verified`, async () => {
    const ids: number[] = [];
    for (let i = 1; i <= COPIES_KEPT + 2; i += 1) {
      await db.entries.add(makeEntry(i));
      ids.push((await keepCopy(db, copies, 'before-replace', { ...ENV, now: new Date(Date.UTC(2025, 2, i)) })).copy.id);
    }
    const listed = await listCopies(copies);
    expect(listed.map((copy) => copy.id)).toEqual(ids.slice(2).reverse());
    expect(listed.map((copy) => copy.counts.entries)).toEqual([7, 6, 5, 4, 3]);
    expect((await copies.files.toCollection().primaryKeys()).sort()).toEqual(ids.slice(2).sort());
  });
});

describe('when a copy cannot be kept', () => {
  it.each(['quota', 'abort'] as const)(
    'a failed write (%s) throws, lists no copy and keeps older ones',
    async (failure) => {
      const fault = injectWriteFault(copies);
      await seed(previousLog());
      const older = await keepCopy(db, copies, 'before-replace', ENV);
      fault.failNext({ table: 'files', failure });

      const error = await keepCopy(db, copies, 'before-replace', ENV).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CopyError);
      expect((error as CopyError).problem).toBe('write');
      expect((error as CopyError).quota).toBe(failure === 'quota');
      expect(fault.failures).toBe(1);
      // The description and the file are written in one transaction: neither is left behind.
      expect(await listCopies(copies)).toEqual([older.copy]);
      expect(await copies.files.count()).toBe(1);
    },
  );

  it('a copy that reads back differently is discarded and reported', async () => {
    const reads = injectReadFault(copies);
    await seed(previousLog());
    reads.changeNextRead('files', (file) => ({
      ...(file as object),
      text: `${(file as { text: string }).text.slice(0, -2)}`,
    }));
    const error = await keepCopy(db, copies, 'before-replace', ENV).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'CopyError', problem: 'verify' });
    expect(await listCopies(copies)).toEqual([]);
    expect(await copies.files.count()).toBe(0);
  });

  it('a replace does not start when the copy fails, and the log is unchanged', async () => {
    const fault = injectWriteFault(copies);
    await seed(previousLog());
    const before = await storedLog();
    fault.failNext({ failure: 'quota' });
    await expect(replaceAfterCopy(db, copies, otherLog(), { ...ENV, reason: 'before-replace' })).rejects.toMatchObject({
      problem: 'write',
      quota: true,
    });
    expect(await storedLog()).toBe(before);
    expect(await listCopies(copies)).toEqual([]);
  });
});

describe('replacing after a copy', () => {
  it('replaces the log, and the copy holds the log as it was', async () => {
    await seed(previousLog());
    const before = await storedLog();
    const { outcome, copy } = await replaceAfterCopy(db, copies, otherLog(), { ...ENV, reason: 'before-replace' });
    expect(outcome).toEqual({ mode: 'replace', added: 1, kept: 0 });
    expect((await db.entries.toArray()).map((entry) => entry.text)).toEqual(['From the imported backup']);
    const { text } = await readCopyFile(copies, copy.id);
    expect(canonicalJson(JSON.parse(text).data)).toBe(before);
  });

  it('does not replace a log that changed since its copy was taken', async () => {
    await seed(previousLog());
    const stale = await readAllTables(db);
    await db.entries.add(makeEntry(50, { text: 'Captured in the side panel meanwhile' }));
    const before = await storedLog();
    await expect(applyBackupImport(db, otherLog(), { mode: 'replace', unchangedFrom: stale })).rejects.toBeInstanceOf(
      LogChangedError,
    );
    expect(await storedLog()).toBe(before);
  });

  it('takes a new copy when something was captured between the copy and the replace', async () => {
    await seed(previousLog());
    // A capture in another view lands right after the first copy is written.
    let captured = false;
    copies.use({
      stack: 'dbcore',
      name: 'capture-meanwhile',
      create: (down) => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          mutate: async (request) => {
            const result = await down.table(name).mutate(request);
            if (name === 'files' && !captured) {
              captured = true;
              void db.entries.add(makeEntry(50, { text: 'Captured in the side panel meanwhile' }));
            }
            return result;
          },
        }),
      }),
    });
    const { copy } = await replaceAfterCopy(db, copies, otherLog(), { ...ENV, reason: 'before-replace' });
    expect(captured).toBe(true);
    const listed = await listCopies(copies);
    expect(listed).toHaveLength(2);
    expect(listed[0]).toEqual(copy);
    expect(copy.counts.entries).toBe(4);
    expect((await readCopyFile(copies, copy.id)).text).toContain('Captured in the side panel meanwhile');
    expect((await db.entries.toArray()).map((entry) => entry.text)).toEqual(['From the imported backup']);
  });

  it('gives up, changing nothing, when the log keeps changing', async () => {
    await seed(previousLog());
    let n = 0;
    copies.use({
      stack: 'dbcore',
      name: 'capture-every-time',
      create: (down) => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          mutate: async (request) => {
            const result = await down.table(name).mutate(request);
            if (name === 'files') void db.entries.add(makeEntry(200 + ++n));
            return result;
          },
        }),
      }),
    });
    await expect(
      replaceAfterCopy(db, copies, otherLog(), { ...ENV, reason: 'before-replace', attempts: 2 }),
    ).rejects.toBeInstanceOf(LogChangedError);
    expect(await db.entries.count()).toBe(3 + 2);
    expect(await db.entries.get(makeEntry(101).id)).toBeUndefined();
  });
});

describe('restoring a copy', () => {
  it('brings the previous log back exactly, after keeping a copy of the log it replaces', async () => {
    await seed(previousLog());
    const previous = await storedLog();
    const { copy: beforeReplace } = await replaceAfterCopy(db, copies, otherLog(), {
      ...ENV,
      reason: 'before-replace',
    });
    const replaced = await storedLog();

    const result = await restoreCopy(db, copies, beforeReplace.id, {
      ...ENV,
      now: new Date('2025-03-21T09:00:00.000Z'),
    });
    expect(await storedLog()).toBe(previous);
    expect(result.restored).toEqual(beforeReplace);
    expect(result.copy).toMatchObject({ reason: 'before-restore', counts: { entries: 1 } });
    expect(canonicalJson(JSON.parse((await readCopyFile(copies, result.copy.id)).text).data)).toBe(replaced);

    // Undone the same way: restoring the copy taken before the restore.
    await restoreCopy(db, copies, result.copy.id, ENV);
    expect(await storedLog()).toBe(replaced);
  });

  it('never prunes the copy being restored, even the oldest of five', async () => {
    const fault = injectWriteFault(db);
    for (let i = 1; i <= COPIES_KEPT; i += 1) {
      await db.entries.add(makeEntry(i));
      await keepCopy(db, copies, 'before-replace', ENV);
    }
    const oldest = (await listCopies(copies)).at(-1)!;
    // The restore's own write fails after its copy was kept (and older ones pruned).
    fault.failNext({ table: 'entries' });
    await expect(restoreCopy(db, copies, oldest.id, ENV)).rejects.toBeTruthy();
    expect((await listCopies(copies)).map((copy) => copy.id)).toContain(oldest.id);
    expect(await db.entries.count()).toBe(COPIES_KEPT);
  });

  it('refuses a copy whose file was damaged on the device, and changes nothing', async () => {
    await seed(previousLog());
    const { copy } = await keepCopy(db, copies, 'before-replace', ENV);
    await db.entries.add(makeEntry(60));
    const before = await storedLog();
    await copies.files.update(copy.id, {
      text: (await copies.files.get(copy.id))!.text.replace('Led the incident review', 'Led the incident'),
    });
    await expect(restoreCopy(db, copies, copy.id, ENV)).rejects.toMatchObject({ problem: 'damaged' });
    expect(await storedLog()).toBe(before);
    // A damaged copy can still be downloaded: nothing it holds is out of reach.
    expect((await readCopyFile(copies, copy.id)).text).toContain('Led the incident');
  });

  it('refuses a copy that is gone', async () => {
    await expect(restoreCopy(db, copies, 42, ENV)).rejects.toMatchObject({ problem: 'missing' });
  });

  it('round-trips any valid log exactly: copy, replace, restore', async () => {
    await fc.assert(
      fc.asyncProperty(logArb(), async (log) => {
        const source = isolatedDb();
        const kept = copiesBeside(source);
        try {
          await applyBackupImport(source, log, { mode: 'merge' });
          const before = await storedLog(source);
          const { copy } = await replaceAfterCopy(source, kept, otherLog(), { ...ENV, reason: 'before-replace' });
          await restoreCopy(source, kept, copy.id, ENV);
          expect(await storedLog(source)).toBe(before);
          expect(TABLE_NAMES.every((name) => copy.counts[name] === log[name].length)).toBe(true);
        } finally {
          source.close();
          kept.close();
        }
      }),
      { numRuns: 20 },
    );
  });
});
