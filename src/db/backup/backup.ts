import Dexie from 'dexie';
import { areaNamer } from '../../domain/area';
import { buildBragDocument } from '../../domain/brag-document';
import { backupFilename, type BackupFile, buildBackupFile } from '../../domain/backup/format';
import { type ImportPlan, planImport } from '../../domain/backup/import-plan';
import { type BackupData, TABLE_NAMES, type TableName } from '../../domain/backup/tables';
import { hasFailedUpgrade } from '../connection';
import type { LatitudeDb } from '../database';
import { keepRevisions } from '../revisions';

export interface ExportEnv {
  now: Date;
  appVersion: string;
}

/**
 * Every table as stored, tombstones included, read in one transaction so the backup is a
 * consistent snapshot even while another view is capturing.
 */
export function readAllTables(db: LatitudeDb): Promise<BackupData> {
  return db.transaction(
    'r',
    TABLE_NAMES.map((name) => db.table(name)),
    async () => {
      const data = {} as Record<TableName, unknown[]>;
      for (const name of TABLE_NAMES) data[name] = await db.table(name).toArray();
      return data as BackupData;
    },
  );
}

/**
 * The backup file of the whole log. When the database cannot be opened at this code's version
 * because an upgrade failed, the log is still there at the previous version: it is read as stored
 * and exported with that version's number, so that nothing is ever out of reach.
 */
export async function exportBackup(db: LatitudeDb, env: ExportEnv): Promise<BackupFile> {
  let data: BackupData;
  try {
    data = await readAllTables(db);
  } catch (error) {
    if (!(await hasFailedUpgrade(db))) throw error;
    const stored = await readStoredTables(db);
    return buildBackupFile(stored.tables, {
      schemaVersion: stored.version,
      appVersion: env.appVersion,
      exportedAt: env.now,
    });
  }
  return buildBackupFile(data, { schemaVersion: db.verno, appVersion: env.appVersion, exportedAt: env.now });
}

/** The log as a Markdown brag document (see domain/brag-document.ts), the user's own areas named. */
export async function exportBragDocument(db: LatitudeDb, now: Date): Promise<{ text: string; filename: string }> {
  const { entries, areas } = await db.transaction('r', [db.entries, db.areas], async () => ({
    entries: await db.entries.toArray(),
    areas: await db.areas.toArray(),
  }));
  return {
    text: buildBragDocument(entries, now, { areaName: areaNamer(areas) }),
    filename: backupFilename('latitude-brag-document', now, 'md'),
  };
}

/**
 * Reads the database at whatever version is on disk, without declaring a schema: Dexie then opens
 * the stored version as it is and never upgrades. Used only to rescue a log an upgrade could not
 * convert; the records are returned exactly as stored.
 */
export async function readStoredTables(
  db: LatitudeDb,
): Promise<{ version: number; tables: Record<string, unknown[]> }> {
  const { indexedDB, IDBKeyRange } = db._options;
  const stored = new Dexie(db.name, { ...(indexedDB ? { indexedDB } : {}), ...(IDBKeyRange ? { IDBKeyRange } : {}) });
  try {
    await stored.open();
    const tables: Record<string, unknown[]> = {};
    await stored.transaction('r', stored.tables, async () => {
      for (const table of stored.tables) tables[table.name] = await table.toArray();
    });
    return { version: stored.verno, tables };
  } finally {
    stored.close();
  }
}

/** The dry run: how many records of a validated file are new, identical or conflicting. */
export function planBackupImport(db: LatitudeDb, data: BackupData): Promise<ImportPlan> {
  return db.transaction(
    'r',
    TABLE_NAMES.map((name) => db.table(name)),
    () => planWithin(db, data),
  );
}

/**
 * Reads only what the plan needs: every key of the table (keys only, one request), then the
 * stored records whose ids the file also holds. Importing into an empty or unrelated log reads no
 * records at all.
 */
