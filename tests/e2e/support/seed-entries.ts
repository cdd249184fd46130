import { PopupPage } from '../pages/popup-page';
import type { ExtensionSession } from './extension-session';
import { ARTICLE_TITLE } from './local-site';
import { clickContextMenu, enterOmniboxLine } from './service-worker';

/**
 * A small, varied log made through the real surfaces (popup, context menu, omnibox): tags, a page
 * link, each kind, a long text. Resolves once all of it is stored.
 * Usable in hooks (no `expect.poll`).
 */
export async function seedEntries(session: ExtensionSession): Promise<void> {
  const popup = await PopupPage.open(session);
  const saves: { kind: 'Win' | 'Feedback' | 'Talent'; text: string; tags?: string }[] = [
    {
      kind: 'Win',
      text: 'Shipped the billing migration with zero downtime; invoices now go out in 3 minutes instead of 40.',
      tags: 'billing, migration, on-call',
    },
    { kind: 'Talent', text: 'Explaining hard things simply: three people asked for the caching talk slides.' },
  ];
  for (const save of saves) {
    await popup.capture(save);
    await popup.status.filter({ hasText: 'Saved' }).waitFor();
  }

  const worker = await session.serviceWorker();
  const pageUrl = session.site.url('/design-review');
  await clickContextMenu(
    worker,
    {
      menuItemId: 'log-feedback',
      selectionText: 'Your walkthrough of the billing migration made the trade-offs clear to everyone.',
      pageUrl,
    },
    { id: 1, url: pageUrl, title: ARTICLE_TITLE },
  );
  await enterOmniboxLine(worker, 'win Mentored Alex through their first on-call week');

  // The popup's Recent list is live: once both background captures show there, all four are stored.
  await popup.entry('Mentored Alex through their first on-call week').waitFor();
  await popup.entry('Your walkthrough of the billing migration').waitFor();
  await popup.close();
}
