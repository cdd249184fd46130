import type Dexie from 'dexie';
import { watchConnection } from '../../db/connection';
import { errorNames, innermostError, isQuotaError, noSpaceLeft } from '../../db/errors';

/**
 * Why a write to Latitude's storage failed, as the end of a sentence ("Not saved: …"), in words
 * that say what happened and what to do. The text being saved is always kept where it was typed
 * (and in the view's draft), so callers add that promise. With `db`, a connection closed for an
 * upgrade made elsewhere (src/db/connection.ts) is told apart from storage that cannot open.
 */
export function writeFailure(error: unknown, db?: Dexie): string {
  const names = errorNames(error);
  const message = innermostError(error)?.message.trim() ?? '';
  if (isQuotaError(error)) return noSpaceLeft({ midSentence: true });
  const outdated = db !== undefined && watchConnection(db).get().kind === 'outdated';
  const closedForUpgrade = names.has('DatabaseClosedError') && /version|upgrad/i.test(message);
  if (outdated || closedForUpgrade || names.has('VersionError') || names.has('VersionChangeError')) {
    return 'Latitude was updated in another window. Reload this view, then try again.';
  }
  if (names.has('AbortError')) return 'the browser stopped the write before it finished. Try again.';
  const cannotOpen = ['DatabaseClosedError', 'OpenFailedError', 'MissingAPIError', 'InvalidStateError'].some((name) =>
    names.has(name),
  );
  if (cannotOpen || /open|indexeddb|database/i.test(message)) {
    return 'Latitude cannot open its storage in this browser right now.';
  }
  // The browser's own words: Dexie's wrapper repeats them after its error's name.
  return message ? `${message.replace(/\.+$/, '')}.` : 'something went wrong.';
}
