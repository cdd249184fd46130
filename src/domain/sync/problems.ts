/** Everything that can stop a sync round, each with one plain sentence and what to do about it. */
export const SYNC_PROBLEMS = [
  'offline',
  'timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'server-error',
  'storage-full',
  'wrong-passphrase',
  'tampered',
  'not-latitude',
  'newer-app',
  'damaged',
  'not-set-up',
] as const;

export type SyncProblem = (typeof SYNC_PROBLEMS)[number];

const WORDS: Record<SyncProblem, string> = {
  offline:
    'The sync server could not be reached. Check your connection and the server address; sync tries again later.',
  timeout: 'The sync server took too long to answer. Sync tries again later; if it keeps happening, check the server.',
  unauthorized: 'The server refused the user name or app password. Check them in Settings → Sync.',
  forbidden:
    'The server does not allow this account to write in that folder. Check the folder and its sharing settings.',
  'not-found': 'The server address or folder was not found. Check the server address and the folder name.',
  conflict:
    'Another device was writing to the sync folder at the same time. Nothing was lost; sync tries again shortly.',
  'server-error': 'The sync server had an error. Nothing was changed on this device; sync tries again later.',
  'storage-full': 'The sync server is out of space. Free some space on it; nothing was changed on this device.',
  'wrong-passphrase': 'That passphrase does not open this sync folder. Nothing was written; try again.',
  tampered:
    'A file in the sync folder was changed by something other than Latitude, or damaged. Nothing was changed on this device; restore the folder from the server’s backup or sync into a new folder.',
  'not-latitude': 'That folder holds files from another app. Choose an empty folder, or one Latitude already syncs to.',
  'newer-app': 'This sync folder was written by a newer version of Latitude. Update Latitude on this device to sync.',
  damaged:
    'A file in the sync folder is incomplete or unreadable. Nothing was changed on this device; sync tries again later.',
  'not-set-up': 'Sync is not set up on this device. Turn it on in Settings → Sync with your passphrase.',
};

export function describeSyncProblem(problem: SyncProblem): string {
  return WORDS[problem];
}

export function isSyncProblem(value: unknown): value is SyncProblem {
  return typeof value === 'string' && (SYNC_PROBLEMS as readonly string[]).includes(value);
}
