// Every suite gets a fresh in-memory IndexedDB and a reset fake browser.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
});

afterEach(() => cleanup());
