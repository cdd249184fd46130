import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { sha256Hex } from '../../domain/backup/checksum';
import { buildBackupFile } from '../../domain/backup/format';
import { canonicalJson } from '../../domain/backup/import-plan';
import { describeBackupProblem, openBackup, validateBackup } from '../../domain/backup/read-backup';
import type { BackupData, TableCounts } from '../../domain/backup/tables';
import { applyBackupImport, type ImportOutcome, LogChangedError, readAllTables } from './backup';
import { watchConnection } from '../connection';
import { isQuotaError } from '../errors';
import type { LatitudeDb } from '../database';

export const COPIES_DATABASE_NAME = 'latitude-copies';

/** How many copies are kept: older ones are deleted once a newer one is written and verified. */
export const COPIES_KEPT = 5;

/** The destructive operation a copy was taken before. A new one adds its reason here. */
export type CopyReason = 'before-replace' | 'before-restore';

/** What is known of a copy without reading its file: listed in Settings. */
export interface DeviceCopy {
  /** Grows with each copy, so the newest has the highest. */
  id: number;
  takenAt: string;
  reason: CopyReason;
  /** The log's database version, as in a backup file's header. */
  schemaVersion: number;
  appVersion: string;
  counts: TableCounts;
  /** Size of the file in UTF-8 bytes. */
  bytes: number;
  /** SHA-256 of the whole file, checked when it is read back. */
  sha256: string;
}

/** The copy itself: the text of a backup file (src/domain/backup/format.ts), byte for byte. */
interface CopyFile {
  id: number;
  text: string;
}

/**
 * Copies of the whole log, kept inside the extension before anything replaces it, in a database
 * of their own: a replace clears every table of the log, and a copy must survive that. Metadata
 * and files are separate tables, so listing the copies does not read megabytes of text.
 */
export class CopiesDb extends Dexie {
  copies!: EntityTable<DeviceCopy, 'id'>;
  files!: EntityTable<CopyFile, 'id'>;

  constructor(name = COPIES_DATABASE_NAME, options: DexieOptions = {}) {
    // Strict durability, as for the log (src/db/database.ts): a copy is verified before a replace
    // and must still be there after a crash during it.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled', ...options });
    watchConnection(this);
    this.version(1).stores({
      copies: '++id',
      files: 'id',
    });
  }
}

let instance: CopiesDb | undefined;

/** The shared instance for the extension's pages; tests make their own. */
export function deviceCopies(): CopiesDb {
  instance ??= new CopiesDb();
  return instance;
}

/** Why no copy could be kept, or a kept one cannot be used; the views say each in their words. */
export type CopyProblem = 'read-log' | 'write' | 'verify' | 'missing' | 'damaged';

export class CopyError extends Error {
  override name = 'CopyError';
  constructor(
    readonly problem: CopyProblem,
    readonly detail: string,
    override readonly cause?: unknown,
  ) {
    super(detail);
  }

  /** The browser refused the write for lack of space. */
  get quota(): boolean {
    return isQuotaError(this.cause);
  }
}

export interface CopyEnv {
  now: Date;
  appVersion: string;
}

export interface KeptCopy {
  copy: DeviceCopy;
  /** The log the copy holds, as read: a replace checks that the log is still this. */
  log: BackupData;
}

/**
 * Keeps a copy of the whole log on this device before a destructive operation: reads every table
 * in one transaction, writes them as a backup file to the copies database, reads it back and
 * compares its size and checksum, then deletes copies beyond the last five. Resolves only once the
 * copy is verified; otherwise throws a `CopyError` and leaves no partial copy behind. Any
 * operation that deletes or overwrites records in bulk calls this first.
 */
export async function keepCopy(
  log: LatitudeDb,
  copies: CopiesDb,
  reason: CopyReason,
  env: CopyEnv,
  /** Copies not to delete while pruning (one being restored). */
  spare: readonly number[] = [],
): Promise<KeptCopy> {
  let data: BackupData;
  try {
    data = await readAllTables(log);
  } catch (error) {
    throw new CopyError('read-log', messageOf(error), error);
  }
  const file = await buildBackupFile(data, {
    schemaVersion: log.verno,
    appVersion: env.appVersion,
    exportedAt: env.now,
  });
  const fields: Omit<DeviceCopy, 'id'> = {
    takenAt: env.now.toISOString(),
    reason,
    schemaVersion: log.verno,
    appVersion: env.appVersion,
    counts: file.counts,
    bytes: utf8Bytes(file.text),
    sha256: await sha256Hex(file.text),
  };
  let id: number;
  try {
    id = await copies.transaction('rw', copies.copies, copies.files, async () => {
      const added = await copies.copies.add(fields as DeviceCopy);
      await copies.files.add({ id: added, text: file.text });
      return added;
    });
  } catch (error) {
    throw new CopyError('write', messageOf(error), error);
  }
  const copy: DeviceCopy = { ...fields, id };
  try {
    await verifyCopy(copies, copy);
  } catch (error) {
    // A copy that does not read back as written is no copy: it must not be listed for Restore.
    await deleteCopies(copies, [id]).catch(() => undefined);
    throw error instanceof CopyError ? error : new CopyError('verify', messageOf(error), error);
  }
  // The copy is good whether or not older ones could be deleted; the next copy prunes again.
  await pruneCopies(copies, [id, ...spare]).catch(() => undefined);
  return { copy, log: data };
}

