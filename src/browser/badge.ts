import { browser } from 'wxt/browser';

type ActionApi = Pick<
  typeof browser.action,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'
>;

export type BadgeOutcome =
  | { kind: 'saved'; what: string }
  | { kind: 'failed'; reason: string };

// COMPAT(firefox-mv2): the Firefox build is MV2, where the toolbar button is `browserAction` and
// `action` is undefined; drop the fallback once Firefox is built as MV3.
function toolbarButton(): ActionApi {
  return browser.action ?? browser.browserAction;
}

const DEFAULT_TITLE = 'Latitude: log a win';
const CLEAR_AFTER_MS = 4_000;

/**
 * Confirms a capture made without opening any Latitude view (context menu, omnibox) on the
 * toolbar icon, which needs no permission. The title carries the words for screen readers.
 */
export async function showBadge(
  outcome: BadgeOutcome,
  action: ActionApi = toolbarButton(),
  schedule: (clear: () => void, ms: number) => void = (clear, ms) => setTimeout(clear, ms),
): Promise<void> {
  const saved = outcome.kind === 'saved';
  await action.setBadgeBackgroundColor({ color: saved ? '#1a7f37' : '#cf222e' });
  await action.setBadgeText({ text: saved ? '✓' : '!' });
  await action.setTitle({
    title: saved ? `Latitude: saved ${outcome.what}` : `Latitude: not saved. ${outcome.reason}`,
  });
  // A service worker lives about 30 seconds after its last event, long enough for this timer; if
  // it is stopped sooner, the badge simply stays until the next capture replaces it.
  schedule(() => {
    void action.setBadgeText({ text: '' });
    void action.setTitle({ title: DEFAULT_TITLE });
  }, saved ? CLEAR_AFTER_MS : CLEAR_AFTER_MS * 3);
}
