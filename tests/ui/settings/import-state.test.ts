import type { DBCore } from 'dexie';
import { buildBackupFile } from '../../../src/domain/backup/format';
import { emptyBackupData } from '../../../src/domain/backup/tables';
import { createImportState, type ImportDeps, type ImportStep } from '../../../src/ui/settings/import-state';
import { copiesBeside } from '../../fixtures/copies';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeEntry } from '../../fixtures/db/records';

const META = { schemaVersion: 1, appVersion: '0.1.0', exportedAt: new Date('2025-03-18T10:00:00.000Z') };

async function fileOf(count: number, firstId = 1): Promise<File> {
  const log = { ...emptyBackupData(), entries: Array.from({ length: count }, (_, i) => makeEntry(firstId + i)) };
  return new File([(await buildBackupFile(log, META)).text], 'backup.json');
}

function deps(db: ImportDeps['db'], overrides: Partial<ImportDeps> = {}): ImportDeps {
  return {
    db,
    copies: copiesBeside(db),
    readFile: (file) => file.text(),
    now: () => new Date('2025-03-20T09:00:00.000Z'),
    appVersion: '0.1.0',
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    ...overrides,
  };
}

describe('the import flow', () => {
  it('shows progress while checking and writing a large file, yielding to the event loop', async () => {
    const db = isolatedDb();
    let pauses = 0;
    const state = createImportState(
      deps(db, {
        chunkSize: 500,
        pause: () => {
          pauses += 1;
          return new Promise((resolve) => setTimeout(resolve, 0));
        },
      }),
    );
    const seen: ImportStep[] = [];
    const stop = state.step.subscribe((step) => seen.push(step));

    await state.chooseFile(await fileOf(2100));
    expect(state.step.value).toMatchObject({ kind: 'review', plan: { total: { added: 2100 } } });
    await state.merge();
    stop();

    const checking = seen
      .filter((step) => step.kind === 'checking')
      .map((step) => step.kind === 'checking' && step.done);
    const writing = seen.filter((step) => step.kind === 'writing').map((step) => step.kind === 'writing' && step.done);
    expect(checking).toEqual([0, 500, 1000, 1500, 2000, 2100]);
    expect(writing).toEqual([0, 500, 1000, 1500, 2000, 2100]);
    expect(pauses).toBe(4);
    expect(state.step.value).toMatchObject({ kind: 'done', outcome: { added: 2100 } });
    expect(await db.entries.count()).toBe(2100);
    db.close();
  });

  it('forgets a file that was cancelled while it was being checked', async () => {
    const db = isolatedDb();
    const state = createImportState(deps(db));
    const checking = state.chooseFile(await fileOf(1200));
    state.cancel();
    await checking;
    expect(state.step.value).toEqual({ kind: 'idle' });
    await state.merge();
    expect(await db.entries.count()).toBe(0);
    db.close();
  });

  it('a full disk during the write gets its own message, and nothing is imported', async () => {
    const db = isolatedDb();
    // Middleware is taken into account when the database opens, so it is added first and armed later.
    let diskFull = false;
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          mutate: (request) =>
            diskFull
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : down.table(name).mutate(request),
        }),
      }),
    });
    await db.entries.add(makeEntry(9999));
    diskFull = true;
    const state = createImportState(deps(db));
    await state.chooseFile(await fileOf(3));
    await state.merge();
    expect(state.step.value).toEqual({
      kind: 'failed',
      message:
        'The browser has no storage space left for Latitude, so nothing was imported. Free some disk space, then try again.',
    });
    expect((await db.entries.toArray()).map((entry) => entry.id)).toEqual([makeEntry(9999).id]);
    db.close();
  });

  it('refuses a file too large to be a backup before reading it', async () => {
    const db = isolatedDb();
    let read = false;
    const state = createImportState(
      deps(db, {
        readFile: async () => {
          read = true;
          return '';
        },
      }),
    );
    const huge = { name: 'huge.json', size: 300 * 1024 * 1024 } as File;
    await state.chooseFile(huge);
    expect(state.step.value).toMatchObject({ kind: 'refused', message: expect.stringMatching(/too large/) });
    expect(read).toBe(false);
    db.close();
  });
});
