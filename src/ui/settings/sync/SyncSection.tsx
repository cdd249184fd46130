import { describeLastSync, type SyncFormField } from '../../../domain/sync-settings';
import { Field } from '../../kit/Field';
import type { PassphraseChangeField, SyncState } from './sync-state';

interface Props {
  state: SyncState;
}

const SERVER_FIELDS: {
  field: SyncFormField;
  label: string;
  type: 'url' | 'text' | 'password';
  hint?: string;
  autocomplete: string;
}[] = [
  {
    field: 'serverUrl',
    label: 'Server address',
    type: 'url',
    hint: 'Your WebDAV address. Nextcloud: Files → Settings (bottom left) → WebDAV, e.g. https://cloud.example.org/remote.php/dav/files/ana/',
    autocomplete: 'url',
  },
  { field: 'username', label: 'User name', type: 'text', autocomplete: 'username' },
  {
    field: 'password',
    label: 'App password',
    type: 'password',
    hint: 'Make one for Latitude in your server’s security settings; it is kept on this device.',
    autocomplete: 'current-password',
  },
  { field: 'folder', label: 'Folder', type: 'text', hint: 'Created if missing.', autocomplete: 'off' },
];

const PASSPHRASE_FIELDS: { field: SyncFormField; label: string }[] = [
  { field: 'passphrase', label: 'Passphrase' },
  { field: 'passphraseAgain', label: 'Passphrase again' },
];

const CHANGE_FIELDS: { field: PassphraseChangeField; label: string }[] = [
  { field: 'current', label: 'Current passphrase' },
  { field: 'next', label: 'New passphrase' },
  { field: 'nextAgain', label: 'New passphrase again' },
];

/** Settings → Sync: renders the sync state and calls its actions (src/ui/settings/sync/sync-state.ts). */
export function SyncSection({ state }: Props) {
  if (!state.loaded.value) return null;
  const config = state.config.value;
  const busy = state.busy.value;
  return (
    <section aria-labelledby="sync-heading" class="sync">
      <h2 id="sync-heading">Sync</h2>
      {config ? (
        <p>
          Sync is on with <strong>{new URL(config.serverUrl).host}</strong>, folder <strong>{config.folder}</strong>, as{' '}
          {config.username}. Entries are encrypted with your passphrase before they leave this device.
        </p>
      ) : (
        <p>
          Sync is off: nothing leaves this device. Turn it on to keep this log in step with your other browsers through
          your own WebDAV server (Nextcloud, ownCloud, or any other). Everything is encrypted on this device with your
          passphrase first; the server sees only file sizes and times.
        </p>
      )}
      <p class="sync-last">{describeLastSync(state.last.value)}</p>

      {config ? (
        <>
          <div class="actions">
            <button type="button" class="primary" disabled={Boolean(busy)} onClick={() => void state.syncNow()}>
              {busy === 'syncing' ? 'Syncing…' : 'Sync now'}
            </button>
            <button type="button" disabled={Boolean(busy)} onClick={() => void state.downloadRecoveryKit()}>
              Download recovery kit
            </button>
            <button type="button" class="danger" disabled={Boolean(busy)} onClick={() => void state.turnOff()}>
              Turn sync off
            </button>
          </div>
          <form
            class="sync-change"
            aria-labelledby="sync-change-heading"
            onSubmit={(event) => {
              event.preventDefault();
              void state.changePassphrase();
            }}
          >
            <h3 id="sync-change-heading">Change passphrase</h3>
            {CHANGE_FIELDS.map(({ field, label }) => (
              <Field key={field} id={`sync-${field}`} label={label} error={state.changeErrors.value[field]}>
                {(a11y) => (
                  <input
                    {...a11y}
                    type="password"
                    autocomplete={field === 'current' ? 'current-password' : 'new-password'}
                    value={state.change.value[field]}
                    onInput={(event) => state.setChangeField(field, event.currentTarget.value)}
                  />
                )}
              </Field>
            ))}
            <div class="actions">
              <button type="submit" disabled={Boolean(busy)}>
                Change passphrase
              </button>
            </div>
          </form>
        </>
      ) : (
        <form
          class="sync-form"
          aria-label="Sync settings"
          onSubmit={(event) => {
            event.preventDefault();
            void state.turnOn();
          }}
        >
          {SERVER_FIELDS.map(({ field, label, type, hint, autocomplete }) => (
            <Field key={field} id={`sync-${field}`} label={label} hint={hint} error={state.errors.value[field]}>
              {(a11y) => (
                <input
                  {...a11y}
                  type={type}
                  autocomplete={autocomplete}
                  spellcheck={false}
                  value={state.form.value[field]}
                  onInput={(event) => state.setField(field, event.currentTarget.value)}
                />
              )}
            </Field>
          ))}
          <p class="callout" id="sync-passphrase-warning">
            Your passphrase encrypts the log before it leaves this device; nobody can read it without the passphrase,
            not even the server. <strong>A lost passphrase cannot be recovered</strong>, by anyone: keep it somewhere
            safe, and download the recovery kit once sync is on.
          </p>
          {PASSPHRASE_FIELDS.map(({ field, label }) => (
            <Field key={field} id={`sync-${field}`} label={label} error={state.errors.value[field]}>
              {(a11y) => (
                <input
                  {...a11y}
                  type="password"
                  autocomplete="new-password"
                  value={state.form.value[field]}
                  onInput={(event) => state.setField(field, event.currentTarget.value)}
                />
              )}
            </Field>
          ))}
          <div class="actions">
            <button type="button" disabled={Boolean(busy)} onClick={() => void state.testConnection()}>
              {busy === 'testing' ? 'Testing…' : 'Test connection'}
            </button>
            <button type="submit" class="primary" disabled={Boolean(busy)}>
              {busy === 'turning-on' ? 'Turning sync on…' : 'Turn sync on'}
            </button>
          </div>
        </form>
      )}
      <p role="status" class="status-text">
        {state.notice.value}
      </p>
      {state.failure.value && (
        <p class="alert" role="alert">
          {state.failure.value}
        </p>
      )}
    </section>
  );
}
