import { signal } from '@preact/signals';
import { applyBackupImport, type ImportMode, type ImportOutcome, planBackupImport } from '../../db/backup/backup';
import { type CopiesDb, type DeviceCopy, replaceAfterCopy } from '../../db/backup/copies';
import type { LatitudeDb } from '../../db/database';
import { isQuotaError, noSpaceLeft } from '../../db/errors';
import { BACKUP_MAX_BYTES } from '../../domain/backup/format';
import type { ImportPlan } from '../../domain/backup/import-plan';
import {
  type BackupProblem,
  describeBackupProblem,
  describeEditedFile,
  type OpenedBackup,
  openBackup,
  validateBackup,
} from '../../domain/backup/read-backup';
import { type BackupData, TABLE_NAMES } from '../../domain/backup/tables';
import { describeCopyFailure } from './copies-state';

/** Where an import stands; each step is one screen of the import panel. */
export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'edited'; fileName: string; message: string }
  | { kind: 'checking'; fileName: string; done: number; total: number }
  | { kind: 'review'; fileName: string; plan: ImportPlan; edited: boolean; inLog: number }
  | { kind: 'confirm-replace'; fileName: string; plan: ImportPlan; inLog: number; inFile: number }
  | { kind: 'keeping-copy' }
  | { kind: 'writing'; mode: ImportMode; done: number; total: number }
  | { kind: 'done'; outcome: ImportOutcome; copy?: DeviceCopy }
  | { kind: 'failed'; message: string };

export interface ImportDeps {
  db: LatitudeDb;
  /** Where a copy of the log is kept before Replace (src/db/backup/copies.ts). */
  copies: CopiesDb;
  readFile: (file: File) => Promise<string>;
  now: () => Date;
  appVersion: string;
  /** Yields to the event loop between chunks, so the page stays responsive on large files. */
  pause: () => Promise<void>;
  /** Records checked, then written, between two progress updates (1000 by default). */
  chunkSize?: number;
}

/**
 * The import flow, outside any component: read and validate the whole file first (refusing it
 * with a reason on the first bad record), ask before importing a file that was edited, show the
 * dry run, then write everything in one transaction. No step throws: every failure ends in a
 * `refused` or `failed` step with a message, and the log is untouched unless the final write
 * committed.
 */
