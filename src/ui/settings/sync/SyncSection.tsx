import { useEffect } from 'preact/hooks';
import { describeLastSync, type SyncFormField } from '../../../domain/sync-settings';
import { Field } from '../../kit/Field';
import type { PassphraseChangeField, SyncState } from './sync-state';

interface Props {
  state: SyncState;
}

const SERVER_FIELDS: {
  field: SyncFormField;
  label: string;
  secret?: boolean;
  hint?: string;
  autocomplete: string;
}[] = [
  {
    field: 'serverUrl',
    label: 'Server address',
    hint: 'Your WebDAV address. Nextcloud: Files → Settings (bottom left) → WebDAV, e.g. https://cloud.example.org/remote.php/dav/files/ana/',
    autocomplete: 'url',
  },
  { field: 'username', label: 'User name', autocomplete: 'username' },
  {
    field: 'password',
    label: 'App password',
    secret: true,
    hint: 'Make one for Latitude in your server’s security settings; it is kept on this device.',
    autocomplete: 'current-password',
  },
  { field: 'folder', label: 'Folder', hint: 'Created if missing.', autocomplete: 'off' },
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

interface InputProps {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  secret?: boolean;
  autocomplete: string;
  onInput: (value: string) => void;
}

function SyncInput({ id, label, hint, error, value, secret, autocomplete, onInput }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) =>
        secret ? (
          <input
            {...a11y}
            type="password"
            autocomplete={autocomplete}
            value={value}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
        ) : (
          <input
            {...a11y}
            type="text"
            autocomplete={autocomplete}
            spellcheck={false}
            value={value}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}

/** Settings → Sync: renders the sync state and calls its actions (src/ui/settings/sync/sync-state.ts). */
export function SyncSection({ state }: Props) {
  useEffect(() => state.start(), [state]);
  if (!state.loaded.value) return null;
  const config = state.config.value;
  const busy = state.busy.value;
  const last = state.last.value;
  // A round that just failed is said once, in the result line, as the alert.
  const failedRound = Boolean(last && !last.ok && state.failure.value === last.message);
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
      <p class={failedRound ? 'sync-last alert' : 'sync-last'} role={failedRound ? 'alert' : undefined}>
        {describeLastSync(last)}
      </p>

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
              <SyncInput
                key={field}
                id={`sync-${field}`}
                label={label}
                error={state.changeErrors.value[field]}
                value={state.change.value[field]}
                secret
                autocomplete={field === 'current' ? 'current-password' : 'new-password'}
                onInput={(value) => state.setChangeField(field, value)}
              />
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
          {SERVER_FIELDS.map(({ field, ...props }) => (
            <SyncInput
              key={field}
              id={`sync-${field}`}
              {...props}
              error={state.errors.value[field]}
              value={state.form.value[field]}
              onInput={(value) => state.setField(field, value)}
            />
          ))}
          <p class="callout" id="sync-passphrase-warning">
            Your passphrase encrypts the log before it leaves this device; nobody can read it without the passphrase,
            not even the server. <strong>A lost passphrase cannot be recovered</strong>, by anyone: keep it somewhere
            safe, and download the recovery kit once sync is on.
          </p>
          {PASSPHRASE_FIELDS.map(({ field, label }) => (
            <SyncInput
              key={field}
              id={`sync-${field}`}
              label={label}
              error={state.errors.value[field]}
              value={state.form.value[field]}
              secret
              autocomplete="new-password"
              onInput={(value) => state.setField(field, value)}
            />
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
      {state.failure.value && !failedRound && (
        <p class="alert" role="alert">
          {state.failure.value}
        </p>
      )}
    </section>
  );
}
