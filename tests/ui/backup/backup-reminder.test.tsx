import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { createBackupStateStore } from '../../../src/browser/backup-state';
import { createDraftStore } from '../../../src/browser/draft-store';
import type { LatitudeDb } from '../../../src/db/database';
import { BackupReminder } from '../../../src/ui/backup/BackupReminder';
import { type BackupReminderDeps, createBackupReminderState } from '../../../src/ui/backup/backup-reminder-state';
import { LogApp } from '../../../src/ui/log/LogApp';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeEntry } from '../../fixtures/db/records';

const NOW = new Date('2025-03-20T12:00:00.000Z');
const EIGHT_DAYS_AGO = '2025-03-12T11:00:00.000Z';

let db: LatitudeDb;
beforeEach(() => {
  db = isolatedDb();
});
afterEach(() => db.close());

let nextId = 1;

function Reminder(props: Omit<BackupReminderDeps, 'db'>) {
  return <BackupReminder state={createBackupReminderState({ db, ...props })} />;
}

async function addEntriesAfter(stamp: string, count: number) {
  const base = Date.parse(stamp);
  await db.entries.bulkAdd(
    Array.from({ length: count }, (_, i) =>
      makeEntry(nextId++, { createdAt: new Date(base + (i + 1) * 60_000).toISOString() }),
    ),
  );
}

describe('BackupReminder', () => {
  it('reminds when the last export is over 7 days old and 10 entries were added since, with one-click export', async () => {
    const backupState = createBackupStateStore();
    await backupState.update({ lastExportAt: EIGHT_DAYS_AGO });
    await addEntriesAfter(EIGHT_DAYS_AGO, 10);
    const exported: LatitudeDb[] = [];
    render(
      <Reminder backupState={backupState} now={() => NOW} exportBackup={async (from) => void exported.push(from)} />,
    );

    const reminder = await screen.findByRole('complementary', { name: 'Backup reminder' });
    expect(reminder.textContent).toContain('Your last backup was 8 days ago, and you have added 10 entries since.');
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(await screen.findByText('Backup saved.')).toBeTruthy();
    expect(exported).toEqual([db]);
  });

  it('stays quiet with fewer than 10 new entries, or a recent export', async () => {
    const backupState = createBackupStateStore();
    await backupState.update({ lastExportAt: EIGHT_DAYS_AGO });
    await addEntriesAfter('2025-03-01T00:00:00.000Z', 5);
    await addEntriesAfter(EIGHT_DAYS_AGO, 9);
    const view = render(<Reminder backupState={backupState} now={() => NOW} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull();
    view.unmount();

    await backupState.update({ lastExportAt: '2025-03-18T00:00:00.000Z' });
    const counts = vi.spyOn(db.entries, 'where');
    render(<Reminder backupState={backupState} now={() => NOW} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull();
    // A backup two days old needs no count of the entries since.
    expect(counts).not.toHaveBeenCalled();
  });

  it('counts from the first run when nothing was ever exported', async () => {
    const backupState = createBackupStateStore();
    await backupState.update({ firstRunAt: EIGHT_DAYS_AGO });
    await addEntriesAfter(EIGHT_DAYS_AGO, 12);
    render(<Reminder backupState={backupState} now={() => NOW} />);
    expect((await screen.findByRole('complementary', { name: 'Backup reminder' })).textContent).toContain(
      'You have added 12 entries and have not made a backup yet.',
    );
  });

  it('says so when the export fails', async () => {
    const backupState = createBackupStateStore();
    await backupState.update({ lastExportAt: EIGHT_DAYS_AGO });
    await addEntriesAfter(EIGHT_DAYS_AGO, 10);
    render(
      <Reminder
        backupState={backupState}
        now={() => NOW}
        exportBackup={() => Promise.reject(new Error('disk full'))}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Export backup' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The backup failed: disk full');
  });
});

async function dueReminder(exportBackup: (db: LatitudeDb) => Promise<unknown>) {
  const backupState = createBackupStateStore();
  await backupState.update({ lastExportAt: EIGHT_DAYS_AGO });
  await addEntriesAfter(EIGHT_DAYS_AGO, 10);
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

describe('the reminder in the popup and the log page', () => {
  beforeEach(async () => {
    // The views use the real clock: make the last export old enough for any "now".
    await createBackupStateStore().update({ lastExportAt: '2000-01-01T00:00:00.000Z' });
    await addEntriesAfter('2000-01-01T00:00:00.000Z', 10);
  });

  it('appears in the popup', async () => {
    render(<PopupApp db={db} drafts={createDraftStore('latitude:draft:popup')} readSource={async () => undefined} />);
    await screen.findByRole('complementary', { name: 'Backup reminder' });
  });

  it('appears on the log page', async () => {
    render(<LogApp db={db} />);
    await screen.findByRole('complementary', { name: 'Backup reminder' });
    await waitFor(() => expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0));
  });
});
