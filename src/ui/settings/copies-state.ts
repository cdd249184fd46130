import { signal } from '@preact/signals';
import type { Download } from '../../browser/download';
import { LogChangedError } from '../../db/backup/backup';
import {
  COPIES_KEPT,
  type CopiesDb,
  CopyError,
  type DeviceCopy,
  listCopies,
  readCopyFile,
  restoreCopy,
  type RestoredCopy,
} from '../../db/backup/copies';
import type { LatitudeDb } from '../../db/database';
import { isQuotaError, noSpaceLeft } from '../../db/errors';
import { backupFilename } from '../../domain/backup/format';
import { TABLE_NAMES, type TableCounts } from '../../domain/backup/tables';

export { COPIES_KEPT, type CopyReason, type DeviceCopy } from '../../db/backup/copies';

/** The settings section's heading, which other messages point to. */
export const COPIES_HEADING = 'Copies kept on this device';

/** Where a restore stands: one screen of the copies section. */
export type CopiesStep =
  | { kind: 'idle' }
  | { kind: 'confirm'; copy: DeviceCopy; inLog: number }
  | { kind: 'restoring'; copy: DeviceCopy; done: number; total: number }
  | { kind: 'restored'; result: RestoredCopy }
  | { kind: 'downloaded'; filename: string }
  | { kind: 'failed'; message: string };

export interface CopiesDeps {
  db: LatitudeDb;
  copies: CopiesDb;
  download: Download;
  now: () => Date;
  appVersion: string;
  pause: () => Promise<void>;
  chunkSize?: number;
}

/**
 * Settings → Copies kept on this device, outside any component: Restore asks first, then puts the
 * copy back as the whole log (keeping a copy of the log as it is, so it can be undone the same
 * way); Download saves a copy as the backup file it is. No action throws: a failure ends in a
 * `failed` step with a message.
 */
export function createCopiesState(deps: CopiesDeps) {
  const step = signal<CopiesStep>({ kind: 'idle' });
  let busy = false;

  return {
    step,
    /** The copies kept, newest first, as a query for `useLiveQuery`. */
    list: () => listCopies(deps.copies),

    async askRestore(copy: DeviceCopy): Promise<void> {
      if (busy) return;
      try {
        const inLog = (await Promise.all(TABLE_NAMES.map((name) => deps.db.table(name).count()))).reduce(
          (a, b) => a + b,
          0,
        );
        step.value = { kind: 'confirm', copy, inLog };
      } catch (error) {
        step.value = { kind: 'failed', message: describeCopyFailure(error, 'restored') };
      }
    },

    async restore(): Promise<void> {
      const current = step.value;
      if (current.kind !== 'confirm' || busy) return;
      busy = true;
      const { copy } = current;
      step.value = { kind: 'restoring', copy, done: 0, total: totalOf(copy.counts) };
      try {
        const result = await restoreCopy(deps.db, deps.copies, copy.id, {
          now: deps.now(),
          appVersion: deps.appVersion,
          pause: deps.pause,
          ...(deps.chunkSize ? { chunkSize: deps.chunkSize } : {}),
          onProgress: (done, total) => {
            step.value = { kind: 'restoring', copy, done, total };
          },
        });
        step.value = { kind: 'restored', result };
      } catch (error) {
        step.value = { kind: 'failed', message: describeCopyFailure(error, 'restored') };
      } finally {
        busy = false;
      }
    },

    async download(copy: DeviceCopy): Promise<void> {
      try {
        const { text } = await readCopyFile(deps.copies, copy.id);
        const filename = copyFilename(copy);
        deps.download(new Blob([text], { type: 'application/json' }), filename);
        step.value = { kind: 'downloaded', filename };
      } catch (error) {
        step.value = { kind: 'failed', message: describeCopyFailure(error, 'downloaded') };
      }
    },

    cancel(): void {
      if (step.value.kind === 'confirm') step.value = { kind: 'idle' };
    },
  };
}

export type CopiesState = ReturnType<typeof createCopiesState>;

/** `latitude-copy-before-replace-2025-03-20-0900.json`: a backup file, named for when and why. */
export function copyFilename(copy: DeviceCopy): string {
  return backupFilename(`latitude-copy-${copy.reason}`, new Date(copy.takenAt), 'json');
}

export function totalOf(counts: TableCounts): number {
  return TABLE_NAMES.reduce((sum, name) => sum + (counts[name] ?? 0), 0);
}

/**
 * Why a replace, restore or download did not happen, said plainly with what to do. `what` is the
 * operation that did not take place; the log is unchanged in every case here.
 */
export function describeCopyFailure(error: unknown, what: 'replaced' | 'restored' | 'downloaded'): string {
  const unchanged = what === 'downloaded' ? '' : ` Nothing was ${what}: your log is as it was.`;
  if (error instanceof CopyError) {
    switch (error.problem) {
      case 'read-log':
        return `Latitude could not read your log to keep a copy of it first (${error.detail}).${unchanged} Reload this page and try again.`;
      case 'write':
        return error.quota
          ? noSpaceLeft({ so: 'no copy of your log could be kept on this device first', unchanged: unchanged.trim() })
          : `Latitude could not keep a copy of your log on this device first (${error.detail}).${unchanged} Try again; if it fails again, restart the browser.`;
      case 'verify':
        return `The copy of your log kept on this device did not read back as it was written (${error.detail}), so it was discarded.${unchanged} Try again; if it fails again, restart the browser.`;
      case 'missing':
        return `This copy is no longer kept on this device (only the last ${COPIES_KEPT} are kept).${unchanged}`;
      case 'damaged':
        // The detail is whole sentences, ending with what became of the log.
        return `This copy could not be restored. ${error.detail} Download it to keep what it holds.`;
    }
  }
  if (error instanceof LogChangedError) {
    return `Your log kept changing in another Latitude view (the popup, the side panel or another tab) while it was being ${what}.${unchanged} Close the other views, then try again.`;
  }
  if (isQuotaError(error) && what !== 'downloaded') {
    return noSpaceLeft({ unchanged: unchanged.trim() });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return what === 'downloaded'
    ? `The copy could not be read: ${detail}. Try again.`
    : `The ${what === 'replaced' ? 'replace' : 'restore'} stopped and nothing in your log was changed: ${detail}`;
}
