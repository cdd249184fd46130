// Settings → Copies kept on this device: Replace keeps a verified copy first (and does not start
// without one), the copies are listed with date, counts and size, Restore asks first and brings the
// log back exactly, Download saves the copy as a backup file.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { applyBackupImport, readAllTables } from '../../../src/db/backup/backup';
import type { CopiesDb } from '../../../src/db/backup/copies';
import type { LatitudeDb } from '../../../src/db/database';
import { buildBackupFile } from '../../../src/domain/backup/format';
import { canonicalJson } from '../../../src/domain/backup/import-plan';
import { type BackupData, emptyBackupData } from '../../../src/domain/backup/tables';
import { SettingsApp } from '../../../src/ui/settings/SettingsApp';
import { copiesBeside } from '../../fixtures/copies';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeEntry, makePerson } from '../../fixtures/db/records';
import { injectWriteFault, type WriteFault } from '../../fixtures/faults';
import { backupFile, fakeSettingsEnv } from '../../fixtures/settings-env';

const META = { schemaVersion: 1, appVersion: '0.1.0', exportedAt: new Date('2025-03-18T10:00:00.000Z') };

let db: LatitudeDb;
let copies: CopiesDb;
let fault: WriteFault;
beforeEach(() => {
  db = isolatedDb();
  copies = copiesBeside(db);
  // Installed before the copies database opens; armed by the tests that need a failure.
  fault = injectWriteFault(copies);
});
afterEach(() => {
  db.close();
  copies.close();
});

function previousLog(): BackupData {
  return {
    ...emptyBackupData(),
    entries: [
      makeEntry(1, { text: 'Old win', tags: ['billing'] }),
      makeEntry(2, { text: 'Old deleted win', deletedAt: '2025-03-19T00:00:00.000Z' }),
    ],
    people: [makePerson(3)],
  };
}

async function importedFile(): Promise<File> {
  const log = { ...emptyBackupData(), entries: [makeEntry(101, { text: 'Imported win' })] };
  return backupFile((await buildBackupFile(log, META)).text);
}

async function logAsData(): Promise<string> {
  return canonicalJson(await readAllTables(db));
}

async function replaceWith(file: File) {
  fireEvent.change(await screen.findByLabelText('Import backup'), { target: { files: [file] } });
  fireEvent.click(await screen.findByRole('button', { name: 'Replace everything…' }));
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace your whole log?' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Keep a copy and replace everything' }));
}

function copiesSection() {
  return screen.findByRole('region', { name: 'Copies kept on this device' });
}

