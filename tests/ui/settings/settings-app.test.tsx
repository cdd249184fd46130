import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { BACKUP_STATE_KEY, LOGGING_REMINDER_KEY } from '../../../src/browser/storage-keys';
import { applyBackupImport, readAllTables } from '../../../src/db/backup/backup';
import type { LatitudeDb } from '../../../src/db/database';
import { buildBackupFile } from '../../../src/domain/backup/format';
import { type BackupData, emptyBackupData } from '../../../src/domain/backup/tables';
import { SettingsApp } from '../../../src/ui/settings/SettingsApp';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeEntry, makePerson, uuidFor } from '../../fixtures/db/records';
import { backupFile, fakeSettingsEnv, fakeStorageManager } from '../../fixtures/settings-env';

let db: LatitudeDb;
beforeEach(() => {
  db = isolatedDb();
});
afterEach(() => db.close());

const META = { schemaVersion: 1, appVersion: '0.1.0', exportedAt: new Date('2025-03-18T10:00:00.000Z') };

function incomingLog(): BackupData {
  return {
    ...emptyBackupData(),
    entries: [
      makeEntry(101, { text: 'Imported win' }),
      makeEntry(102, { kind: 'talent', evidence: 'self', text: 'Imported talent' } as never),
    ],
    people: [makePerson(103)],
  };
}

async function chooseFile(text: string, name?: string) {
  const input = await screen.findByLabelText('Import backup');
  fireEvent.change(input, { target: { files: [backupFile(text, name)] } });
}

async function logSnapshot() {
  return JSON.stringify(await readAllTables(db));
}

