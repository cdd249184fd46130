import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSidePanelOpener, openSidePanel } from '../../src/browser/side-panel';

describe('openSidePanel', () => {
  it('opens the panel in the window the command came from', async () => {
    const open = vi.fn(async () => {});
    await openSidePanel(3, { open });
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('does nothing without a window or without the sidePanel API (Firefox)', async () => {
    const open = vi.fn(async () => {});
    await openSidePanel(undefined, { open });
    expect(open).not.toHaveBeenCalled();

    const browser = fakeBrowser as { sidePanel?: unknown };
    const { sidePanel } = browser;
    browser.sidePanel = undefined;
    try {
      await expect(openSidePanel(3)).resolves.toBeUndefined();
    } finally {
      browser.sidePanel = sidePanel;
    }
  });
});

describe('createSidePanelOpener', () => {
  it("opens Chrome's panel in the popup's window, read before the click", async () => {
    const open = vi.fn(async () => {});
    const opener = createSidePanelOpener({ sidePanel: { open }, windows: { getCurrent: async () => ({ id: 7 }) } });
    await Promise.resolve();
    await opener?.open();
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it("opens Firefox's sidebar", async () => {
    const open = vi.fn(async () => {});
    await createSidePanelOpener({ sidebarAction: { open } })?.open();
    expect(open).toHaveBeenCalled();
  });

  it('offers nothing where neither exists', () => {
    expect(createSidePanelOpener({})).toBeUndefined();
  });
});
