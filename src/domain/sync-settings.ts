import * as z from 'zod/mini';
import type { SyncProblem } from './sync/problems';

/**
 * Sync's settings as kept on this device (src/browser/sync-settings-store.ts): where the WebDAV
 * server is and how to sign in. The app password is kept, as other WebDAV sync tools do; the
 * passphrase never is.
 */
const filled = z.string().check(z.minLength(1));
export const syncConfigSchema = z.object({ serverUrl: filled, username: filled, password: filled, folder: filled });
export type StoredSyncConfig = z.infer<typeof syncConfigSchema>;

/** A problem of this device rather than of the server: the browser no longer lets Latitude reach it. */
export type LocalSyncProblem = 'no-permission';

/** How the last sync round ended, for Settings; `failures` counts failed rounds in a row. */
export const lastSyncSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    at: z.string(),
    pulled: z.int().check(z.nonnegative()),
    pushed: z.int().check(z.nonnegative()),
    conflicts: z.int().check(z.nonnegative()),
  }),
  z.object({
    ok: z.literal(false),
    at: z.string(),
    problem: z.string(),
    message: z.string(),
    failures: z.int().check(z.positive()),
  }),
]);
export type LastSync = z.infer<typeof lastSyncSchema>;

export const SYNC_PASSPHRASE_MIN_LENGTH = 12;

export type SyncFormField = 'serverUrl' | 'username' | 'password' | 'folder' | 'passphrase' | 'passphraseAgain';
export type SyncForm = Record<SyncFormField, string>;
export type SyncFormErrors = Partial<Record<SyncFormField, string>>;

export const EMPTY_SYNC_FORM: SyncForm = {
  serverUrl: '',
  username: '',
  password: '',
  folder: 'Latitude',
  passphrase: '',
  passphraseAgain: '',
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Checks the server address; the normalised address (ending in `/`), or why it cannot be used. */
export function parseServerUrl(text: string): { ok: true; url: string } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'Enter the address of your WebDAV server.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: 'This is not a web address. It starts with https://, like https://cloud.example.org/.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'The address must start with https://.' };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return {
      ok: false,
      error:
        'Use an https:// address: over http:// your app password would cross the network readable by anyone on the way (http:// is accepted only for this computer, localhost or 127.0.0.1).',
    };
  }
  if (url.username || url.password) {
    return { ok: false, error: 'Put the user name and app password in their own fields, not in the address.' };
  }
  if (url.search || url.hash) return { ok: false, error: 'The address cannot contain ? or #.' };
  url.pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, url: url.href };
}

/** The folder as a path under the server address, without leading or trailing slashes. */
export function normaliseFolder(text: string): { ok: true; folder: string } | { ok: false; error: string } {
  const folder = text.trim().replace(/^\/+|\/+$/g, '');
  if (!folder) return { ok: false, error: 'Enter a folder name, for example Latitude.' };
  const segments = folder.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return { ok: false, error: 'The folder name cannot contain empty parts, . or .. .' };
  }
  if (/[\\?#%]|\p{Cc}/u.test(folder)) return { ok: false, error: 'The folder name cannot contain \\ ? # or %.' };
  return { ok: true, folder };
}

/** Checks a passphrase typed twice; the error of each field that is wrong. */
export function passphraseErrors(passphrase: string, again: string): { passphrase?: string; again?: string } {
  if (passphrase.length < SYNC_PASSPHRASE_MIN_LENGTH) {
    return {
      passphrase: `Choose a passphrase of at least ${SYNC_PASSPHRASE_MIN_LENGTH} characters; a few words you will remember work well.`,
    };
  }
  if (again !== passphrase) return { again: 'The two passphrases differ. Type the same one twice.' };
  return {};
}

/** Checks the whole form: the settings to use, or an error for each field to correct. */
export function validateSyncForm(
  form: SyncForm,
  { withPassphrase }: { withPassphrase: boolean },
): { ok: true; config: StoredSyncConfig } | { ok: false; errors: SyncFormErrors } {
  const errors: SyncFormErrors = {};
  const server = parseServerUrl(form.serverUrl);
  if (!server.ok) errors.serverUrl = server.error;
  if (!form.username.trim()) errors.username = 'Enter your user name on the server.';
  if (!form.password) errors.password = 'Enter the app password (or your password) for the server.';
  const folder = normaliseFolder(form.folder);
  if (!folder.ok) errors.folder = folder.error;
  if (withPassphrase) {
    const chosen = passphraseErrors(form.passphrase, form.passphraseAgain);
    if (chosen.passphrase) errors.passphrase = chosen.passphrase;
    if (chosen.again) errors.passphraseAgain = chosen.again;
  }
  if (!server.ok || !folder.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: { serverUrl: server.url, username: form.username.trim(), password: form.password, folder: folder.folder },
  };
}

/** The one origin sync needs host access to, as a match pattern (any port of that host). */
export function syncOriginPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Problems that go away by themselves (a network or a server down for a while, storage on this
 * device failing for a moment: `unexpected`, set by the sync service): tried again later.
 */
const RETRYABLE: ReadonlySet<string> = new Set<SyncProblem | 'unexpected'>([
  'offline',
  'timeout',
  'server-error',
  'conflict',
  'unexpected',
]);

export function isRetryableSyncProblem(problem: string): boolean {
  return RETRYABLE.has(problem);
}

export const SYNC_INTERVAL_MINUTES = 15;
const FIRST_RETRY_MINUTES = 1;
const LONGEST_RETRY_MINUTES = 60;

/**
 * Minutes until the next automatic round: every 15 minutes while all is well; after a problem that
 * goes away by itself, 1, 2, 4… minutes, up to an hour; after one only the user can fix (a wrong
 * password, a newer app), none: the next round waits for the user.
 */
export function nextSyncDelayMinutes(last: LastSync | undefined): number | undefined {
  if (!last || last.ok) return SYNC_INTERVAL_MINUTES;
  if (!isRetryableSyncProblem(last.problem)) return undefined;
  return Math.min(LONGEST_RETRY_MINUTES, FIRST_RETRY_MINUTES * 2 ** (last.failures - 1));
}

/** The last round in words, for Settings. */
export function describeLastSync(last: LastSync | undefined, locale = 'en'): string {
  if (!last) return 'Not synced yet.';
  const at = new Date(last.at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (!last.ok) return `Last sync failed (${at}): ${last.message}`;
  const changes =
    last.pulled === 0 && last.pushed === 0
      ? 'everything was already up to date'
      : `${count(last.pushed, 'change')} sent, ${count(last.pulled, 'change')} received`;
  const conflicts =
    last.conflicts > 0
      ? `; ${count(last.conflicts, 'entry was', 'entries were')} changed on two devices at once, both versions are kept in the log`
      : '';
  return `Last synced ${at}: ${changes}${conflicts}.`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
