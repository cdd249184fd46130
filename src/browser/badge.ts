import { browser } from 'wxt/browser';

type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

export type BadgeOutcome =
  | { kind: 'saved'; what: string }
  | { kind: 'failed'; reason: string }
  /** Not saved yet, but kept for a view to finish (an over-long omnibox line for the popup). */
  | { kind: 'waiting'; reason: string };

// COMPAT(firefox-mv2): the Firefox build is MV2, where the toolbar button is `browserAction` and
// `action` is undefined; drop the fallback once Firefox is built as MV3.
function toolbarButton(): ActionApi {
  return browser.action ?? browser.browserAction;
}

const DEFAULT_TITLE = 'Latitude: log a win';
const CLEAR_AFTER_MS = 4_000;
/** Counts the badges shown, so that a clear scheduled for one never takes away a later one. */
let shown = 0;

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
  const current = ++shown;
  await action.setBadgeBackgroundColor({ color: saved ? '#1a7f37' : '#cf222e' });
  await action.setBadgeText({ text: saved ? '✓' : '!' });
  await action.setTitle({
    title: saved
      ? `Latitude: saved ${outcome.what}`
      : outcome.kind === 'waiting'
        ? `Latitude: ${outcome.reason}`
        : `Latitude: not saved. ${outcome.reason}`,
  });
  // What waits for a view stays pointed at until that view takes it over (clearBadge).
  if (outcome.kind === 'waiting') return;
  // A service worker lives about 30 seconds after its last event, long enough for this timer; if
  // it is stopped sooner, the badge simply stays until the next capture replaces it.
  schedule(
    () => {
      if (current !== shown) return;
      void action.setBadgeText({ text: '' });
      void action.setTitle({ title: DEFAULT_TITLE });
    },
    saved ? CLEAR_AFTER_MS : CLEAR_AFTER_MS * 3,
  );
}

/** Takes the badge away, as the popup does once it holds what the badge pointed to. */
export async function clearBadge(action: ActionApi = toolbarButton()): Promise<void> {
  await action.setBadgeText({ text: '' });
  await action.setTitle({ title: DEFAULT_TITLE });
}
