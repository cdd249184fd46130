import type { Page } from 'playwright-core';
import type { PrepLog } from '../../src/domain/prep/types';

/**
 * Replaces the log in the extension's database with `log`, through plain IndexedDB from an
 * extension page, in one transaction. The database must already exist (Dexie makes it when a page
 * of the extension first opens); records are stored as Dexie stores them, as they are.
 */
export function replaceLog(extensionPage: Page, log: PrepLog): Promise<void> {
  return extensionPage.evaluate(replaceLogInPage, log);
}

/** The write itself, run inside an extension page (scripts/screenshots-firefox.ts hands it to Puppeteer). */
export function replaceLogInPage(log: PrepLog): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('latitude');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['entries', 'people', 'actionItems', 'roles'], 'readwrite');
      for (const [store, records] of [
        ['entries', log.entries],
        ['people', log.people],
        ['actionItems', log.actionItems],
        ['roles', log.roles ?? []],
      ] as const) {
        tx.objectStore(store).clear();
        for (const record of records) tx.objectStore(store).put(record);
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Empties every table of the extension's database, as a new install would have it. */
export function clearDatabase(extensionPage: Page): Promise<void> {
  return extensionPage.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('latitude');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...db.objectStoreNames], 'readwrite');
          for (const name of db.objectStoreNames) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** How many entries the extension's database holds. */
export function countEntries(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('latitude');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('entries').objectStore('entries').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/**
 * The floor for an import, like for like: the same records (every table of the backup file) added
 * with bare IndexedDB into Latitude's own stores, emptied first, in one strict read-write
 * transaction over every table, as the import writes them. Resolves with the milliseconds from the
 * transaction's start to its commit (the records are copied into the page first), and leaves the
 * stores empty again for the import measured next.
 */
export async function timeBareImport(extensionPage: Page, data: Record<string, readonly unknown[]>): Promise<number> {
  await clearDatabase(extensionPage);
  await extensionPage.evaluate((data) => {
    (window as { benchRecords?: Record<string, readonly unknown[]> }).benchRecords = data;
  }, data);
  const ms = await extensionPage.evaluate(async () => {
    const data = (window as { benchRecords?: Record<string, readonly unknown[]> }).benchRecords!;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('latitude');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const started = performance.now();
    const tx = db.transaction(Object.keys(data), 'readwrite', { durability: 'strict' });
    for (const [name, records] of Object.entries(data)) {
      const store = tx.objectStore(name);
      for (const record of records) store.add(record);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const elapsed = performance.now() - started;
    db.close();
    delete (window as { benchRecords?: unknown }).benchRecords;
    return elapsed;
  });
  await clearDatabase(extensionPage);
  return ms;
}
