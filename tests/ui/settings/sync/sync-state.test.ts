import { describeSyncProblem } from '../../../../src/domain/sync/problems';
import { createSyncState } from '../../../../src/ui/settings/sync/sync-state';
import { memorySyncFolder, syncStateDeps } from '../../../fixtures/sync-settings';

const PASSPHRASE = 'correct horse battery staple';
const SERVER = 'https://cloud.example.org/remote.php/dav/files/ana';

function device(folder = memorySyncFolder(), grant = true) {
  const setup = syncStateDeps({ engine: folder.engine, syncOnce: folder.syncOnce, grant });
  const state = createSyncState(setup.deps);
  state.start();
  return { ...setup, state, folder };
}

function fillIn(state: ReturnType<typeof createSyncState>, passphrase = PASSPHRASE, again = passphrase) {
  state.setField('serverUrl', SERVER);
  state.setField('username', 'ana');
  state.setField('password', 'app-password');
  state.setField('folder', '/Latitude/');
  state.setField('passphrase', passphrase);
  state.setField('passphraseAgain', again);
}

describe('Settings → Sync: the state', () => {
  it('says what to correct in each field, and asks for no access, when the form is incomplete', async () => {
    const { state, permission } = device();
    state.setField('serverUrl', 'http://cloud.example.org/');
    state.setField('folder', '../up');
    state.setField('passphrase', 'short');
    await state.turnOn();
    expect(state.errors.value).toEqual({
      serverUrl: expect.stringContaining('Use an https:// address'),
      username: 'Enter your user name on the server.',
      password: 'Enter the app password (or your password) for the server.',
      folder: 'The folder name cannot contain empty parts, . or .. .',
      passphrase: expect.stringContaining('at least 12 characters'),
    });
    expect(state.failure.value).toBe('Some fields need correcting before Latitude can reach the server.');
    expect(permission.requests).toEqual([]);

    state.setField('passphrase', PASSPHRASE);
    state.setField('passphraseAgain', `${PASSPHRASE}!`);
    await state.turnOn();
    expect(state.errors.value.passphrase).toBeUndefined();
    expect(state.errors.value.passphraseAgain).toBe('The two passphrases differ. Type the same one twice.');
  });

  it('turns sync on: asks for that one server at once, starts the folder, keeps the settings, runs the first round', async () => {
    const { state, permission, settings } = device();
    fillIn(state);
    const done = state.turnOn();
    // Asked synchronously, within the click.
    expect(permission.requests).toEqual(['https://cloud.example.org/*']);
    await done;
    expect(state.failure.value).toBe('');
    expect(await settings.readConfig()).toEqual({
      serverUrl: `${SERVER}/`,
      username: 'ana',
      password: 'app-password',
      folder: 'Latitude',
    });
    expect(state.config.value?.folder).toBe('Latitude');
    expect(state.notice.value).toMatch(/^Sync is on, and this device started the folder\. Download the recovery kit/);
    expect(state.last.value).toMatchObject({ ok: true, pulled: 2, pushed: 3 });
    // The passphrase is never kept, in storage or in the form.
    expect(state.form.value.passphrase).toBe('');
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain(PASSPHRASE);
    expect(permission.granted).toEqual(new Set(['https://cloud.example.org/*']));
  });

  it('refuses a wrong passphrase on a second device: sync stays off and host access is given back', async () => {
    const folder = memorySyncFolder();
    // Another device started the folder.
    folder.folder.passphrase = PASSPHRASE;

    const second = device(folder);
    fillIn(second.state, 'not the passphrase at all');
    await second.state.turnOn();
    expect(second.state.failure.value).toBe(describeSyncProblem('wrong-passphrase'));
    expect(second.state.config.value).toBeUndefined();
    expect(second.permission.granted.size).toBe(0);

    fillIn(second.state);
    await second.state.turnOn();
    expect(second.state.notice.value).toBe('Sync is on: this device joined the folder.');
  });

  it('says so, and reaches nothing, when the browser is not allowed to reach the server', async () => {
    const { state, folder } = device(memorySyncFolder(), false);
    fillIn(state);
    await state.turnOn();
    expect(state.failure.value).toBe(
      'The browser did not let Latitude reach cloud.example.org, so nothing was sent. Sync stays off.',
    );
    expect(folder.folder.passphrase).toBeUndefined();
    expect(state.config.value).toBeUndefined();
  });

  it('tests the connection without turning sync on, and gives host access back afterwards', async () => {
    const folder = memorySyncFolder();
    const { state, permission } = device(folder);
    fillIn(state);
    await state.testConnection();
    expect(state.notice.value).toMatch(/^Connected\. The folder is empty/);
    expect(permission.requests).toEqual(['https://cloud.example.org/*']);
    expect(permission.granted.size).toBe(0);

    state.setField('password', 'wrong');
    await state.testConnection();
    expect(state.failure.value).toBe(describeSyncProblem('unauthorized'));
  });

  it('shows every round’s result, including those the background runs by itself', async () => {
    const folder = memorySyncFolder();
    const { state, settings } = device(folder);
    fillIn(state);
    await state.turnOn();
    await settings.writeLast({
      ok: false,
      at: '2025-03-20T10:00:00.000Z',
      problem: 'offline',
      message: describeSyncProblem('offline'),
      failures: 1,
    });
    await vi.waitFor(() => expect(state.last.value).toMatchObject({ ok: false, problem: 'offline' }));

    folder.folder.problem = 'storage-full';
    await state.syncNow();
    expect(state.failure.value).toBe(describeSyncProblem('storage-full'));
    expect(state.last.value).toMatchObject({ ok: false, problem: 'storage-full', failures: 2 });
  });

  it('downloads a recovery kit that names the server and folder', async () => {
    const { state, downloads } = device();
    fillIn(state);
    await state.turnOn();
    await state.downloadRecoveryKit();
    expect(downloads.map((file) => file.filename)).toEqual(['latitude-recovery-kit-2025-03-20.txt']);
    expect(await downloads[0]!.text()).toContain('Folder: Latitude');
    expect(state.notice.value).toMatch(/It does not hold your passphrase/);
  });

  it('changes the passphrase only with the current one, and the new one typed twice', async () => {
    const { state, folder } = device();
    fillIn(state);
    await state.turnOn();
    state.setChangeField('next', 'a new long passphrase');
    state.setChangeField('nextAgain', 'a new long passphrase?');
    await state.changePassphrase();
    expect(state.changeErrors.value).toEqual({
      current: 'Enter the passphrase you use now.',
      next: undefined,
      nextAgain: 'The two passphrases differ. Type the same one twice.',
    });

    state.setChangeField('current', 'guessing wrongly here');
    state.setChangeField('nextAgain', 'a new long passphrase');
    await state.changePassphrase();
    expect(state.failure.value).toBe(describeSyncProblem('wrong-passphrase'));

    state.setChangeField('current', PASSPHRASE);
    await state.changePassphrase();
    expect(state.notice.value).toMatch(/^Passphrase changed\./);
    expect(folder.folder.passphrase).toBe('a new long passphrase');
    expect(state.change.value).toEqual({ current: '', next: '', nextAgain: '' });
  });

  it('turns sync off: forgets the key and the settings, gives host access back, keeps the form for next time', async () => {
    const { state, folder, settings, permission } = device();
    fillIn(state);
    await state.turnOn();
    await state.turnOff();
    expect(folder.folder.keyHeld).toBe(false);
    expect(await settings.readConfig()).toBeUndefined();
    expect(await settings.readLast()).toBeUndefined();
    expect(permission.granted.size).toBe(0);
    expect(state.notice.value).toMatch(/^Sync is off\. Your log stays on this device/);
    expect(state.form.value.serverUrl).toBe(SERVER);
  });
});
