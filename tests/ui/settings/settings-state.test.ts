import type { LatitudeDb } from '../../../src/db/database';
import { emptyBackupData } from '../../../src/domain/backup/tables';
import { createSettingsState } from '../../../src/ui/settings/settings-state';
import { applyBackupImport } from '../../../src/db/backup/backup';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeEntry } from '../../fixtures/db/records';
import { fakeSettingsEnv, fakeStorageManager } from '../../fixtures/settings-env';
import { testView } from '../../fixtures/view-drafts';

let db: LatitudeDb;
beforeEach(() => {
  db = isolatedDb();
});
afterEach(() => db.close());

function settings(overrides: Parameters<typeof fakeSettingsEnv>[1] = {}) {
  const fake = fakeSettingsEnv(db, overrides);
  return { ...fake, state: createSettingsState(fake.env, testView('settings').views) };
}

describe('createSettingsState: export', () => {
  it('exportBackup downloads the whole log, says what it saved and remembers when', async () => {
    await applyBackupImport(db, { ...emptyBackupData(), entries: [makeEntry(1), makeEntry(2)] }, { mode: 'merge' });
    const { state, downloads } = settings();
    await state.export.load();
    expect(state.export.lastBackup.value).toEqual({});

    await state.export.exportBackup();

    expect(state.export.status.value).toMatchObject({ kind: 'backup-saved', counts: { entries: 2 } });
    expect(downloads.map((d) => d.filename)).toEqual([expect.stringMatching(/^latitude-backup-.*\.json$/)]);
    expect(state.export.lastBackup.value).toEqual({ lastExportAt: '2025-03-20T09:00:00.000Z' });
  });

  it('exportMarkdown saves the brag document and leaves the last backup as it was', async () => {
    const { state, downloads } = settings();
    await state.export.exportMarkdown();
    expect(state.export.status.value).toEqual({ kind: 'markdown-saved' });
    expect(downloads.map((d) => d.filename)).toEqual([expect.stringMatching(/^latitude-brag-document-.*\.md$/)]);
    expect(state.export.lastBackup.value).toEqual({});
  });

  it('a failed export says why and throws nothing', async () => {
    const { state } = settings({
      download: () => {
        throw new Error('Downloads are blocked');
      },
    });
    await state.export.exportBackup();
    expect(state.export.status.value).toEqual({ kind: 'failed', message: 'Downloads are blocked' });
  });
});

describe('createSettingsState: storage', () => {
  it('load asks for persistent storage once, then reads the status', async () => {
    const storageManager = fakeStorageManager({ usage: 2_000_000, quota: 10_000_000 });
    const { state } = settings({ storageManager });
    await Promise.all([state.storageStatus.load(), state.storageStatus.load()]);
    expect(storageManager.persistCalls).toBe(1);
    expect(state.storageStatus.status.value).toEqual({ persisted: true, usage: 2_000_000, quota: 10_000_000 });
  });
});

describe('createSettingsState: reminders', () => {
  it('toggle on asks for the permission, saves, and says when the next reminder is', async () => {
    const { state, env, permissionRequests } = settings();
    await state.reminders.load();
    expect(state.reminders.reminder.value?.enabled).toBe(false);

    await state.reminders.toggle(true);

    expect(permissionRequests).toEqual(['notifications']);
    expect(await env.reminders.read()).toMatchObject({ enabled: true });
    // 2025-03-20 is a Thursday; the default reminder is Friday at 16:00.
    expect(state.reminders.nextAt()?.getDay()).toBe(5);
  });

  it('a permission refused leaves the reminder off and says so', async () => {
    const { state, env } = settings({ grant: false });
    await state.reminders.load();
    await state.reminders.toggle(true);
    expect(state.reminders.notice.value).toEqual({ kind: 'denied' });
    expect(await env.reminders.read()).toMatchObject({ enabled: false });
  });

  it('change saves the day or time; a failed write says why', async () => {
    const { state, env } = settings();
    await state.reminders.load();
    await state.reminders.change({ weekday: 1, time: '09:30' });
    expect(await env.reminders.read()).toMatchObject({ weekday: 1, time: '09:30' });

    env.reminders.write = () => Promise.reject(new Error('storage is full'));
    await state.reminders.change({ weekday: 2 });
    expect(state.reminders.notice.value).toEqual({ kind: 'failed', message: 'storage is full' });
  });

  it('a setting that cannot be read says so', async () => {
    const { state } = settings({
      reminders: { read: () => Promise.reject(new Error('gone')), write: async () => undefined } as never,
    });
    await state.reminders.load();
    expect(state.reminders.notice.value).toEqual({ kind: 'unreadable', message: 'gone' });
  });
});

describe('createSettingsState: roles and copies', () => {
  it('lists the roles and the copies kept, through the queries the sections watch', async () => {
    const { state } = settings();
    state.roles.form.update({ title: 'Staff engineer', areas: ['coding'], from: '2024-01-01' });
    expect(await state.roles.form.save()).toBeUndefined();
    expect((await state.roles.listRoles()).map((role) => role.title)).toEqual(['Staff engineer']);
    expect(await state.copies.list()).toEqual([]);
  });
});
