import { CAPTURE_MENU_ITEMS, createCaptureMenus, kindForMenuItem } from '../../src/browser/context-menu';

function fakeMenus() {
  const calls: string[] = [];
  const created: unknown[] = [];
  return {
    calls,
    created,
    api: {
      removeAll: async () => void calls.push('removeAll'),
      create: (properties: unknown) => {
        calls.push('create');
        created.push(properties);
        return 0;
      },
    },
  };
}

describe('createCaptureMenus', () => {
  it('makes the three "Log as" items for selected text, after removing old ones', async () => {
    const menus = fakeMenus();
    await createCaptureMenus(menus.api as never);
    expect(menus.calls).toEqual(['removeAll', 'create', 'create', 'create']);
    expect(menus.created).toEqual([
      { id: 'log-win', title: 'Log as win', contexts: ['selection'] },
      { id: 'log-feedback', title: 'Log as feedback', contexts: ['selection'] },
      { id: 'log-talent', title: 'Log as talent note', contexts: ['selection'] },
    ]);
  });

  it('can run again (an update) without duplicating items', async () => {
    const menus = fakeMenus();
    await createCaptureMenus(menus.api as never);
    await createCaptureMenus(menus.api as never);
    expect(menus.calls.filter((c) => c === 'removeAll')).toHaveLength(2);
    expect(menus.calls.lastIndexOf('removeAll')).toBe(4);
  });
});

describe('kindForMenuItem', () => {
  it('maps each menu id to its kind, and anything else to nothing', () => {
    expect(CAPTURE_MENU_ITEMS.map((item) => kindForMenuItem(item.id))).toEqual(['win', 'feedback', 'talent']);
    expect(kindForMenuItem('log-note')).toBeUndefined();
    expect(kindForMenuItem(1)).toBeUndefined();
  });
});
