import { keepRevisions } from '../db/revisions';
import type { LatitudeDb } from '../db/database';
import { recordSchema, TABLE_NAMES, type TableName } from '../domain/backup/tables';
import {
  BACKUP_RECORD_UPGRADES,
  type RawTables,
  type RecordsUpgrade,
  upgradeRecords,
} from '../domain/backup/upgrade-records';
import {
  CHANGES_FOLDER,
  type ChangeSet,
  changeSetSchema,
  KEY_FILE_NAME,
  type KeyFile,
  keyFileSchema,
  MANIFEST_FILE_NAME,
  type Manifest,
  manifestSchema,
  parseSyncDocument,
  SNAPSHOTS_FOLDER,
  SYNC_APP,
  SYNC_FORMAT_VERSION,
  type Snapshot,
  snapshotSchema,
} from '../domain/sync/format';
import {
  addVersions,
  canonicalJson,
  compareClocks,
  joinClocks,
  mergeHeads,
  recordKey,
  resolveHeads,
  type SyncRecord,
  type Version,
} from '../domain/sync/merge';
import { describeSyncProblem, type SyncProblem } from '../domain/sync/problems';
import { createKeyFile, decryptJson, encryptJson, randomFileId, rewrapKeyFile, unwrapDataKey } from './crypto';
import { forgetDataKey, loadDataKey, saveDataKey } from './key-store';
import { loadSyncState, type SyncState, type SyncTag, saveSyncState } from './sync-state';
import { createWebDav, type DavOptions, SyncError, type WebDav } from './webdav';

export type { SyncProblem } from '../domain/sync/problems';
export { describeSyncProblem } from '../domain/sync/problems';

/**
 * One sync round against the database, and turning sync on and off (docs/sync.md).
 *
 * A round reads everything new in the folder first and checks it (decrypts, authenticates, validates
 * every record), then pushes this device's changes as a new change set, and only then writes the
 * merged records, in one transaction with `keepRevisions()`. Any failure before that leaves the
 * local log as it was.
 */
export interface SyncConfig {
  serverUrl: string;
  username: string;
  password: string;
  folder: string;
}

export type SyncFailure = { ok: false; problem: SyncProblem; message: string };

export interface SyncOutcome {
  ok: true;
  at: string;
  pulled: number;
  pushed: number;
  conflicts: number;
}

export interface EngineOptions {
  /** Another IndexedDB than the global one for the key and the sync state (tests: two devices). */
  indexedDB?: IDBFactory;
  dav?: DavOptions;
  /** Change sets in the folder above which a round compacts them into a snapshot. */
  compactAfter?: number;
  /** The steps that bring older records up to this schema; a backup import's by default (tests pass others). */
  recordUpgrades?: Readonly<Partial<Record<number, RecordsUpgrade>>>;
}

const COMPACT_AFTER = 32;
/** Change sets read at once. */
const PARALLEL_READS = 6;

function failure(problem: SyncProblem): SyncFailure {
  return { ok: false, problem, message: describeSyncProblem(problem) };
}

async function guarded<T>(run: () => Promise<T>): Promise<T | SyncFailure> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SyncError) return failure(error.problem);
    throw error;
  }
}

const davOf = (config: SyncConfig, options: EngineOptions) => createWebDav(config, options.dav);

async function readKeyFile(dav: WebDav): Promise<{ keyFile: KeyFile; etag: string | undefined } | undefined> {
  const file = await dav.get(KEY_FILE_NAME);
  if (!file) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(file.data));
  } catch {
    throw new SyncError('not-latitude');
  }
  const parsed = parseSyncDocument(keyFileSchema, raw, 'sync-key', Number.POSITIVE_INFINITY);
  if (!parsed.ok) throw new SyncError(parsed.problem);
  return { keyFile: parsed.value, etag: file.etag };
}

async function folderState(dav: WebDav): Promise<'empty' | 'latitude'> {
  const entries = await dav.list();
  if (!entries || entries.length === 0) return 'empty';
  if (!entries.some((entry) => entry.name === KEY_FILE_NAME)) throw new SyncError('not-latitude');
  await readKeyFile(dav);
  return 'latitude';
}

/** Whether the server, account and folder work, and whether the folder is empty or Latitude's. */
export function testConnection(
  config: SyncConfig,
  options: EngineOptions = {},
): Promise<{ ok: true; folderState: 'empty' | 'latitude' } | SyncFailure> {
  return guarded(async () => ({ ok: true as const, folderState: await folderState(davOf(config, options)) }));
}