describe('SettingsApp: export', () => {
  it('"Export backup" produces a backup file of the whole log and remembers when', async () => {
    await applyBackupImport(
      db,
      { ...emptyBackupData(), entries: [makeEntry(1), makeEntry(2, { deletedAt: '2025-03-19T00:00:00.000Z' })] },
      { mode: 'merge' },
    );
    const { env, downloads } = fakeSettingsEnv(db);
    render(<SettingsApp env={env} />);
    expect(await screen.findByText('No backup yet.')).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Export backup' }));

    await screen.findByText(/Backup saved: 2 entries, 0 people/);
    expect(downloads.map((d) => d.filename)).toEqual([
      expect.stringMatching(/^latitude-backup-2025-03-20-\d{4}\.json$/),
    ]);
    const file = JSON.parse(await downloads[0]!.text());
    expect(file).toMatchObject({ format: 'latitude-backup', formatVersion: 1, counts: { entries: 2 } });
    expect(file.data.entries.map((e: { id: string }) => e.id).sort()).toEqual([uuidFor(1), uuidFor(2)]);
    const stored = await fakeBrowser.storage.local.get(BACKUP_STATE_KEY);
    expect(stored[BACKUP_STATE_KEY]).toMatchObject({ lastExportAt: '2025-03-20T09:00:00.000Z' });
    expect(await screen.findByText(/^Last backup: March 20, 2025/)).toBeTruthy();
  });

  it('"Export Markdown" produces the brag document, with captured text escaped', async () => {
    await applyBackupImport(
      db,
      { ...emptyBackupData(), entries: [makeEntry(1, { text: '[click](https://evil.example)' })] },
      { mode: 'merge' },
    );
    const { env, downloads } = fakeSettingsEnv(db);
    render(<SettingsApp env={env} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export Markdown' }));
    await screen.findByText('Brag document saved.');
    expect(downloads[0]!.filename).toMatch(/\.md$/);
    expect(await downloads[0]!.text()).toContain('\\[click\\](https\\://evil.example)');
  });
});

describe('SettingsApp: import', () => {
  it('refuses a file with one bad record, naming the record and the field, and changes nothing', async () => {
    await applyBackupImport(db, { ...emptyBackupData(), entries: [makeEntry(1)] }, { mode: 'merge' });
    const before = await logSnapshot();
    const { env } = fakeSettingsEnv(db);
    render(<SettingsApp env={env} />);

    const log = incomingLog();
    (log.entries[1] as { text: string }).text = '';
    const { text } = await buildBackupFile(log, META);
    await chooseFile(text);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('"entries"');
    expect(alert.textContent).toContain('index 1');
    expect(alert.textContent).toContain(uuidFor(102));
    expect(alert.textContent).toContain('field "text"');
    expect(alert.textContent).toContain('Nothing in your log was changed.');
    expect(screen.queryByRole('button', { name: 'Add new records' })).toBeNull();
    expect(await logSnapshot()).toBe(before);
  });

  it('imports a valid file after a dry run, and a second time adds nothing', async () => {
    await applyBackupImport(db, { ...emptyBackupData(), entries: [makeEntry(1)] }, { mode: 'merge' });
    const { env } = fakeSettingsEnv(db);
    const { text } = await buildBackupFile(incomingLog(), META);
    render(<SettingsApp env={env} />);

    await chooseFile(text);
    const dryRun = await screen.findByRole('region', { name: 'What this import would do' });
    expect(within(dryRun).getByRole('status').textContent).toBe('3 records new, 0 identical, 0 conflicting.');
    expect(await db.entries.count()).toBe(1);

    fireEvent.click(within(dryRun).getByRole('button', { name: 'Add new records' }));
    await screen.findByText('Imported: 3 records added.');
    expect(await db.entries.count()).toBe(3);
    expect(await db.people.count()).toBe(1);

    await chooseFile(text);
    const again = await screen.findByRole('region', { name: 'What this import would do' });
    expect(within(again).getByRole('status').textContent).toBe('0 records new, 3 identical, 0 conflicting.');
    expect(within(again).getByText(/Nothing new to add/)).toBeTruthy();
    expect(within(again).queryByRole('button', { name: 'Add new records' })).toBeNull();
    expect(await db.entries.count()).toBe(3);
  });

  it('says plainly when the checksum no longer matches, and imports anyway on request', async () => {
    const { env } = fakeSettingsEnv(db);
    const { text } = await buildBackupFile(incomingLog(), META);
    const edited = text.replace('Imported win', 'Imported win, edited by hand');
    render(<SettingsApp env={env} />);

    await chooseFile(edited);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /This file was changed after Latitude exported it: its checksum no longer matches/,
    );
    expect(await db.entries.count()).toBe(0);

    fireEvent.click(within(alert).getByRole('button', { name: 'Import anyway' }));
    const dryRun = await screen.findByRole('region', { name: 'What this import would do' });
    fireEvent.click(within(dryRun).getByRole('button', { name: 'Add new records' }));
    await screen.findByText('Imported: 3 records added.');
    expect((await db.entries.get(uuidFor(101)))?.text).toBe('Imported win, edited by hand');
  });

  it('still validates an edited file record by record after "Import anyway"', async () => {
    const { env } = fakeSettingsEnv(db);
    const { text } = await buildBackupFile(incomingLog(), META);
    render(<SettingsApp env={env} />);
    await chooseFile(text.replace('"relationship": "peer"', '"relationship": "friend"'));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Import anyway' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /in "people", the record at index 0 .* field "relationship" should be one of/,
      ),
    );
    expect(await db.people.count()).toBe(0);
  });

  it.each([
    ['an unknown format', '{"format": "something-else", "data": {}}', /not a Latitude backup/],
    [
      'a newer format version',
      '{"format": "latitude-backup", "formatVersion": 99}',
      /newer version of Latitude \(backup format 99/,
    ],
    ['garbage', '\u0000\u0001 not json', /not valid JSON/],
  ])('refuses %s with its own message', async (_name, text, message) => {
    const { env } = fakeSettingsEnv(db);
    render(<SettingsApp env={env} />);
    await chooseFile(text);
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
  });

  it('replaces everything only after confirmation, keeping a copy of the current log on this device first', async () => {
    await applyBackupImport(
      db,
      { ...emptyBackupData(), entries: [makeEntry(1, { text: 'Old win' })] },
      { mode: 'merge' },
    );
    const { env, downloads } = fakeSettingsEnv(db);
    const { text } = await buildBackupFile(incomingLog(), META);
    render(<SettingsApp env={env} />);

    await chooseFile(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace everything…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace your whole log?' });
    expect(dialog.textContent).toContain('deletes the 1 record in your log');
    expect(dialog.textContent).toContain('A copy of your current log is kept on this device first');
    expect(await db.entries.count()).toBe(1);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep a copy and replace everything' }));
    await screen.findByText(
      /Replaced: your log now holds the 3 records of the backup\. Your previous log is kept on this device/,
    );
    // Nothing depends on a download any more.
    expect(downloads).toEqual([]);
    expect((await db.entries.toArray()).map((e) => e.text).sort()).toEqual(['Imported talent', 'Imported win']);
    const copies = await screen.findByRole('region', { name: 'Copies kept on this device' });
    expect((await within(copies).findAllByRole('listitem')).map((item) => item.textContent)).toEqual([
      expect.stringMatching(/taken before a replace.*1 entry · \d+ bytes/),
    ]);
  });

  it('cancelling a replace changes nothing', async () => {
    await applyBackupImport(db, { ...emptyBackupData(), entries: [makeEntry(1)] }, { mode: 'merge' });
    const before = await logSnapshot();
    const { env, downloads } = fakeSettingsEnv(db);
    render(<SettingsApp env={env} />);
    await chooseFile((await buildBackupFile(incomingLog(), META)).text);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace everything…' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(downloads).toEqual([]);
    expect(await logSnapshot()).toBe(before);
  });
});

