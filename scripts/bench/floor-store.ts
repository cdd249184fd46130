import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** Installed by `installFloorStore`: a fresh scratch database whose `entries` store copies Latitude's. */
    __openFloorStore?: (name: string) => Promise<IDBDatabase>;
  }
}

/**
 * Gives the page `window.__openFloorStore(name)`: it deletes the scratch database `name` and makes
 * it again with an `entries` store that has exactly the key path and indexes of Latitude's own
 * `entries` store, as the running version of the extension declared them. A floor with fewer
 * indexes than the real table would flatter it, since each index is a write of its own.
 */
export function installFloorStore(extensionPage: Page): Promise<void> {
  return extensionPage.evaluate(() => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    window.__openFloorStore = async (name) => {
      const latitude = await request(indexedDB.open('latitude'));
      const source = latitude.transaction('entries').objectStore('entries');
      const keyPath = source.keyPath;
      const indexes = [...source.indexNames].map((index) => {
        const { keyPath, multiEntry, unique } = source.index(index);
        return { index, keyPath, multiEntry, unique };
      });
      latitude.close();
      await request(indexedDB.deleteDatabase(name));
      const open = indexedDB.open(name);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('entries', { keyPath });
        for (const { index, keyPath, multiEntry, unique } of indexes)
          store.createIndex(index, keyPath, { multiEntry, unique });
      };
      return request(open);
    };
  });
}