/**
 * Turns sync on: an empty folder gets a new key file (a random data key wrapped by the
 * passphrase); a Latitude folder's key is unwrapped, and a wrong passphrase writes nothing. The data
 * key is kept in the key store for later rounds.
 */
export function connect(
  config: SyncConfig,
  passphrase: string,
  options: EngineOptions = {},
): Promise<{ ok: true; created: boolean } | SyncFailure> {
  return guarded(async () => {
    const dav = davOf(config, options);
    if ((await folderState(dav)) === 'latitude') {
      const { keyFile } = (await readKeyFile(dav))!;
      const key = await unwrapDataKey(keyFile, passphrase);
      if (!key) return failure('wrong-passphrase');
      await saveDataKey(key, keyFile.folderId, options.indexedDB);
      return { ok: true as const, created: false };
    }
    await dav.ensureFolder();
    await dav.ensureFolder(`${CHANGES_FOLDER}/`);
    await dav.ensureFolder(`${SNAPSHOTS_FOLDER}/`);
    const { keyFile, dataKey } = await createKeyFile(passphrase);
    const text = new TextEncoder().encode(`${JSON.stringify(keyFile, null, 2)}\n`);
    await dav.put(KEY_FILE_NAME, text, { ifNoneMatch: '*' });
    await saveDataKey(dataKey, keyFile.folderId, options.indexedDB);
    return { ok: true as const, created: true };
  });
}

/** Re-wraps the folder's data key with a new passphrase; no other file is written again. */
export function changePassphrase(
  config: SyncConfig,
  oldPassphrase: string,
  newPassphrase: string,
  options: EngineOptions = {},
): Promise<{ ok: true } | SyncFailure> {
  return guarded(async () => {
    const dav = davOf(config, options);
    const found = await readKeyFile(dav);
    if (!found) return failure('not-set-up');
    const rewrapped = await rewrapKeyFile(found.keyFile, oldPassphrase, newPassphrase);
    if (!rewrapped) return failure('wrong-passphrase');
    const text = new TextEncoder().encode(`${JSON.stringify(rewrapped, null, 2)}\n`);
    await dav.put(KEY_FILE_NAME, text, found.etag ? { ifMatch: found.etag } : { ifNoneMatch: '*' });
    return { ok: true as const };
  });
}

/** Turning sync off: the data key leaves this device (the folder keeps everything). */
export function forgetKey(options: EngineOptions = {}): Promise<void> {
  return forgetDataKey(options.indexedDB);
}

/** What the user needs to set sync up again on a new device. Never the passphrase. */
export async function recoveryKit(config: SyncConfig, now: Date): Promise<{ fileName: string; text: string }> {
  const day = now.toISOString().slice(0, 10);
  const text = [
    'Latitude sync: recovery kit',
    `Made on ${day}.`,
    '',
    'To sync another device, or this one again, open Settings → Sync and enter:',
    `  Server address: ${config.serverUrl}`,
    `  Folder: ${config.folder}`,
    `  User name: ${config.username}`,
    '  App password: the one you created for Latitude on your server (it is not in this kit).',
    '  Passphrase: the one you chose (it is not in this kit, and it is stored nowhere).',
    '',
    'Everything in the folder is encrypted with your passphrase. If you lose the passphrase, the',
    'synced copy cannot be recovered by anyone, not even by you; the log on each device stays as it',
    'is. Keep the passphrase somewhere safe, for example in a password manager.',
    '',
  ].join('\n');
  return { fileName: `latitude-sync-recovery-kit-${day}.txt`, text };
}

/** Everything new in the folder since this device's last round, checked. */
interface Pulled {
  manifest: Manifest | undefined;
  manifestEtag: string | undefined;
  snapshot: Snapshot | undefined;
  changes: ChangeSet[];
  /** Change set ids in the folder (covered or not). */
  listed: string[];
}

