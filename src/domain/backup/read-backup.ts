import { type Digest, sha256Hex } from './checksum';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAX_BYTES,
  type BackupHeader,
  backupHeaderSchema,
} from './format';
import { describeIssue, formatPath } from './issue-text';
import { type BackupData, isTableName, recordSchema, TABLE_NAMES, type TableName } from './tables';
import { type RawTables, upgradeRecords } from './upgrade-records';

/** Why a file cannot be imported at all. Each kind has its own message (describeBackupProblem). */
export type BackupProblem =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json'; detail: string }
  | { kind: 'unknown-format' }
  | { kind: 'newer-format'; formatVersion: number }
  | { kind: 'bad-format-version'; formatVersion: number }
  | { kind: 'newer-schema'; schemaVersion: number }
  | { kind: 'bad-header'; path: string; detail: string }
  | { kind: 'unknown-table'; table: string }
  | { kind: 'bad-record'; table: TableName; index: number; id: string | undefined; path: string; detail: string };

export interface CountMismatch {
  table: string;
  stated: number | undefined;
  actual: number;
}

/** Whether the file is as Latitude wrote it. An edited file may still be imported, on request. */
export type Integrity =
  | { kind: 'intact' }
  | { kind: 'edited'; checksumMatches: boolean; countMismatches: CountMismatch[] };

export interface OpenedBackup {
  header: Omit<BackupHeader, 'data'>;
  /** The records as found in the file, not yet validated. */
  tables: RawTables;
  integrity: Integrity;
}

export type OpenResult = { ok: true; backup: OpenedBackup } | { ok: false; problem: BackupProblem };

export type ValidateResult = { ok: true; data: BackupData } | { ok: false; problem: BackupProblem };

export interface ReadOptions {
  /** The database version of the running code: files from later versions are refused. */
  supportedSchemaVersion: number;
  subtle?: Digest;
}

/**
 * First half of an import: reads the envelope of a file and checks that it is a Latitude backup
 * this version can read, and whether it was edited. Never throws for any input text.
 */
export async function openBackup(text: string, options: ReadOptions): Promise<OpenResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail({ kind: 'not-json', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!isPlainObject(raw) || raw.format !== BACKUP_FORMAT) return fail({ kind: 'unknown-format' });
  // Checked before the rest of the header, whose shape a newer format may have changed.
  if (Number.isInteger(raw.formatVersion)) {
    const formatVersion = raw.formatVersion as number;
    if (formatVersion > BACKUP_FORMAT_VERSION) return fail({ kind: 'newer-format', formatVersion });
    if (formatVersion < 1) return fail({ kind: 'bad-format-version', formatVersion });
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail({ kind: 'bad-header', path: formatPath(issue.path), detail: describeIssue(issue, raw) });
  }
  // Read from the file itself: the parsed copy leaves out a key such as `__proto__`, which would
  // otherwise be dropped without a word. A table a later version renames must be known here by its
  // old name too, for its step in upgrade-records.ts.
  const unknownTable = Object.keys(raw.data as object).find((name) => !isTableName(name));
  if (unknownTable !== undefined) return fail({ kind: 'unknown-table', table: unknownTable });
  const { data, ...header } = parsed.data;
  if (header.schemaVersion > options.supportedSchemaVersion) {
    return fail({ kind: 'newer-schema', schemaVersion: header.schemaVersion });
  }
  // The checksum covers the data exactly as found, in the file's own key order.
  const checksumMatches = (await sha256Hex(JSON.stringify(raw.data), options.subtle)) === header.sha256;
  const countMismatches = [...new Set([...Object.keys(header.counts), ...Object.keys(data)])]
    .map((table) => ({
      table,
      stated: Object.hasOwn(header.counts, table) ? header.counts[table] : undefined,
      actual: Object.hasOwn(data, table) ? data[table]!.length : 0,
    }))
    .filter(({ stated, actual }) => stated !== actual);
  const integrity: Integrity =
    checksumMatches && countMismatches.length === 0
      ? { kind: 'intact' }
      : { kind: 'edited', checksumMatches, countMismatches };
  return { ok: true, backup: { header, tables: data, integrity } };
}

export interface ValidateOptions extends ReadOptions {
  onProgress?: (done: number, total: number) => void;
  /** Lets the page breathe between chunks, e.g. a promise that resolves on the next macrotask. */
  pause?: () => Promise<void>;
  chunkSize?: number;
}

/**
 * Second half: upgrades records from older schema versions, then checks every record against
 * today's schemas, in chunks. The first bad record refuses the whole file, named by table, index,
 * id and field path. Returns the records as the schemas normalise them (trimmed, unknown keys
 * dropped), ready to store.
 */
