import { browser } from 'wxt/browser';
import type { CaptureKind } from '../domain/capture';

/** The menu ids are part of the UI contract (docs/design.md) and must not change. */
export const CAPTURE_MENU_ITEMS = [
  { id: 'log-win', title: 'Log as win', kind: 'win' },
  { id: 'log-feedback', title: 'Log as feedback', kind: 'feedback' },
  { id: 'log-talent', title: 'Log as talent note', kind: 'talent' },
] as const satisfies readonly { id: string; title: string; kind: CaptureKind }[];

type MenusApi = Pick<typeof browser.contextMenus, 'create' | 'removeAll'>;

/** Menus persist across service-worker restarts; they are (re)made on install and update only. */
export async function createCaptureMenus(menus: MenusApi = browser.contextMenus): Promise<void> {
  await menus.removeAll();
  for (const item of CAPTURE_MENU_ITEMS) {
    menus.create({ id: item.id, title: item.title, contexts: ['selection'] });
  }
}

export function kindForMenuItem(menuItemId: string | number): CaptureKind | undefined {
  return CAPTURE_MENU_ITEMS.find((item) => item.id === menuItemId)?.kind;
}
