import type { Page } from 'playwright-core';

export interface StoredEntry {
  kind: string;
  text: string;
  tags: string[];
  source?: { url: string; title: string };
  deletedAt?: string;
}

/**
 * What is in the extension's database, read with plain IndexedDB from any extension page. Used to
 * prove that a refused capture stored nothing; what the user sees is checked through the pages.
 */
export function readStoredEntries(extensionPage: Page): Promise<StoredEntry[]> {
  return extensionPage.evaluate(readEntriesInPage);
}

/**
 * The read itself, run inside an extension page; the Firefox suite hands it to Puppeteer's
 * `page.evaluate`. It uses only the page's globals.
 */
export async function readEntriesInPage(): Promise<StoredEntry[]> {
  // Opening a database that does not exist would create it, empty, behind Dexie's back.
  const databases = await indexedDB.databases();
  if (!databases.some((database) => database.name === 'latitude')) return [];
  return new Promise<StoredEntry[]>((resolve, reject) => {
    const open = indexedDB.open('latitude');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const read = db.transaction('entries', 'readonly').objectStore('entries').getAll();
      read.onerror = () => reject(read.error);
      read.onsuccess = () => {
        db.close();
        resolve(read.result as StoredEntry[]);
      };
    };
  });
}
