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
