import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOmniboxOverflowStore } from '../../src/browser/omnibox-overflow';
import { OMNIBOX_OVERFLOW_PREFIX } from '../../src/browser/storage-keys';
import { tryOpenPopup } from '../../src/browser/pages';

const line = (text: string, at: string) => ({ kind: 'win' as const, text, at });

describe('the omnibox overflow store (storage.local)', () => {
  it('lists every waiting line oldest first, each under its own key', async () => {
    const store = createOmniboxOverflowStore(fakeBrowser.storage.local, async () => {});
    await store.keep(line('second', '2025-03-20T09:00:02.000Z'), 'b');
    await store.keep(line('first', '2025-03-20T09:00:01.000Z'), 'a');
    expect(await store.list()).toEqual([
      { key: `${OMNIBOX_OVERFLOW_PREFIX}a`, overflow: line('first', '2025-03-20T09:00:01.000Z') },
      { key: `${OMNIBOX_OVERFLOW_PREFIX}b`, overflow: line('second', '2025-03-20T09:00:02.000Z') },
    ]);
  });

  it('leaves other settings and unreadable values alone', async () => {
    await fakeBrowser.storage.local.set({
      'latitude:backup': { lastExportAt: '2025-03-20T09:00:00.000Z' },
      [`${OMNIBOX_OVERFLOW_PREFIX}odd`]: { kind: 'poem', text: 'x' },
    });
    const store = createOmniboxOverflowStore(fakeBrowser.storage.local, async () => {});
    expect(await store.list()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(`${OMNIBOX_OVERFLOW_PREFIX}odd`)).not.toEqual({});
  });

  it('clears the badge once the last waiting line is taken', async () => {
    const clear = vi.fn(async () => {});
    const store = createOmniboxOverflowStore(fakeBrowser.storage.local, clear);
    await store.keep(line('one', '2025-03-20T09:00:01.000Z'), 'a');
    await store.keep(line('two', '2025-03-20T09:00:02.000Z'), 'b');

    await store.remove(`${OMNIBOX_OVERFLOW_PREFIX}a`);
    expect(clear).not.toHaveBeenCalled();
    expect((await store.list()).map((waiting) => waiting.overflow.text)).toEqual(['two']);

    await store.remove(`${OMNIBOX_OVERFLOW_PREFIX}b`);
    expect(clear).toHaveBeenCalledOnce();
    expect(await store.list()).toEqual([]);
  });

  it('refuses to keep a line that is not one', async () => {
    const store = createOmniboxOverflowStore(fakeBrowser.storage.local, async () => {});
    await expect(store.keep({ kind: 'win', text: 'x', at: 'yesterday' }, 'a')).rejects.toThrow();
  });
});

describe('tryOpenPopup', () => {
  it('opens the popup where the browser allows it', async () => {
    const openPopup = vi.fn(async () => {});
    await expect(tryOpenPopup({ openPopup })).resolves.toBe(true);
    expect(openPopup).toHaveBeenCalledOnce();
  });

  it('says false, and throws nothing, where it cannot', async () => {
    await expect(tryOpenPopup({})).resolves.toBe(false);
    await expect(tryOpenPopup(undefined)).resolves.toBe(false);
    await expect(
      tryOpenPopup({ openPopup: () => Promise.reject(new Error('No active browser window')) }),
    ).resolves.toBe(false);
  });
});
