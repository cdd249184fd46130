import * as z from 'zod/mini';
import { timestampSchema } from './record';

/** What Latitude remembers about backups, in the extension's storage (not in the log itself). */
export const backupStateSchema = z.object({
  /** When the user last exported a backup from this browser. */
  lastExportAt: z.optional(timestampSchema),
  /** When Latitude was installed (or first saw this state): the clock starts here before any export. */
  firstRunAt: z.optional(timestampSchema),
  /** When `navigator.storage.persist()` was asked for, so that it is asked once. */
  persistRequestedAt: z.optional(timestampSchema),
});

export type BackupState = z.infer<typeof backupStateSchema>;

export const BACKUP_REMINDER_DAYS = 7;
export const BACKUP_REMINDER_ENTRIES = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Since when unsaved entries are counted: the last export, or the first run if there was none. */
export function backupBaseline(state: BackupState): string | undefined {
  return state.lastExportAt ?? state.firstRunAt;
}

/**
 * A gentle reminder is due when the last backup (or the first run) is more than a week old and at
 * least ten entries were added since: little enough to ignore for a light user, often enough that
 * a lost browser profile never costs more than a few weeks of notes.
 */
export function isBackupDue(baseline: string | undefined, entriesSince: number, now: Date): boolean {
  return isBackupOld(baseline, now) && entriesSince >= BACKUP_REMINDER_ENTRIES;
}

/** Whether the last backup (or the first run) is over a week old: until then, nothing is counted. */
export function isBackupOld(baseline: string | undefined, now: Date): baseline is string {
  return baseline !== undefined && now.getTime() - Date.parse(baseline) > BACKUP_REMINDER_DAYS * DAY_MS;
}

/** Whole days since `baseline`, for the reminder's wording. */
export function daysSince(baseline: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(baseline)) / DAY_MS);
}
