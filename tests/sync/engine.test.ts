// Sync rounds between two devices (two in-memory IndexedDBs) through the real WebDAV server.
import type { LatitudeDb } from '../../src/db/database';
import type { Entry } from '../../src/domain/entry';
import { CHANGES_FOLDER } from '../../src/domain/sync/format';
import { encryptJson } from '../../src/sync/crypto';
import {
  changePassphrase,
  connect,
  type EngineOptions,
  recoveryKit,
  type SyncConfig,
  syncOnce,
  testConnection,
} from '../../src/sync/engine';
import { loadDataKey } from '../../src/sync/key-store';
import { makeWin } from '../fixtures/entries';
import { isolatedDb } from '../fixtures/db/isolated';
import { startWebDavServer, type WebDavServer } from '../support/webdav-server';

let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDavServer();
});
afterAll(() => server.stop());
afterEach(() => server.heal());

const PASSPHRASE = 'a long walk by the river';
let folders = 0;
let config: SyncConfig;
beforeEach(() => {
  folders += 1;
  config = {
    serverUrl: server.url,
    username: server.username,
    password: server.password,
    folder: `Latitude ${folders}`,
  };
});

interface Device {
  db: LatitudeDb;
  options: EngineOptions;
}

const clock = () => new Date('2025-03-12T12:00:00.000Z');

async function device(): Promise<Device> {
  const db = isolatedDb();
  await db.open();
  return { db, options: { indexedDB: db._options.indexedDB as IDBFactory, dav: { retryDelaysMs: [10] } } };
}

async function connected(): Promise<Device> {
  const d = await device();
  expect(await connect(config, PASSPHRASE, d.options)).toMatchObject({ ok: true });
  return d;
}

const sync = (d: Device) => syncOnce(d.db, config, clock, d.options);
const texts = async (d: Device) =>
  (await d.db.entries.toArray())
    .filter((entry) => !entry.deletedAt)
    .map((entry) => entry.text)
    .sort();
const edit = async (d: Device, id: string, change: Partial<Entry>) => {
  const stored = (await d.db.entries.get(id))!;
  await d.db.entries.put({ ...stored, ...change, updatedAt: new Date().toISOString() } as Entry);
};
const everything = async (d: Device) => JSON.stringify(await d.db.entries.toArray());
/** Writes a change set into A's folder behind the engine's back, as another app version would. */
async function plantChangeSet(a: Device, schemaVersion: number, versions: unknown[]): Promise<void> {
  const { key } = (await loadDataKey(a.options.indexedDB))!;
  const id = 'f'.repeat(32);
  const path = `${CHANGES_FOLDER}/${id}.bin`;
  const changes = {
    app: 'latitude',
    kind: 'changes',
    formatVersion: 1,
    schemaVersion,
    id,
    createdAt: clock().toISOString(),
    device: 'e'.repeat(32),
    versions,
  };
  await server.writeRaw(`${config.folder}/${path}`, await encryptJson(key, path, changes));
}
const folderFiles = async () => (await server.files()).filter((file) => file.startsWith(`${config.folder}/`));