async function readSealed<T>(
  dav: WebDav,
  key: CryptoKey,
  path: string,
  schema: Parameters<typeof parseSyncDocument<T>>[0],
  kind: string,
  reader: Reader,
): Promise<{ value: T; etag: string | undefined } | undefined> {
  const file = await dav.get(path);
  if (!file) return undefined;
  const raw = await decryptJson(key, path, file.data);
  if (raw === undefined) throw new SyncError(file.data.length < 64 ? 'damaged' : 'tampered');
  const parsed = parseSyncDocument(schema, raw, kind, reader.schemaVersion);
  if (!parsed.ok) throw new SyncError(parsed.problem);
  const document = parsed.value as { schemaVersion?: number; versions?: Version[] };
  if (document.versions) upgradeVersions(document.versions, document.schemaVersion ?? reader.schemaVersion, reader);
  for (const version of document.versions ?? []) {
    if (!recordSchema(version.table, version.record).safeParse(version.record).success) {
      throw new SyncError('damaged');
    }
  }
  return { value: parsed.value, etag: file.etag };
}

/** This app's schema version, and the steps that bring records of an older one up to it. */
interface Reader {
  schemaVersion: number;
  upgrades: Readonly<Partial<Record<number, RecordsUpgrade>>>;
}

/**
 * Records written by an older schema go through the same steps as a backup file of that version
 * (src/domain/backup/upgrade-records.ts), in place; a step that adds or drops records is refused.
 */
function upgradeVersions(versions: Version[], fromVersion: number, reader: Reader): void {
  if (fromVersion >= reader.schemaVersion || versions.length === 0) return;
  const tables: RawTables = {};
  for (const version of versions) {
    const records = tables[version.table] ?? [];
    records.push(version.record);
    tables[version.table] = records;
  }
  const upgraded = upgradeRecords(tables, fromVersion, reader.schemaVersion, reader.upgrades);
  const next = new Map(Object.entries(upgraded).map(([table, records]) => [table, records[Symbol.iterator]()]));
  for (const version of versions) {
    const record = next.get(version.table)?.next();
    if (!record || record.done) throw new SyncError('damaged');
    version.record = record.value as SyncRecord;
  }
  if ([...next.values()].some((rest) => !rest.next().done)) throw new SyncError('damaged');
}

const changePath = (id: string) => `${CHANGES_FOLDER}/${id}.bin`;
const snapshotPath = (id: string) => `${SNAPSHOTS_FOLDER}/${id}.bin`;

async function pull(dav: WebDav, key: CryptoKey, state: SyncState, reader: Reader): Promise<Pulled> {
  // A change set can vanish between listing and reading when another device compacts: read again.
  for (let attempt = 0; ; attempt++) {
    const manifestFile = await readSealed(dav, key, MANIFEST_FILE_NAME, manifestSchema, 'manifest', reader);
    const manifest = manifestFile?.value;
    const covered = new Set(manifest?.covers ?? []);
    let snapshot: Snapshot | undefined;
    if (manifest?.snapshot && manifest.snapshot !== state.snapshot) {
      const path = snapshotPath(manifest.snapshot);
      snapshot = (await readSealed(dav, key, path, snapshotSchema, 'snapshot', reader))?.value;
      if (!snapshot && attempt < 2) continue;
      if (!snapshot) throw new SyncError('damaged');
    }
    const listed = ((await dav.list(`${CHANGES_FOLDER}/`)) ?? [])
      .map((entry) => /^([0-9a-f]{32})\.bin$/.exec(entry.name)?.[1])
      .filter((id): id is string => id !== undefined);
    const unseen = listed.filter((id) => !covered.has(id) && !state.seen.has(id));
    const changes: ChangeSet[] = [];
    let vanished = false;
    // A few at a time: one round trip per change set adds up on a distant server.
    for (let start = 0; start < unseen.length && !vanished; start += PARALLEL_READS) {
      const reads = await Promise.all(
        unseen
          .slice(start, start + PARALLEL_READS)
          .map((id) => readSealed(dav, key, changePath(id), changeSetSchema, 'changes', reader)),
      );
      for (const read of reads) {
        if (read) changes.push(read.value);
        else vanished = true;
      }
    }
    if (vanished && attempt < 2) continue;
    return { manifest, manifestEtag: manifestFile?.etag, snapshot, changes, listed };
  }
}

type LocalRecords = Map<string, { table: TableName; record: SyncRecord }>;

async function readLocal(db: LatitudeDb): Promise<LocalRecords> {
  const local: LocalRecords = new Map();
  await db.transaction('r', TABLE_NAMES, async () => {
    for (const table of TABLE_NAMES) {
      for (const record of (await db.table(table).toArray()) as SyncRecord[]) {
        local.set(recordKey(table, record.id), { table, record });
      }
    }
  });
  return local;
}

