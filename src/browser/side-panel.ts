import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}

/**
 * Opens Chrome's side panel in the window the command came from. Chrome only allows this in
 * response to a user gesture, and a keyboard command counts as one. Firefox needs no code here:
 * its `_execute_sidebar_action` command opens the sidebar by itself.
 */
export async function openSidePanel(
  windowId: number | undefined,
  sidePanel: SidePanelApi | undefined = (browser as { sidePanel?: SidePanelApi }).sidePanel,
): Promise<void> {
  if (!sidePanel || windowId === undefined) return;
  await sidePanel.open({ windowId });
}

interface SidebarActionApi {
  open(): Promise<void>;
}

interface PanelApis {
  sidePanel?: SidePanelApi;
  sidebarAction?: SidebarActionApi;
  windows?: { getCurrent(): Promise<{ id?: number }> };
}

/**
 * Opens the side panel from a click in the popup. Both browsers accept this only in response to a
 * user gesture, and an `await` before the call can lose it, so the window id is read as soon as the
 * opener is made (when the popup opens) and `open()` calls the browser synchronously.
 * Chrome: `sidePanel.open({ windowId })`; Firefox: `sidebarAction.open()`.
 */
export function createSidePanelOpener(
  apis: PanelApis = browser as unknown as PanelApis,
): { open(): Promise<void> } | undefined {
  const { sidePanel, sidebarAction, windows } = apis;
  if (sidebarAction) return { open: () => sidebarAction.open() };
  if (!sidePanel) return undefined;
  let windowId: number | undefined;
  void windows?.getCurrent().then((win) => {
    windowId = win.id;
  });
  return {
    open() {
      if (windowId === undefined) return Promise.reject(new Error('The window is not known yet'));
      return sidePanel.open({ windowId });
    },
  };
}
