// An upgrade while other views hold the database open, and an upgrade that fails, for real in
// fake-indexeddb: several LatitudeDb instances on one database name, as popup, side panel and
// background would be.
import Dexie, { type DexieOptions } from 'dexie';
import { exportBackup } from '../../src/db/backup/backup';
import { hasFailedUpgrade, watchConnection } from '../../src/db/connection';
import { LatitudeDb } from '../../src/db/database';
import { openBackup } from '../../src/domain/backup/read-backup';
import { isolatedIdb } from '../fixtures/db/isolated';
import { makeEntry } from '../fixtures/db/records';

/**
 * Today's code plus one more version, as the next release would be. It is built on top of whatever
 * versions LatitudeDb declares, so it keeps working when a real next version is added.
 */
class NextLatitudeDb extends LatitudeDb {
  constructor(name: string, options: DexieOptions, upgrade: () => void = () => {}) {
    super(name, options);
    this.version(this.verno + 1)
      .stores({ entries: 'id, createdAt, [occurredOn+createdAt], kind' })
      .upgrade(upgrade);
  }
}

function within<T>(promise: Promise<T>, ms = 2000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms: hung`)), ms)),
  ]);
}

describe('an upgrade while popup, side panel and background hold the database open', () => {
  it('closes the old connections, marks them outdated, and does not hang', async () => {
    const idb = isolatedIdb();
    const views = [new LatitudeDb('latitude', idb), new LatitudeDb('latitude', idb), new LatitudeDb('latitude', idb)];
    await Promise.all(views.map((view) => view.open()));
    await views[0]!.entries.add(makeEntry(1));
    const oldVersion = views[0]!.verno;

    const next = new NextLatitudeDb('latitude', idb);
    await within(next.open());

    expect(next.verno).toBe(oldVersion + 1);
    expect(await next.entries.count()).toBe(1);
    for (const view of views) {
      expect(watchConnection(view).get()).toEqual({ kind: 'outdated' });
      expect(view.isOpen()).toBe(false);
      // Stays closed: an old view must not reopen the newer database with its older code.
      await expect(view.entries.count()).rejects.toThrow(Dexie.DatabaseClosedError);
    }
    next.close();
  });

  it('tells listeners at once, so a view can show its reload banner', async () => {
    const idb = isolatedIdb();
    const popup = new LatitudeDb('latitude', idb);
    await popup.open();
    const seen: string[] = [];
    watchConnection(popup).subscribe((state) => seen.push(state.kind));
    const next = new NextLatitudeDb('latitude', idb);
    await within(next.open());
    expect(seen).toEqual(['outdated']);
    next.close();
  });

  it('reports "blocked" while a connection that ignores versionchange holds on, then opens', async () => {
    const idb = isolatedIdb();
    const old = new LatitudeDb('latitude', idb);
    await old.open();
    old.close();
    // A raw connection without any versionchange handler, like a context running other code.
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = idb.indexedDB.open('latitude');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const next = new NextLatitudeDb('latitude', idb);
    const states: string[] = [];
    watchConnection(next).subscribe((state) => states.push(state.kind));
    const opening = next.open();
    await vi.waitFor(() => expect(states).toContain('blocked'));
    stubborn.close();
    await within(opening);
    expect(watchConnection(next).get()).toEqual({ kind: 'current' });
    next.close();
  });
});

describe('an upgrade that fails', () => {
  it('is told apart from other open failures', async () => {
    const idb = isolatedIdb();
    const fresh = new LatitudeDb('latitude', idb);
    expect(await hasFailedUpgrade(fresh)).toBe(false);
    await fresh.open();
    expect(await hasFailedUpgrade(fresh)).toBe(false);
    fresh.close();
  });

  async function seededDatabase(idb: Required<Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>>) {
    const old = new LatitudeDb('latitude', idb);
    await old.entries.bulkAdd([makeEntry(1), makeEntry(2, { kind: 'talent', evidence: 'self', text: 'Explaining' })]);
    const version = old.verno;
    old.close();
    return version;
  }

  function failingNext(idb: DexieOptions) {
    return new NextLatitudeDb('latitude', idb, () => {
      throw new Error('deliberate failure in the upgrader');
    });
  }

  it('leaves the database at the old version, with every record readable', async () => {
    const idb = isolatedIdb();
    const oldVersion = await seededDatabase(idb);

    const failing = failingNext(idb);
    await expect(failing.open()).rejects.toThrow('deliberate failure in the upgrader');
    await expect(failing.entries.count()).rejects.toThrow();
    expect(await hasFailedUpgrade(failing)).toBe(true);

    const stored = new Dexie('latitude', idb);
    await stored.open();
    expect(stored.verno).toBe(oldVersion);
    stored.close();

    const reopened = new LatitudeDb('latitude', idb);
    expect((await reopened.entries.toArray()).map((entry) => entry.text).sort()).toEqual([
      'Explaining',
      'Win number 1',
    ]);
    reopened.close();
  });

  it('still exports the whole log, at the old version', async () => {
    const idb = isolatedIdb();
    const oldVersion = await seededDatabase(idb);
    const failing = failingNext(idb);
    await failing.open().catch(() => undefined);

    const file = await exportBackup(failing, { now: new Date('2025-03-20T09:00:00Z'), appVersion: '9.9.9' });
    const opened = await openBackup(file.text, { supportedSchemaVersion: oldVersion });
    expect(opened.ok && opened.backup.header.schemaVersion).toBe(oldVersion);
    expect(opened.ok && opened.backup.integrity).toEqual({ kind: 'intact' });
    expect(file.counts.entries).toBe(2);
  });
});