export async function validateBackup(backup: OpenedBackup, options: ValidateOptions): Promise<ValidateResult> {
  const tables = upgradeRecords(backup.tables, backup.header.schemaVersion, options.supportedSchemaVersion);
  const unknown = Object.keys(tables).find((name) => !isTableName(name));
  if (unknown !== undefined) return fail({ kind: 'unknown-table', table: unknown });

  const chunkSize = options.chunkSize ?? 1000;
  const total = TABLE_NAMES.reduce((sum, name) => sum + (tables[name]?.length ?? 0), 0);
  const data: Record<string, unknown[]> = {};
  let done = 0;
  options.onProgress?.(0, total);
  for (const table of TABLE_NAMES) {
    const records = tables[table] ?? [];
    const valid: unknown[] = [];
    const seen = new Map<string, number>();
    for (let index = 0; index < records.length; index += 1) {
      const record = records[index];
      const result = recordSchema(table, record).safeParse(record);
      const id = idOf(record);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        return fail({
          kind: 'bad-record',
          table,
          index,
          id,
          path: formatPath(issue.path),
          detail: describeIssue(issue, record),
        });
      }
      const first = id === undefined ? undefined : seen.get(id);
      if (first !== undefined) {
        return fail({
          kind: 'bad-record',
          table,
          index,
          id,
          path: 'id',
          detail: `the same id is used by the record at index ${first}`,
        });
      }
      if (id !== undefined) seen.set(id, index);
      valid.push(result.data);
      done += 1;
      if (done % chunkSize === 0) {
        options.onProgress?.(done, total);
        await options.pause?.();
      }
    }
    data[table] = valid;
  }
  options.onProgress?.(total, total);
  return { ok: true, data: data as BackupData };
}

function fail(problem: BackupProblem): { ok: false; problem: BackupProblem } {
  return { ok: false, problem };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(record: unknown): string | undefined {
  return isPlainObject(record) && typeof record.id === 'string' ? record.id : undefined;
}

const MB = 1024 * 1024;

/** What the person importing is told, in plain words; every refusal says that nothing changed. */
export function describeBackupProblem(problem: BackupProblem): string {
  const unchanged = 'Nothing in your log was changed.';
  switch (problem.kind) {
    case 'too-large':
      return `This file is too large to be a Latitude backup (${(problem.bytes / MB).toFixed(0)} MB; the limit is ${BACKUP_MAX_BYTES / MB} MB). ${unchanged}`;
    case 'not-json':
      return `This file is not a Latitude backup: it is not valid JSON (${problem.detail}). ${unchanged}`;
    case 'unknown-format':
      return `This file is not a Latitude backup: it does not say "format": "${BACKUP_FORMAT}". ${unchanged}`;
    case 'newer-format':
      return `This backup was made by a newer version of Latitude (backup format ${problem.formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION}). Update Latitude, then import it again. ${unchanged}`;
    case 'bad-format-version':
      return `This file is not a backup Latitude can read: it says "formatVersion": ${problem.formatVersion}, and Latitude's backup formats start at 1. Import a backup that Latitude exported, without editing its header. ${unchanged}`;
    case 'newer-schema':
      return `This backup was made by a newer version of Latitude (data version ${problem.schemaVersion}), and this version cannot read its records. Update Latitude, then import it again. ${unchanged}`;
    case 'bad-header':
      return `This backup's header is damaged: field "${problem.path}" ${problem.detail}. ${unchanged}`;
    case 'unknown-table':
      return `This backup has a table Latitude does not know, "${truncate(problem.table)}", so it was not imported. Remove that table from the file, or import a backup that Latitude exported. ${unchanged}`;
    case 'bad-record': {
      const id = problem.id === undefined ? 'without an id' : `id "${truncate(problem.id)}"`;
      const field = problem.path ? `field "${problem.path}"` : 'the record itself';
      return `This backup was not imported: in "${problem.table}", the record at index ${problem.index} (${id}) is not valid: ${field} ${problem.detail}. ${unchanged}`;
    }
  }
}

/** Why an edited file needs the user's go-ahead, said plainly. */
export function describeEditedFile(integrity: Extract<Integrity, { kind: 'edited' }>): string {
  const reasons: string[] = [];
  if (!integrity.checksumMatches) reasons.push('its checksum no longer matches its contents');
  for (const { table, stated, actual } of integrity.countMismatches) {
    reasons.push(`it says "${truncate(table)}" has ${stated ?? 'no'} records but holds ${actual}`);
  }
  return `This file was changed after Latitude exported it: ${reasons.join('; ')}. If you edited it on purpose, you can import it anyway: every record is still checked, and nothing is written unless all of them are valid.`;
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
