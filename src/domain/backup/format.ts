import * as z from 'zod/mini';
import { escapeBidiInJson } from '../bidi';
import { localDate, timestampSchema } from '../record';
import { type Digest, sha256Hex } from './checksum';
import { type BackupData, countRecords, TABLE_NAMES, type TableCounts } from './tables';

/**
 * A Latitude backup is one JSON file, meant to be readable and editable by hand:
 *
 * ```json
 * {
 *   "format": "latitude-backup",
 *   "formatVersion": 1,
 *   "schemaVersion": 1,
 *   "appVersion": "0.1.0",
 *   "exportedAt": "2025-03-12T13:30:00.000Z",
 *   "counts": { "entries": 2, "people": 0, "conversations": 0, "actionItems": 0 },
 *   "sha256": "…",
 *   "data": { "entries": [ … ], "people": [], "conversations": [], "actionItems": [] }
 * }
 * ```
 *
 * `formatVersion` is the layout of this envelope; `schemaVersion` is the database version the
 * records were written by (records from older versions are upgraded on import, see
 * upgrade-records.ts). `sha256` is the checksum of `JSON.stringify(data)`: parsing and
 * re-serialising a file keeps its key order, so reformatting the whitespace keeps it valid while
 * any change to a value does not.
 */
export const BACKUP_FORMAT = 'latitude-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Files above this are refused before reading: ten thousand entries take about 6 MB. */
export const BACKUP_MAX_BYTES = 256 * 1024 * 1024;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.int().check(z.positive()),
  schemaVersion: z.int().check(z.positive()),
  appVersion: z.string().check(z.maxLength(100)),
  exportedAt: timestampSchema,
  counts: z.record(z.string(), z.int().check(z.nonnegative())),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'Expected 64 lowercase hex digits')),
  // Records are checked one at a time afterwards, so that a bad one can be named precisely.
  data: z.record(z.string(), z.array(z.unknown())),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export interface BackupMeta {
  /** The database version that wrote the records (Dexie's `verno`). */
  schemaVersion: number;
  appVersion: string;
  exportedAt: Date;
}

export interface BackupFile {
  text: string;
  filename: string;
  counts: TableCounts;
}

/** Records are serialised in a fixed table order, so equal logs give byte-equal payloads. */
export function orderedData(data: { [table: string]: readonly unknown[] }): Record<string, readonly unknown[]> {
  const ordered: Record<string, readonly unknown[]> = {};
  for (const name of TABLE_NAMES) ordered[name] = data[name] ?? [];
  return ordered;
}

/** The backup of a whole log, with its checksum. */
export async function buildBackupFile(
  data: BackupData | { [table: string]: readonly unknown[] },
  meta: BackupMeta,
  subtle?: Digest,
): Promise<BackupFile> {
  const payload = orderedData(data);
  const counts = countRecords(payload as BackupData);
  const sha256 = await sha256Hex(JSON.stringify(payload), subtle);
  const file = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt.toISOString(),
    counts,
    sha256,
    data: payload,
  };
  return {
    // Bidi controls are written as escapes (`\u202e`): the file cannot read reordered in an editor,
    // and parses to the same strings, so the checksum and every record round-trip exactly.
    text: escapeBidiInJson(JSON.stringify(file, null, 2)),
    filename: backupFilename('latitude-backup', meta.exportedAt, 'json'),
    counts,
  };
}

/** `latitude-backup-2025-03-12-1430.json`, in local time, so a day's backups sort and differ. */
export function backupFilename(stem: string, at: Date, extension: string): string {
  const time = `${String(at.getHours()).padStart(2, '0')}${String(at.getMinutes()).padStart(2, '0')}`;
  return `${stem}-${localDate(at)}-${time}.${extension}`;
}
