import * as z from 'zod/mini';
import { timestampSchema } from '../record';
import { TABLE_NAMES } from '../backup/tables';
import type { SyncProblem } from './problems';

/**
 * The files Latitude keeps in a sync folder (docs/sync.md). The key file is plain JSON (it holds
 * only the wrapped data key and how to derive the key that unwraps it); every other file is
 * encrypted, and decrypts to one of the JSON documents below.
 *
 * `formatVersion` is the layout of these files; `schemaVersion` is the database version that wrote
 * the records (Dexie's `verno`). An app meeting a larger number of either refuses the folder
 * (`newer-app`) and changes nothing.
 */
export const SYNC_APP = 'latitude' as const;
export const SYNC_FORMAT_VERSION = 1;
export const KEY_FILE_NAME = 'latitude-sync.json';
export const MANIFEST_FILE_NAME = 'manifest.bin';
export const CHANGES_FOLDER = 'changes';
export const SNAPSHOTS_FOLDER = 'snapshots';
/** PBKDF2-SHA-256 iterations for new key files (OWASP's 2023 advice); fewer are refused. */
export const KDF_ITERATIONS = 600_000;

/** A random file id: 128 bits as hex. File names are these ids and say nothing else. */
export const fileIdSchema = z.string().check(z.regex(/^[0-9a-f]{32}$/));
const base64Schema = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/), z.maxLength(1000));

export const keyFileSchema = z.object({
  app: z.literal(SYNC_APP),
  kind: z.literal('sync-key'),
  formatVersion: z.int().check(z.positive()),
  folderId: z.uuid(),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(KDF_ITERATIONS), z.lte(100_000_000)),
    salt: base64Schema,
  }),
  /** The data key, AES-GCM-encrypted with the passphrase's key; the folder id is its additional data. */
  wrappedKey: z.object({ iv: base64Schema, data: base64Schema }),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

/** A vector clock: how many versions of a record each device (by id) has written. */
export const clockSchema = z.record(z.string().check(z.regex(/^[0-9a-f]{32}$/)), z.int().check(z.positive()));
export type Clock = z.infer<typeof clockSchema>;

/** One version of one record. The record itself is checked against its table's schema on reading. */
export const versionSchema = z.object({
  table: z.enum(TABLE_NAMES as [string, ...string[]]),
  clock: clockSchema,
  record: z.looseObject({ id: z.string() }),
});

const envelopeFields = {
  app: z.literal(SYNC_APP),
  formatVersion: z.int().check(z.positive()),
  schemaVersion: z.int().check(z.positive()),
  id: fileIdSchema,
  createdAt: timestampSchema,
};

/** What one device pushed in one round: the records it changed since its previous round. */
export const changeSetSchema = z.object({
  ...envelopeFields,
  kind: z.literal('changes'),
  device: fileIdSchema,
  versions: z.array(versionSchema),
});

/** The whole log as of a compaction, replacing the change sets it `covers` (listed in the manifest). */
export const snapshotSchema = z.object({
  ...envelopeFields,
  kind: z.literal('snapshot'),
  versions: z.array(versionSchema),
});

/** Which snapshot is current, and which change sets it already holds. Guarded by its ETag. */
export const manifestSchema = z.object({
  ...envelopeFields,
  kind: z.literal('manifest'),
  snapshot: z.nullable(fileIdSchema),
  covers: z.array(fileIdSchema),
});

export type ChangeSet = z.infer<typeof changeSetSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: SyncProblem };

/**
 * Reads one sync document: something that is not Latitude's is `not-latitude` (key file) or
 * `tampered` (an encrypted file that decrypted, so it was written with the key, yet is not ours);
 * a newer layout or schema is `newer-app`; a document of ours that does not fit is `damaged`.
 */
export function parseSyncDocument<T>(
  schema: z.ZodMiniType<T>,
  raw: unknown,
  kind: string,
  knownSchemaVersion: number,
): Parsed<T> {
  const head = raw as { app?: unknown; kind?: unknown; formatVersion?: unknown; schemaVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.app !== SYNC_APP || head.kind !== kind) {
    return { ok: false, problem: kind === 'sync-key' ? 'not-latitude' : 'tampered' };
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > SYNC_FORMAT_VERSION) {
    return { ok: false, problem: 'newer-app' };
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > knownSchemaVersion) {
    return { ok: false, problem: 'newer-app' };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: 'damaged' };
}
