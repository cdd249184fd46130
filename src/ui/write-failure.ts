import type Dexie from 'dexie';
import { watchConnection } from '../db/connection';

/**
 * Why a write to Latitude's storage failed, as the end of a sentence ("Not saved: …"), in words
 * that say what happened and what to do. The text being saved is always kept where it was typed
 * (and in the view's draft), so callers add that promise. With `db`, a connection closed for an
 * upgrade made elsewhere (src/db/connection.ts) is told apart from storage that cannot open.
 */
export function writeFailure(error: unknown, db?: Dexie): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : '';
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'the browser has no storage space left for Latitude.';
  }
  const outdated = db !== undefined && watchConnection(db).get().kind === 'outdated';
  if (outdated || name === 'VersionError' || (name === 'DatabaseClosedError' && /version|upgrad/i.test(message))) {
    return 'Latitude was updated in another window. Reload this view, then try again.';
  }
  if (name === 'AbortError' || /abort/i.test(message)) {
    return 'the browser stopped the write before it finished. Try again.';
  }
  if (/open|indexeddb|database/i.test(`${name} ${message}`)) {
    return 'Latitude cannot open its storage in this browser.';
  }
  const said = message.trim().replace(/\.+$/, '');
  return said ? `${said}.` : 'something went wrong.';
}