describe('SettingsApp: your roles', () => {
  it('has a "Your roles" section at #roles that adds a role with the page’s clock and ids', async () => {
    const { env } = fakeSettingsEnv(db);
    render(<SettingsApp env={env} />);
    const section = await screen.findByRole('region', { name: 'Your roles' });
    expect(section.id).toBe('roles');

    const form = within(section).getByRole('form', { name: 'Add a role' });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Title' }), { target: { value: 'Engineering manager' } });
    fireEvent.input(within(form).getByLabelText('From'), { target: { value: '2026-01-05' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));

    expect(await within(section).findByText(/^Engineering manager — since 2026-01-05/)).toBeTruthy();
    expect(await db.roles.toArray()).toEqual([
      expect.objectContaining({
        id: uuidFor(5001),
        createdAt: '2025-03-20T09:00:00.000Z',
        title: 'Engineering manager',
        change: true,
      }),
    ]);
  });
});

describe('SettingsApp: first run, storage and reminders', () => {
  it('welcomes a new user by saying where the log lives and that uninstalling deletes it', async () => {
    const { env } = fakeSettingsEnv(db);
    render(<SettingsApp env={env} welcome />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to Latitude' });
    expect(welcome.textContent).toContain('Your log lives only in this browser.');
    expect(welcome.textContent).toContain('uninstalling Latitude deletes your log');
  });

  it('asks for persistent storage once, and shows whether it is persistent and the space used', async () => {
    const storageManager = fakeStorageManager({
      persisted: false,
      grant: false,
      usage: 1_234_567,
      quota: 10_000_000_000,
    });
    const { env } = fakeSettingsEnv(db, { storageManager });
    const view = render(<SettingsApp env={env} />);
    const section = await screen.findByRole('region', { name: 'Storage' });
    await within(section).findByText(/Not granted\. Latitude’s unlimited-storage permission/);
    expect(within(section).getByText('1.2 MB of 10 GB available')).toBeTruthy();
    expect(storageManager.persistCalls).toBe(1);

    view.unmount();
    render(<SettingsApp env={env} />);
    await within(await screen.findByRole('region', { name: 'Storage' })).findByText(
      /Not granted\. Latitude’s unlimited-storage permission/,
    );
    expect(storageManager.persistCalls).toBe(1);
  });

  it('says so when storage is persistent', async () => {
    const { env } = fakeSettingsEnv(db, { storageManager: fakeStorageManager({ persisted: true }) });
    render(<SettingsApp env={env} />);
    expect(await screen.findByText(/Yes: the browser will not clear/)).toBeTruthy();
  });

  it('keeps the weekly reminder off until turned on, asking for the notifications permission then', async () => {
    const { env, permissionRequests } = fakeSettingsEnv(db, { grant: true });
    render(<SettingsApp env={env} />);
    const toggle = await screen.findByRole('checkbox', { name: /Weekly reminder/ });
    expect(toggle).toHaveProperty('checked', false);
    expect(permissionRequests).toEqual([]);

    fireEvent.change(await screen.findByRole('combobox', { name: 'Day' }), { target: { value: '1' } });
    fireEvent.click(toggle);
    await screen.findByText(/Next reminder: Monday, March 24 at 16:00/);
    expect(permissionRequests).toEqual(['notifications']);
    expect((await fakeBrowser.storage.local.get(LOGGING_REMINDER_KEY))[LOGGING_REMINDER_KEY]).toEqual({
      enabled: true,
      weekday: 1,
      time: '16:00',
    });
  });

  it('leaves the reminder off when the permission is refused, and says why', async () => {
    const { env } = fakeSettingsEnv(db, { grant: false });
    render(<SettingsApp env={env} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Weekly reminder/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not allowed to show notifications/);
    expect(screen.getByRole('checkbox', { name: /Weekly reminder/ })).toHaveProperty('checked', false);
    expect((await fakeBrowser.storage.local.get(LOGGING_REMINDER_KEY))[LOGGING_REMINDER_KEY]).toBeUndefined();
  });
});