async function verifyCopy(copies: CopiesDb, expected: DeviceCopy): Promise<void> {
  const [meta, file] = await copies.transaction('r', copies.copies, copies.files, () =>
    Promise.all([copies.copies.get(expected.id), copies.files.get(expected.id)]),
  );
  if (!meta || !file) throw new CopyError('verify', 'the copy was not there when read back');
  if (canonicalJson(meta) !== canonicalJson(expected))
    throw new CopyError('verify', 'its description read back differently');
  if (utf8Bytes(file.text) !== expected.bytes || (await sha256Hex(file.text)) !== expected.sha256) {
    throw new CopyError('verify', 'its contents read back differently from what was written');
  }
}

/** Deletes all but the newest `COPIES_KEPT` copies, never those in `spare`. */
export async function pruneCopies(copies: CopiesDb, spare: readonly number[] = []): Promise<void> {
  const ids = await copies.copies.orderBy(':id').reverse().primaryKeys();
  const old = ids.slice(COPIES_KEPT).filter((id) => !spare.includes(id));
  if (old.length > 0) await deleteCopies(copies, old);
}

function deleteCopies(copies: CopiesDb, ids: number[]): Promise<void> {
  return copies.transaction('rw', copies.copies, copies.files, async () => {
    await copies.copies.bulkDelete(ids);
    await copies.files.bulkDelete(ids);
  });
}

/** The copies kept, newest first (descriptions only). */
export function listCopies(copies: CopiesDb): Promise<DeviceCopy[]> {
  return copies.copies.orderBy(':id').reverse().toArray();
}

/**
 * A copy's backup file as stored. It is not checked here, so that even a damaged copy can still be
 * downloaded (importing the file then says it was changed, and checks every record).
 */
export async function readCopyFile(copies: CopiesDb, id: number): Promise<{ copy: DeviceCopy; text: string }> {
  const [copy, file] = await copies.transaction('r', copies.copies, copies.files, () =>
    Promise.all([copies.copies.get(id), copies.files.get(id)]),
  );
  if (!copy || !file) throw new CopyError('missing', 'this copy is no longer kept on this device');
  return { copy, text: file.text };
}

export interface ReplaceAfterCopyOptions extends CopyEnv {
  reason: CopyReason;
  onProgress?: (done: number, total: number) => void;
  chunkSize?: number;
  /** Copies not to delete while pruning. */
  spare?: readonly number[];
  /** Copies taken and replaces tried, if the log keeps changing in another view meanwhile. */
  attempts?: number;
}

export interface ReplacedLog {
  outcome: ImportOutcome;
  /** The copy of the log as it was just before. */
  copy: DeviceCopy;
}

/**
 * Replaces the whole log with `data` once a verified copy of it is kept on this device. The
 * replace only goes ahead if the log is still exactly what was copied: something captured in
 * another view in between would be in neither, so then a new copy is taken and the replace tried
 * again. If no copy can be kept, nothing is replaced.
 */
export async function replaceAfterCopy(
  log: LatitudeDb,
  copies: CopiesDb,
  data: BackupData,
  options: ReplaceAfterCopyOptions,
): Promise<ReplacedLog> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt += 1) {
    const kept = await keepCopy(log, copies, options.reason, options, options.spare);
    try {
      const outcome = await applyBackupImport(log, data, {
        mode: 'replace',
        unchangedFrom: kept.log,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
      });
      return { outcome, copy: kept.copy };
    } catch (error) {
      if (!(error instanceof LogChangedError) || attempt >= attempts) throw error;
    }
  }
}

export interface RestoreOptions extends CopyEnv {
  onProgress?: (done: number, total: number) => void;
  chunkSize?: number;
  /** Yields between chunks while the copy's records are checked. */
  pause?: () => Promise<void>;
}

export interface RestoredCopy extends ReplacedLog {
  /** The copy now in the log. */
  restored: DeviceCopy;
}

/**
 * Puts a copy back as the whole log, through the same path as importing a backup with Replace:
 * the file is checked and its records validated (and upgraded, if an older version wrote them),
 * then a copy of the log as it is now is kept, so a restore can be undone the same way.
 */
export async function restoreCopy(
  log: LatitudeDb,
  copies: CopiesDb,
  id: number,
  options: RestoreOptions,
): Promise<RestoredCopy> {
  const { copy, text } = await readCopyFile(copies, id);
  if ((await sha256Hex(text)) !== copy.sha256) {
    throw new CopyError(
      'damaged',
      'Its checksum no longer matches what was written, so it was damaged on this device since. Nothing in your log was changed.',
    );
  }
  const supportedSchemaVersion = log.verno;
  const opened = await openBackup(text, { supportedSchemaVersion });
  if (!opened.ok) throw new CopyError('damaged', describeBackupProblem(opened.problem));
  const valid = await validateBackup(opened.backup, {
    supportedSchemaVersion,
    ...(options.pause ? { pause: options.pause } : {}),
    ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
  });
  if (!valid.ok) throw new CopyError('damaged', describeBackupProblem(valid.problem));
  const replaced = await replaceAfterCopy(log, copies, valid.data, {
    ...options,
    reason: 'before-restore',
    spare: [id],
  });
  return { ...replaced, restored: copy };
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** The first line of an error's message, without its full stop: Dexie adds the inner error's below. */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim().replace(/\.$/, '');
}
