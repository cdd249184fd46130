import * as z from 'zod/mini';
import { LEASE_MS, openViewDrafts, RENEW_MS, type ViewDraftsDeps } from '../../src/browser/view-drafts';

const text = z.object({ text: z.string() });

/** Web Storage as a page sees it: one localStorage shared by every view, one session per page. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

let local: Storage;
let clock: number;
let ids: number;
beforeEach(() => {
  local = memoryStorage();
  clock = 1_000_000;
  ids = 0;
});

/** A page of the given surface; reusing `session` is a reload of the same page. */
function openPage(surface = 'popup', session = memoryStorage(), extra: ViewDraftsDeps = {}) {
  const page = new EventTarget();
  const view = openViewDrafts(surface, {
    local,
    session,
    now: () => clock,
    newId: () => {
      ids += 1;
      return `view-${ids}`;
    },
    every: () => () => undefined,
    page,
    ...extra,
  });
  return {
    view,
    session,
    close: () => page.dispatchEvent(new Event('pagehide')),
    capture: view.draft('capture', text),
  };
}

describe('drafts kept per view', () => {
  it('keeps each open view’s draft apart: saving in one clears only its own', () => {
    const first = openPage();
    const second = openPage();
    first.capture.save({ text: 'Typed in the first popup' });
    second.capture.save({ text: 'Typed in the second popup' });
    first.capture.clear();
    expect(first.capture.load()).toBeUndefined();
    expect(second.capture.load()).toEqual({ text: 'Typed in the second popup' });
  });

  it('finds its own draft again after a reload', () => {
    const page = openPage('log');
    page.capture.save({ text: 'Half an edit' });
    page.close();
    const reloaded = openPage('log', page.session);
    expect(reloaded.view.viewId).toBe(page.view.viewId);
    expect(reloaded.capture.load()).toEqual({ text: 'Half an edit' });
  });

  it('gives a duplicated tab, whose session storage is a copy, an id of its own', () => {
    const page = openPage('log');
    page.capture.save({ text: 'Mine' });
    const duplicate = openPage('log', page.session);
    expect(duplicate.view.viewId).not.toBe(page.view.viewId);
    expect(duplicate.capture.load()).toBeUndefined();
  });

  it('lets a popup opened again adopt what the closed one was typing', () => {
    const closed = openPage();
    closed.capture.save({ text: 'Mid-sentence when the popup closed' });
    closed.close();
    const reopened = openPage();
    expect(reopened.capture.load()).toEqual({ text: 'Mid-sentence when the popup closed' });
    // Adopted, not copied: a third popup does not get the same text.
    expect(openPage().capture.load()).toBeUndefined();
  });

  it('adopts a view that closed without saying so once its lease has run out, never an open one', () => {
    const crashed = openPage();
    crashed.capture.save({ text: 'Typed before the crash' });
    clock += LEASE_MS - 1;
    expect(openPage().capture.load()).toBeUndefined();
    clock += 1;
    expect(openPage().capture.load()).toEqual({ text: 'Typed before the crash' });
  });

  it('adopts the most recently edited of several closed views', () => {
    const older = openPage();
    older.capture.save({ text: 'Older' });
    clock += 10;
    const newer = openPage();
    newer.capture.save({ text: 'Newer' });
    older.close();
    newer.close();
    expect(openPage().capture.load()).toEqual({ text: 'Newer' });
    expect(openPage().capture.load()).toEqual({ text: 'Older' });
  });

  it('keeps a renewing view’s lease alive', () => {
    let renew: () => void = () => {};
    const open = openPage('popup', memoryStorage(), {
      every: (ms, action) => {
        expect(ms).toBe(RENEW_MS);
        renew = action;
        return () => undefined;
      },
    });
    open.capture.save({ text: 'Still open' });
    for (let i = 0; i < 10; i += 1) {
      clock += RENEW_MS;
      renew();
    }
    expect(openPage().capture.load()).toBeUndefined();
  });

  it('adopts a draft an earlier version kept under one fixed key', () => {
    local.setItem('latitude:draft:popup', JSON.stringify({ text: 'From before the update' }));
    const page = openPage('popup', memoryStorage(), { legacy: { capture: 'latitude:draft:popup' } });
    expect(page.capture.load()).toEqual({ text: 'From before the update' });
    expect(local.getItem('latitude:draft:popup')).toBeNull();
  });

  it('keeps drafts of different names and surfaces apart', () => {
    const panel = openPage('sidepanel');
    const agenda = panel.view.draft('agenda-item', text);
    panel.capture.save({ text: 'A note' });
    agenda.save({ text: 'An agenda item' });
    agenda.clear();
    expect(panel.capture.load()).toEqual({ text: 'A note' });
    panel.close();
    expect(openPage('popup').capture.load()).toBeUndefined();
  });

  it('loads a draft that no longer fits its schema as none, and never throws on a broken storage', () => {
    const page = openPage();
    page.view.draft('capture', z.object({ other: z.number() })).save({ other: 1 });
    expect(page.capture.load()).toBeUndefined();
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    local = broken;
    const unlucky = openPage();
    expect(() => unlucky.capture.save({ text: 'x' })).not.toThrow();
  });
});
