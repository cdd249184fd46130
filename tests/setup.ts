// Every suite gets a fresh in-memory IndexedDB and a reset fake browser.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';

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