describe('Copies kept on this device', () => {
  it('says there are none yet', async () => {
    const { env } = fakeSettingsEnv(db, { copies });
    render(<SettingsApp env={env} />);
    expect(await within(await copiesSection()).findByText(/No copies yet/)).toBeTruthy();
  });

  it('lists the copy Replace kept, restores it after asking, and the log is back exactly', async () => {
    await applyBackupImport(db, previousLog(), { mode: 'merge' });
    const previous = await logAsData();
    const { env, downloads } = fakeSettingsEnv(db, { copies });
    render(<SettingsApp env={env} />);

    await replaceWith(await importedFile());
    await screen.findByText(/^Replaced: your log now holds the 1 record of the backup/);
    const replaced = await logAsData();
    expect(replaced).not.toBe(previous);

    const section = await copiesSection();
    const [item] = await within(section).findAllByRole('listitem');
    expect(item!.textContent).toMatch(
      /^March 20, 2025 at \d{1,2}:\d{2}\s?[AP]M · taken before a replace 2 entries, 1 person · \d\.\d kBRestoreDownload$/,
    );

    const restore = within(item!).getByRole('button', { name: 'Restore' });
    expect(restore.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(restore);
    const dialog = await within(section).findByRole('alertdialog', { name: /^Restore the copy of March 20, 2025/ });
    expect(dialog.textContent).toContain('Your log (1 record) is replaced by this copy (2 entries, 1 person)');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));
    expect(await logAsData()).toBe(replaced);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore this copy' }));
    await within(section).findByText(/^Restored: your log is again as it was on March 20, 2025.*\(3 records\)/);
    expect(await logAsData()).toBe(previous);

    // The restore kept a copy of the log it replaced: the newest, so it can be undone the same way.
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/taken before a restore 1 entry ·/),
      expect.stringMatching(/taken before a replace 2 entries, 1 person ·/),
    ]);
    expect(downloads).toEqual([]);
  });

  it('cancelling a restore changes nothing', async () => {
    await applyBackupImport(db, previousLog(), { mode: 'merge' });
    const { env } = fakeSettingsEnv(db, { copies });
    render(<SettingsApp env={env} />);
    await replaceWith(await importedFile());
    await screen.findByText(/^Replaced:/);
    const replaced = await logAsData();

    const section = await copiesSection();
    fireEvent.click(
      within((await within(section).findAllByRole('listitem'))[0]!).getByRole('button', { name: 'Restore' }),
    );
    fireEvent.click(within(await within(section).findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(within(section).queryByRole('alertdialog')).toBeNull();
    expect(await logAsData()).toBe(replaced);
  });

  it('downloads a copy as the backup file it is', async () => {
    await applyBackupImport(db, previousLog(), { mode: 'merge' });
    const { env, downloads } = fakeSettingsEnv(db, { copies });
    render(<SettingsApp env={env} />);
    await replaceWith(await importedFile());
    await screen.findByText(/^Replaced:/);

    const section = await copiesSection();
    fireEvent.click(
      within((await within(section).findAllByRole('listitem'))[0]!).getByRole('button', { name: 'Download' }),
    );
    await within(section).findByText(/^Copy saved as latitude-copy-before-replace-2025-03-20-\d{4}\.json\.$/);
    expect(downloads.map((d) => d.filename)).toEqual([
      expect.stringMatching(/^latitude-copy-before-replace-2025-03-20-\d{4}\.json$/),
    ]);
    const file = JSON.parse(await downloads[0]!.text());
    expect(file).toMatchObject({ format: 'latitude-backup', formatVersion: 1, counts: { entries: 2, people: 1 } });
    expect(canonicalJson(file.data)).toBe(canonicalJson(previousLog()));
  });
});

describe('when no copy can be kept (fault injection)', () => {
  it.each(['quota', 'abort'] as const)(
    'a failed copy write (%s) stops the replace before it starts, says why, and the log is unchanged',
    async (failure) => {
      await applyBackupImport(db, previousLog(), { mode: 'merge' });
      const before = await logAsData();
      const { env, downloads } = fakeSettingsEnv(db, { copies });
      render(<SettingsApp env={env} />);
      fault.failNext({ failure });

      await replaceWith(await importedFile());
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(
        failure === 'quota'
          ? /^The browser has no storage space left for Latitude, so no copy of your log could be kept on this device first\. Nothing was replaced: your log is as it was\. Free some disk space, then try again\.$/
          : /^Latitude could not keep a copy of your log on this device first \(The transaction was aborted\)\. Nothing was replaced: your log is as it was\. Try again; if it fails again, restart the browser\.$/,
      );
      expect(fault.failures).toBe(1);
      expect(await logAsData()).toBe(before);
      expect(screen.queryByText(/^Replaced:/)).toBeNull();
      expect(await within(await copiesSection()).findByText(/No copies yet/)).toBeTruthy();
      expect(downloads).toEqual([]);
    },
  );

  it('a restore whose own copy cannot be kept does not start either', async () => {
    await applyBackupImport(db, previousLog(), { mode: 'merge' });
    const { env } = fakeSettingsEnv(db, { copies });
    render(<SettingsApp env={env} />);
    await replaceWith(await importedFile());
    await screen.findByText(/^Replaced:/);
    const replaced = await logAsData();

    fault.failNext({ failure: 'quota' });
    const section = await copiesSection();
    fireEvent.click(
      within((await within(section).findAllByRole('listitem'))[0]!).getByRole('button', { name: 'Restore' }),
    );
    fireEvent.click(
      within(await within(section).findByRole('alertdialog')).getByRole('button', { name: 'Restore this copy' }),
    );
    expect((await within(section).findByRole('alert')).textContent).toMatch(
      /^The browser has no storage space left for Latitude, so no copy of your log could be kept on this device first\. Nothing was restored: your log is as it was\./,
    );
    expect(await logAsData()).toBe(replaced);
    expect(await within(section).findAllByRole('listitem')).toHaveLength(1);
  });
});
