import { createBackupStateStore } from '../../../src/browser/backup-state';
import type { LatitudeDb } from '../../../src/db/database';
import { createBackupReminderState } from '../../../src/ui/backup/backup-reminder-state';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeEntry } from '../../fixtures/db/records';

const NOW = new Date('2025-03-20T12:00:00.000Z');
const EIGHT_DAYS_AGO = '2025-03-12T11:00:00.000Z';

let db: LatitudeDb;
beforeEach(() => {
  db = isolatedDb();
});
afterEach(() => db.close());

async function dueReminder(exportBackup: (db: LatitudeDb) => Promise<unknown>) {
  const backupState = createBackupStateStore();
  await backupState.update({ lastExportAt: EIGHT_DAYS_AGO });
  const base = Date.parse(EIGHT_DAYS_AGO);
  await db.entries.bulkAdd(
    Array.from({ length: 10 }, (_, i) =>
      makeEntry(i + 1, { createdAt: new Date(base + (i + 1) * 60_000).toISOString() }),
    ),
  );
  const state = createBackupReminderState({ db, backupState, now: () => NOW, exportBackup });
  await state.check();
  return state;
}

describe('createBackupReminderState', () => {
  it('check finds a reminder due, with the days and the entries since the last backup', async () => {
    const state = await dueReminder(async () => undefined);
    expect(state.notice.value).toEqual({ kind: 'due', due: { days: 8, entries: 10, everExported: true } });
  });

  it('exportNow exports this view’s log and says it is saved', async () => {
    const exported: LatitudeDb[] = [];
    const state = await dueReminder(async (from) => void exported.push(from));
    await state.exportNow();
    expect(exported).toEqual([db]);
    expect(state.notice.value).toEqual({ kind: 'saved' });
  });

  it('exportNow says why when the export fails', async () => {
    const state = await dueReminder(() => Promise.reject(new Error('disk full')));
    await state.exportNow();
    expect(state.notice.value).toEqual({ kind: 'failed', message: 'disk full' });
  });

  it('later hides the reminder, and a second check in the same view does not bring it back', async () => {
    const state = await dueReminder(async () => undefined);
    state.later();
    await state.check();
    expect(state.notice.value).toEqual({ kind: 'none' });
  });

  it('a check that cannot read the backup state shows nothing and does not throw', async () => {
    const state = createBackupReminderState({
      db,
      backupState: { read: () => Promise.reject(new Error('storage gone')), update: async () => undefined } as never,
      now: () => NOW,
    });
    await state.check();
    expect(state.notice.value).toEqual({ kind: 'none' });
  });
});