async function planWithin(db: LatitudeDb, data: BackupData): Promise<ImportPlan> {
  // The tables are read side by side: one round trip to the store instead of one per table.
  const stored = await Promise.all(
    TABLE_NAMES.map(async (name) => {
      const table = db.table(name);
      const ids = data[name].map((record) => record.id);
      const keys = new Set<unknown>(await table.toCollection().primaryKeys());
      const shared = ids.filter((id) => keys.has(id));
      const records = shared.length > 0 ? await table.bulkGet(shared) : [];
      const byId = new Map<string, unknown>(shared.map((id, index) => [id, records[index]]));
      return ids.map((id) => byId.get(id));
    }),
  );
  const existing = {} as Record<TableName, unknown[]>;
  for (const [index, name] of TABLE_NAMES.entries()) existing[name] = stored[index]!;
  return planImport(data, existing);
}

export type ImportMode = 'merge' | 'replace';

export interface ImportOptions {
  mode: ImportMode;
  /**
   * For a replace: the log as its copy holds it (src/db/backup/copies.ts). The replace goes ahead only
   * if the log is still exactly this, checked inside its own transaction; otherwise it throws a
   * `LogChangedError` and changes nothing.
   */
  unchangedFrom?: BackupData;
  onProgress?: (done: number, total: number) => void;
  chunkSize?: number;
}

export interface ImportOutcome {
  mode: ImportMode;
  /** Records written. */
  added: number;
  /** For a merge: records left as they were (identical or conflicting). */
  kept: number;
}

/**
 * Writes a validated backup in one transaction over every table, in chunks so that progress can be
 * shown (all sent at once, see below): if anything fails (a full disk, a closed tab) the transaction aborts and the log is
 * exactly as before. A merge is planned again inside the transaction, so it only ever adds, even
 * if something was captured since the dry run. A replace clears every table first.
 */
export function applyBackupImport(db: LatitudeDb, data: BackupData, options: ImportOptions): Promise<ImportOutcome> {
  const chunkSize = options.chunkSize ?? 1000;
  return db.transaction(
    'rw',
    TABLE_NAMES.map((name) => db.table(name)),
    async () => {
      // A backup brings records back as they were saved, revisions included.
      keepRevisions();
      let toWrite = data;
      let kept = 0;
      if (options.mode === 'merge') {
        const plan = await planWithin(db, data);
        toWrite = plan.toAdd;
        kept = plan.total.identical + plan.total.conflicting;
      } else {
        if (options.unchangedFrom && !(await logIs(db, options.unchangedFrom))) throw new LogChangedError();
        for (const name of TABLE_NAMES) await db.table(name).clear();
      }
      const total = TABLE_NAMES.reduce((sum, name) => sum + toWrite[name].length, 0);
      let done = 0;
      options.onProgress?.(0, total);
      // Every chunk is handed to IndexedDB at once, as a bare bulk add would be: waiting for each
      // chunk before sending the next left the store idle between them. The chunks complete in the
      // order they were sent, and each one's completion is the progress shown.
      const writes: Promise<unknown>[] = [];
      for (const name of TABLE_NAMES) {
        const records = toWrite[name] as readonly unknown[];
        for (let start = 0; start < records.length; start += chunkSize) {
          const chunk = records.slice(start, start + chunkSize);
          writes.push(
            db
              .table(name)
              .bulkAdd(chunk)
              .then(() => {
                done += chunk.length;
                options.onProgress?.(done, total);
              }),
          );
        }
      }
      await Promise.all(writes);
      return { mode: options.mode, added: total, kept };
    },
  );
}

/** The log changed (in another view) after the copy a replace relies on was taken. */
export class LogChangedError extends Error {
  override name = 'LogChangedError';
  constructor() {
    super('The log changed in another view while it was being replaced.');
  }
}

/** Whether the log holds exactly `expected`, record for record, as read in the same order. */
async function logIs(db: LatitudeDb, expected: BackupData): Promise<boolean> {
  for (const name of TABLE_NAMES) {
    const table = db.table(name);
    if ((await table.count()) !== expected[name].length) return false;
  }
  for (const name of TABLE_NAMES) {
    if (JSON.stringify(await db.table(name).toArray()) !== JSON.stringify(expected[name])) return false;
  }
  return true;
}
