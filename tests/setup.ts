// Every suite gets a fresh in-memory IndexedDB and a reset fake browser.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy… and waitFor wait for what a user would see; a busy machine (CI, parallel suites) may take
// longer than the default second to lazy-load a module or settle a transaction.
configure({ asyncUtilTimeout: 4000 });

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  // Dexie reads `indexedDB` once, when it is first imported; without this every test in a file
  // would share the first factory and see the previous test's data.
  Dexie.dependencies.indexedDB = globalThis.indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  localStorage.clear();
});

afterEach(() => cleanup());