const tagOf = (key: string, record: SyncRecord, clock: Version['clock']): SyncTag => ({
  key,
  rev: record.rev ?? 0,
  updatedAt: record.updatedAt,
  clock,
});

const isChanged = (record: SyncRecord, tag: SyncTag | undefined) =>
  !tag || tag.rev !== (record.rev ?? 0) || tag.updatedAt !== record.updatedAt;

/** The plan of one round: what to push, what to write locally, and the tags after it. */
function plan(local: LocalRecords, remote: Version[], state: SyncState) {
  const push: Version[] = [];
  const heads = new Map<string, Version>();
  for (const [key, { table, record }] of local) {
    const tag = state.tags.get(key);
    if (isChanged(record, tag)) {
      state.counter += 1;
      const version = { table, record, clock: { ...tag?.clock, [state.device]: state.counter } };
      push.push(version);
      heads.set(key, version);
    } else heads.set(key, { table, record, clock: tag!.clock });
  }
  const writes = new Map<string, { table: TableName; record: SyncRecord }>();
  const tags = new Map<string, SyncTag>(
    push.map((version) => [
      recordKey(version.table, version.record.id),
      tagOf(recordKey(version.table, version.record.id), version.record, version.clock),
    ]),
  );
  let conflicts = 0;
  for (const [key, remoteHeads] of addVersions(new Map(), remote)) {
    const mine = heads.get(key);
    const tag = state.tags.get(key);
    // Purged here (an old tombstone) and nothing newer elsewhere: leave it gone.
    if (
      !mine &&
      tag &&
      remoteHeads.every(
        (head) =>
          compareClocks(head.clock, tag.clock) !== 'after' && compareClocks(head.clock, tag.clock) !== 'concurrent',
      )
    )
      continue;
    const all = mergeHeads(mine ? [mine] : [], remoteHeads);
    if (mine && all.length === 1 && all[0] === mine) continue;
    const { winner, copies } = resolveHeads(all);
    const clock = all.map((head) => head.clock).reduce(joinClocks);
    if (!mine || canonicalJson(winner.record) !== canonicalJson(mine.record)) writes.set(key, winner);
    tags.set(key, tagOf(key, winner.record, clock));
    for (const copy of copies) {
      const copyKey = recordKey('entries', copy.id);
      if (local.has(copyKey) || writes.has(copyKey)) continue;
      writes.set(copyKey, { table: 'entries', record: copy });
      tags.set(copyKey, tagOf(copyKey, copy, {}));
      conflicts += 1;
    }
  }
  return { push, writes, tags, conflicts };
}

/**
 * Writes the merged records in one transaction, as they are (revisions included), one bulk read
 * and one bulk write per table. A record that changed on this device while the round ran is left
 * alone: it is pushed and merged next round.
 */
async function writeLocal(
  db: LatitudeDb,
  local: LocalRecords,
  writes: Map<string, { table: TableName; record: SyncRecord }>,
  tags: Map<string, SyncTag>,
): Promise<void> {
  const byTable = new Map<TableName, { key: string; record: SyncRecord }[]>();
  for (const [key, { table, record }] of writes) {
    const list = byTable.get(table) ?? [];
    list.push({ key, record });
    byTable.set(table, list);
  }
  await db.transaction('rw', TABLE_NAMES, async () => {
    keepRevisions();
    for (const [table, list] of byTable) {
      const stored = (await db.table(table).bulkGet(list.map(({ record }) => record.id))) as (SyncRecord | undefined)[];
      const unchanged = list.filter(({ key }, index) => {
        const before = local.get(key)?.record;
        const now = stored[index];
        if ((before?.rev ?? -1) === (now?.rev ?? -1) && before?.updatedAt === now?.updatedAt) return true;
        tags.delete(key);
        return false;
      });
      await db.table(table).bulkPut(unchanged.map(({ record }) => record));
    }
  });
}