describe('syncing two devices', () => {
  it('a capture on A appears on B, and the server holds no plaintext', async () => {
    const a = await connected();
    const win = makeWin({ text: 'Shipped the billing migration without downtime' });
    await a.db.entries.add(win);
    expect(await sync(a)).toMatchObject({ ok: true, pushed: 1 });

    const b = await connected();
    expect(await sync(b)).toMatchObject({ ok: true, pulled: 1 });
    expect(await texts(b)).toEqual(['Shipped the billing migration without downtime']);
    expect((await b.db.entries.get(win.id))?.rev).toBe((await a.db.entries.get(win.id))?.rev);

    for (const file of await folderFiles()) {
      const raw = (await server.readRaw(file)).toString('latin1');
      expect(raw).not.toContain('billing');
      expect(raw).not.toContain(win.id);
      expect(file).not.toContain(win.id);
    }
    expect(JSON.stringify(await folderFiles())).not.toMatch(/billing|entries|win/i);
  });

  it('one entry edited on both devices keeps both texts, the loser as a conflict copy', async () => {
    const a = await connected();
    const win = makeWin({ text: 'Led the incident review' });
    await a.db.entries.add(win);
    await sync(a);
    const b = await connected();
    await sync(b);

    await edit(a, win.id, { text: 'Led the incident review, and wrote the follow-ups' });
    await edit(b, win.id, { text: 'Led the incident review with Ana' });
    await sync(a);
    expect(await sync(b)).toMatchObject({ ok: true, conflicts: 1 });
    await sync(a);

    const both = ['Led the incident review with Ana', 'Led the incident review, and wrote the follow-ups'];
    expect(await texts(a)).toEqual(both);
    expect(await texts(b)).toEqual(both);
    const copies = (await b.db.entries.toArray()).filter((entry) => entry.tags.includes('conflict'));
    expect(copies).toHaveLength(1);
    expect(await everything(a)).toBe(await everything(b));
  });

  it('a deletion on A reaches B, and a restore on B comes back to A', async () => {
    const a = await connected();
    const win = makeWin({ text: 'Mentored two new engineers' });
    await a.db.entries.add(win);
    await sync(a);
    const b = await connected();
    await sync(b);

    await edit(a, win.id, { deletedAt: new Date().toISOString() });
    await sync(a);
    await sync(b);
    expect(await texts(b)).toEqual([]);
    expect((await b.db.entries.get(win.id))?.deletedAt).toBeDefined();

    const { deletedAt: _, ...restored } = (await b.db.entries.get(win.id))!;
    await b.db.entries.put({ ...restored, updatedAt: new Date().toISOString() });
    await sync(b);
    await sync(a);
    expect(await texts(a)).toEqual(['Mentored two new engineers']);
  });

  it('never deletes a record because it is missing remotely', async () => {
    const a = await connected();
    await a.db.entries.add(makeWin({ text: 'Only on A' }));
    const b = await connected();
    await b.db.entries.add(makeWin({ text: 'Only on B' }));
    await sync(a);
    await sync(b);
    await sync(a);
    expect(await texts(a)).toEqual(['Only on A', 'Only on B']);
    expect(await texts(b)).toEqual(['Only on A', 'Only on B']);
  });

  it('a wrong passphrase on B is refused and writes nothing', async () => {
    const a = await connected();
    await a.db.entries.add(makeWin({ text: 'Kept safe' }));
    await sync(a);
    const before = await folderFiles();
    const b = await device();
    expect(await connect(config, 'not the passphrase', b.options)).toMatchObject({
      ok: false,
      problem: 'wrong-passphrase',
      message: expect.stringMatching(/Nothing was written/),
    });
    expect(await folderFiles()).toEqual(before);
    expect(await loadDataKey(b.options.indexedDB)).toBeUndefined();
    expect(await sync(b)).toMatchObject({ ok: false, problem: 'not-set-up' });
    expect(await b.db.entries.count()).toBe(0);
  });

  it('a tampered file is refused as tampered and the local log stays as it was', async () => {
    const a = await connected();
    await a.db.entries.add(makeWin({ text: 'From A' }));
    await sync(a);
    const b = await connected();
    await b.db.entries.add(makeWin({ text: 'From B' }));
    const change = (await folderFiles()).find((file) => file.includes(`/${CHANGES_FOLDER}/`))!;
    const raw = await server.readRaw(change);
    raw[raw.length - 20]! ^= 0xff;
    await server.writeRaw(change, raw);
    const before = await everything(b);
    expect(await sync(b)).toMatchObject({ ok: false, problem: 'tampered' });
    expect(await everything(b)).toBe(before);

    await server.writeRaw(change, raw.subarray(0, 30));
    expect(await sync(b)).toMatchObject({ ok: false, problem: 'damaged' });
    expect(await everything(b)).toBe(before);
  });

  it.each([
    [507, 'storage-full'],
    [500, 'server-error'],
    [401, 'unauthorized'],
  ] as const)('a %i from the server is %s, and changes nothing locally', async (status, problem) => {
    const a = await connected();
    await a.db.entries.add(makeWin({ text: 'From A' }));
    await sync(a);
    const b = await connected();
    await b.db.entries.add(makeWin({ text: 'From B' }));
    const before = await everything(b);
    await server.fail(status, status === 507 ? ['PUT'] : undefined);
    expect(await sync(b)).toMatchObject({ ok: false, problem });
    expect(await everything(b)).toBe(before);
    await server.heal();
    expect(await sync(b)).toMatchObject({ ok: true });
    expect(await texts(b)).toEqual(['From A', 'From B']);
  });

  it('an older app refuses data written by a newer one, changing nothing', async () => {
    const a = await connected();
    await a.db.entries.add(makeWin({ text: 'From A' }));
    await sync(a);
    await plantChangeSet(a, 99, []);
    const b = await connected();
    expect(await sync(b)).toMatchObject({
      ok: false,
      problem: 'newer-app',
      message: expect.stringMatching(/Update Latitude/),
    });
    expect(await b.db.entries.count()).toBe(0);
  });

  it('records written by an older schema go through the backup upgrades, instead of failing as damaged', async () => {
    const a = await connected();
    await a.db.entries.add(makeWin({ text: 'From A' }));
    await sync(a);
    // Version 2 called an entry's text `body` (a made-up rename: the upgrade of a real next version).
    const { text, ...rest } = makeWin({ text: 'Written by an older Latitude' });
    await plantChangeSet(a, 2, [{ table: 'entries', clock: { ['e'.repeat(32)]: 1 }, record: { ...rest, body: text } }]);
    const renameBody = (tables: Record<string, unknown[]>) => ({
      ...tables,
      entries: (tables.entries ?? []).map((record) => {
        const { body, ...entry } = record as { body?: string };
        return body === undefined ? record : { ...entry, text: body };
      }),
    });

    const b = await connected();
    // Without the step, the record does not fit this schema: refused, nothing written.
    expect(await syncOnce(b.db, config, clock, { ...b.options, recordUpgrades: {} })).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
    expect(await b.db.entries.count()).toBe(0);
    expect(await syncOnce(b.db, config, clock, { ...b.options, recordUpgrades: { 2: renameBody } })).toMatchObject({
      ok: true,
    });
    expect(await texts(b)).toEqual(['From A', 'Written by an older Latitude']);
  });

  it('compacts change sets into a snapshot that a new device reads', async () => {
    const a = await connected();
    a.options.compactAfter = 2;
    for (const text of ['One', 'Two', 'Three', 'Four']) {
      await a.db.entries.add(makeWin({ text }));
      expect(await sync(a)).toMatchObject({ ok: true });
    }
    const files = await folderFiles();
    expect(files.filter((file) => file.includes('/snapshots/'))).toHaveLength(1);
    expect(files.filter((file) => file.includes(`/${CHANGES_FOLDER}/`)).length).toBeLessThanOrEqual(2);
    const b = await connected();
    await sync(b);
    expect(await texts(b)).toEqual(['Four', 'One', 'Three', 'Two']);
  });

  it('changing the passphrase re-wraps the key and rewrites no other file', async () => {
    const a = await connected();
    await a.db.entries.add(makeWin({ text: 'From A' }));
    await sync(a);
    const others = async () =>
      Promise.all(
        (await folderFiles())
          .filter((f) => !f.endsWith('.json'))
          .map(async (f) => [f, (await server.readRaw(f)).toString('base64')]),
      );
    const before = await others();
    expect(await changePassphrase(config, 'wrong', 'new passphrase here', a.options)).toMatchObject({
      problem: 'wrong-passphrase',
    });
    expect(await changePassphrase(config, PASSPHRASE, 'new passphrase here', a.options)).toEqual({ ok: true });
    expect(await others()).toEqual(before);
    const b = await device();
    expect(await connect(config, PASSPHRASE, b.options)).toMatchObject({ problem: 'wrong-passphrase' });
    expect(await connect(config, 'new passphrase here', b.options)).toEqual({ ok: true, created: false });
    await sync(b);
    expect(await texts(b)).toEqual(['From A']);
  });

  it('tells an empty folder, a Latitude folder and another app’s folder apart', async () => {
    expect(await testConnection(config)).toEqual({ ok: true, folderState: 'empty' });
    await connected();
    expect(await testConnection(config)).toEqual({ ok: true, folderState: 'latitude' });
    await server.writeRaw('Photos/cat.jpg', 'not ours');
    expect(await testConnection({ ...config, folder: 'Photos' })).toMatchObject({ ok: false, problem: 'not-latitude' });
    expect(await connect({ ...config, folder: 'Photos' }, PASSPHRASE)).toMatchObject({
      ok: false,
      problem: 'not-latitude',
    });
    expect(await server.files()).toContain('Photos/cat.jpg');
    expect(await testConnection({ ...config, password: 'wrong' })).toMatchObject({
      ok: false,
      problem: 'unauthorized',
    });
  });

  it('the recovery kit names the server, folder and user, and never the passphrase', async () => {
    const kit = await recoveryKit(config, clock());
    expect(kit.fileName).toBe('latitude-sync-recovery-kit-2025-03-12.txt');
    expect(kit.text).toContain(config.serverUrl);
    expect(kit.text).toContain(config.folder);
    expect(kit.text).not.toContain(config.password);
    expect(kit.text).toMatch(/cannot be recovered/);
  });
});