export function createImportState(deps: ImportDeps) {
  const step = signal<ImportStep>({ kind: 'idle' });
  const supportedSchemaVersion = deps.db.verno;
  let opened: OpenedBackup | undefined;
  let validated: BackupData | undefined;
  // Each action takes a ticket; a slower earlier action that finishes late must not overwrite a
  // newer one's screen (say, a file chosen again while the first is still being checked).
  let ticket = 0;

  function refuse(fileName: string, problem: BackupProblem) {
    step.value = { kind: 'refused', fileName, message: describeBackupProblem(problem) };
  }

  async function guarded(action: (isCurrent: () => boolean) => Promise<void>): Promise<void> {
    const mine = ++ticket;
    const isCurrent = () => mine === ticket;
    try {
      await action(isCurrent);
    } catch (error) {
      if (isCurrent()) step.value = { kind: 'failed', message: describeFailure(error) };
    }
  }

  async function check(backup: OpenedBackup, fileName: string, edited: boolean, isCurrent: () => boolean) {
    const result = await validateBackup(backup, {
      supportedSchemaVersion,
      pause: deps.pause,
      chunkSize: deps.chunkSize ?? 1000,
      onProgress: (done, total) => {
        if (isCurrent()) step.value = { kind: 'checking', fileName, done, total };
      },
    });
    if (!isCurrent()) return;
    if (!result.ok) {
      refuse(fileName, result.problem);
      return;
    }
    const plan = await planBackupImport(deps.db, result.data);
    const inLog = await countLog(deps.db);
    if (!isCurrent()) return;
    validated = result.data;
    step.value = { kind: 'review', fileName, plan, edited, inLog };
  }

  async function write(mode: ImportMode, isCurrent: () => boolean): Promise<ImportOutcome> {
    const data = validated!;
    return applyBackupImport(deps.db, data, {
      mode,
      chunkSize: deps.chunkSize ?? 1000,
      onProgress: (done, total) => {
        if (isCurrent()) step.value = { kind: 'writing', mode, done, total };
      },
    });
  }

  return {
    step,

    chooseFile(file: File): Promise<void> {
      return guarded(async (isCurrent) => {
        opened = undefined;
        validated = undefined;
        if (file.size > BACKUP_MAX_BYTES) {
          refuse(file.name, { kind: 'too-large', bytes: file.size });
          return;
        }
        step.value = { kind: 'reading', fileName: file.name };
        const text = await deps.readFile(file);
        if (!isCurrent()) return;
        const result = await openBackup(text, { supportedSchemaVersion });
        if (!isCurrent()) return;
        if (!result.ok) {
          refuse(file.name, result.problem);
          return;
        }
        opened = result.backup;
        if (result.backup.integrity.kind === 'edited') {
          step.value = { kind: 'edited', fileName: file.name, message: describeEditedFile(result.backup.integrity) };
          return;
        }
        await check(result.backup, file.name, false, isCurrent);
      });
    },

    /** The user read that the file was edited and wants it anyway: it is validated like any other. */
    importAnyway(): Promise<void> {
      const current = step.value;
      if (current.kind !== 'edited' || !opened) return Promise.resolve();
      const backup = opened;
      return guarded((isCurrent) => check(backup, current.fileName, true, isCurrent));
    },

    /** The default: add the new records, change nothing that exists. */
    merge(): Promise<void> {
      if (step.value.kind !== 'review' || !validated) return Promise.resolve();
      return guarded(async (isCurrent) => {
        const outcome = await write('merge', isCurrent);
        if (isCurrent()) step.value = { kind: 'done', outcome };
      });
    },

    askReplace(): void {
      const current = step.value;
      if (current.kind !== 'review' || !validated) return;
      const inFile = TABLE_NAMES.reduce((sum, name) => sum + validated![name].length, 0);
      step.value = {
        kind: 'confirm-replace',
        fileName: current.fileName,
        plan: current.plan,
        inLog: current.inLog,
        inFile,
      };
    },

    /**
     * Replaces the whole log with the file, once a copy of the log as it is has been written and
     * verified on this device; if no copy can be kept, nothing is replaced.
     */
    replace(): Promise<void> {
      if (step.value.kind !== 'confirm-replace' || !validated) return Promise.resolve();
      const data = validated;
      const mine = ++ticket;
      const isCurrent = () => mine === ticket;
      step.value = { kind: 'keeping-copy' };
      return replaceAfterCopy(deps.db, deps.copies, data, {
        reason: 'before-replace',
        now: deps.now(),
        appVersion: deps.appVersion,
        chunkSize: deps.chunkSize ?? 1000,
        onProgress: (done, total) => {
          if (isCurrent()) step.value = { kind: 'writing', mode: 'replace', done, total };
        },
      }).then(
        ({ outcome, copy }) => {
          if (isCurrent()) step.value = { kind: 'done', outcome, copy };
        },
        (error: unknown) => {
          if (isCurrent()) step.value = { kind: 'failed', message: describeCopyFailure(error, 'replaced') };
        },
      );
    },

    cancel(): void {
      ticket += 1;
      opened = undefined;
      validated = undefined;
      step.value = { kind: 'idle' };
    },
  };
}

export type ImportState = ReturnType<typeof createImportState>;

async function countLog(db: LatitudeDb): Promise<number> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => db.table(name).count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

function describeFailure(error: unknown): string {
  if (isQuotaError(error)) return noSpaceLeft({ so: 'nothing was imported' });
  const detail = error instanceof Error ? error.message : String(error);
  return `The import stopped and nothing in your log was changed: ${detail}`;
}