/** Replaces the change sets the manifest does not cover yet by one snapshot of this device's log. */
async function compact(
  dav: WebDav,
  key: CryptoKey,
  db: LatitudeDb,
  state: SyncState,
  pulled: Pulled,
  ownChange: string | undefined,
  now: Date,
): Promise<void> {
  const local = await readLocal(db);
  const versions: Version[] = [];
  for (const [recordKeyOf, { table, record }] of local) {
    const tag = state.tags.get(recordKeyOf);
    if (tag && !isChanged(record, tag)) versions.push({ table, record, clock: tag.clock });
  }
  const id = randomFileId();
  const envelope = {
    app: SYNC_APP,
    formatVersion: SYNC_FORMAT_VERSION,
    schemaVersion: db.verno,
    createdAt: now.toISOString(),
  };
  await dav.put(
    snapshotPath(id),
    await encryptJson(key, snapshotPath(id), { ...envelope, id, kind: 'snapshot', versions }),
    { ifNoneMatch: '*' },
  );
  const covers = [...new Set([...pulled.listed, ...(ownChange ? [ownChange] : [])])];
  const manifest: Manifest = { ...envelope, id: randomFileId(), kind: 'manifest', snapshot: id, covers };
  try {
    await dav.put(
      MANIFEST_FILE_NAME,
      await encryptJson(key, MANIFEST_FILE_NAME, manifest),
      pulled.manifestEtag ? { ifMatch: pulled.manifestEtag } : { ifNoneMatch: '*' },
    );
  } catch (error) {
    // Another device compacted first: its snapshot stands, this one goes.
    await dav.remove(snapshotPath(id)).catch(() => undefined);
    throw error;
  }
  state.snapshot = id;
  for (const covered of covers) await dav.remove(changePath(covered)).catch(() => undefined);
  if (pulled.manifest?.snapshot) await dav.remove(snapshotPath(pulled.manifest.snapshot)).catch(() => undefined);
}

/**
 * One round: pull what this device has not seen, push its own changes, merge. Never changes the
 * local log when it fails.
 */
export function syncOnce(
  db: LatitudeDb,
  config: SyncConfig,
  now: () => Date,
  options: EngineOptions = {},
): Promise<SyncOutcome | SyncFailure> {
  return guarded(async () => {
    const indexedDB = options.indexedDB ?? (db._options.indexedDB as IDBFactory | undefined);
    const stored = await loadDataKey(indexedDB);
    if (!stored) return failure('not-set-up');
    const dav = davOf(config, options);
    const found = await readKeyFile(dav);
    if (!found || found.keyFile.folderId !== stored.folderId) return failure('not-set-up');
    if (!db.isOpen()) await db.open();
    const key = stored.key;
    const state = await loadSyncState(indexedDB, stored.folderId, randomFileId);

    const pulled = await pull(dav, key, state, {
      schemaVersion: db.verno,
      upgrades: options.recordUpgrades ?? BACKUP_RECORD_UPGRADES,
    });
    const remote = [
      ...(pulled.snapshot?.versions ?? []),
      ...pulled.changes.flatMap((change) => change.versions),
    ] as Version[];
    const local = await readLocal(db);
    const { push, writes, tags, conflicts } = plan(local, remote, state);

    let ownChange: string | undefined;
    if (push.length > 0) {
      // The counter is saved before the push, so that no two versions of this device share a clock.
      await saveSyncState(indexedDB, state, []);
      ownChange = randomFileId();
      const changeSet: ChangeSet = {
        app: SYNC_APP,
        formatVersion: SYNC_FORMAT_VERSION,
        schemaVersion: db.verno,
        id: ownChange,
        createdAt: now().toISOString(),
        kind: 'changes',
        device: state.device,
        versions: push as ChangeSet['versions'],
      };
      await dav.put(changePath(ownChange), await encryptJson(key, changePath(ownChange), changeSet), {
        ifNoneMatch: '*',
      });
    }

    await writeLocal(db, local, writes, tags);
    for (const change of pulled.changes) state.seen.add(change.id);
    if (ownChange) state.seen.add(ownChange);
    if (pulled.snapshot) state.snapshot = pulled.snapshot.id;
    for (const tag of tags.values()) state.tags.set(tag.key, tag);
    await saveSyncState(indexedDB, state, [...tags.values()]);

    const covered = new Set(pulled.manifest?.covers ?? []);
    const uncovered = pulled.listed.filter((id) => !covered.has(id)).length + (ownChange ? 1 : 0);
    if (uncovered > (options.compactAfter ?? COMPACT_AFTER)) {
      // A failed compaction loses nothing (the change sets stay); the next round tries again.
      await compact(dav, key, db, state, pulled, ownChange, now())
        .then(() => saveSyncState(indexedDB, state, []))
        .catch(() => undefined);
    }
    return { ok: true as const, at: now().toISOString(), pulled: writes.size, pushed: push.length, conflicts };
  });
}
