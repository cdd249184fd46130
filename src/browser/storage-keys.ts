/**
 * Every key Latitude keeps outside IndexedDB, in one place: `storage.local` (shared by every
 * context of the extension, the background included), the extension origin's `localStorage`
 * (shared by its pages) and `sessionStorage` (one page). Each is spelled here and nowhere else in
 * src/ (tests/architecture/conventions.test.ts checks it), so two features never share a key by
 * accident and a renamed key is renamed everywhere. A key that was ever released is never reused
 * for another meaning: an old value would be read as the new one.
 */

// storage.local

/** The backup bookkeeping: last export, first run (src/browser/backup-state.ts). */
export const BACKUP_STATE_KEY = 'latitude:backup';
/** The weekly "What did you win this week?" reminder's settings (src/browser/logging-reminder-store.ts). */
export const LOGGING_REMINDER_KEY = 'latitude:logging-reminder';
/** One key per address-bar line too long to be an entry, `<prefix><id>` (src/browser/omnibox-overflow.ts). */
export const OMNIBOX_OVERFLOW_PREFIX = 'latitude:omnibox-overflow:';

/** Sync's settings: server, user, app password, folder; never the passphrase (src/browser/sync-settings-store.ts). */
export const SYNC_CONFIG_KEY = 'latitude:sync:config';
/** How the last sync round ended, shown in Settings → Sync (src/browser/sync-settings-store.ts). */
export const SYNC_LAST_KEY = 'latitude:sync:last';

// localStorage

/** A view's draft, `<prefix><surface>:<viewId>:<name>`, until its write commits (src/browser/view-drafts.ts). */
export const DRAFT_PREFIX = 'latitude:draft:';
/** An open view's lease, `<prefix><surface>:<viewId>`, renewed while it is open (src/browser/view-drafts.ts). */
export const VIEW_LEASE_PREFIX = 'latitude:view:';
/** The person last picked in the side panel (src/browser/last-person-store.ts). */
export const LAST_PERSON_KEY = 'latitude:sidepanel:person';
/** Where earlier versions kept each surface's one capture draft; a new view adopts it (src/browser/view-drafts.ts). */
export const LEGACY_DRAFT_KEYS: Readonly<Record<string, Record<string, string>>> = {
  popup: { capture: 'latitude:draft:popup' },
  sidepanel: { capture: 'latitude:draft:sidepanel' },
};

// sessionStorage

/** This page's view id, `<prefix><surface>`, so a reload keeps its drafts (src/browser/view-drafts.ts). */
export const VIEW_ID_PREFIX = 'latitude:view-id:';

// Not storage, but the same namespace: a name the benchmark reads back.

/** The User Timing measure of each log search query (src/ui/log/entry-search.ts, scripts/bench/search.ts). */
export const SEARCH_MEASURE = 'latitude:search';
/** The message a page sends the background to ask for a sync round (src/browser/sync-messages.ts). */
export const SYNC_NOW_MESSAGE = 'latitude:sync-now';
/** The message a page sends the background after writing to the log, which wakes it to sync (src/browser/sync-messages.ts). */
export const SYNC_LOCAL_CHANGE_MESSAGE = 'latitude:local-change';
