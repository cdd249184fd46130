import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearBadge, showBadge } from '../../src/browser/badge';

/** Runs the scheduled clear only when the test says so. */
function manualSchedule() {
  const pending: { clear: () => void; ms: number }[] = [];
  return { pending, schedule: (clear: () => void, ms: number) => void pending.push({ clear, ms }) };
}

describe('showBadge', () => {
  it('shows a green check and says what was saved, then clears', async () => {
    const { pending, schedule } = manualSchedule();
    await showBadge({ kind: 'saved', what: 'win' }, fakeBrowser.action, schedule);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('✓');
    expect(await fakeBrowser.action.getTitle({})).toBe('Latitude: saved win');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0x1a, 0x7f, 0x37, 255]);

    expect(pending).toHaveLength(1);
    pending[0]!.clear();
    await Promise.resolve();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Latitude: log a win');
  });

  it('shows a red mark with the reason when nothing was saved, and keeps it longer', async () => {
    const saved = manualSchedule();
    const failed = manualSchedule();
    await showBadge({ kind: 'saved', what: 'win' }, fakeBrowser.action, saved.schedule);
    await showBadge(
      { kind: 'failed', reason: 'Keep it to 10,000 characters at most.' },
      fakeBrowser.action,
      failed.schedule,
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toBe('Latitude: not saved. Keep it to 10,000 characters at most.');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xcf, 0x22, 0x2e, 255]);
    expect(failed.pending[0]!.ms).toBeGreaterThan(saved.pending[0]!.ms);
  });

  it('clears by itself after a few seconds with the default timer', async () => {
    vi.useFakeTimers();
    try {
      await showBadge({ kind: 'saved', what: 'feedback' }, fakeBrowser.action);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses browserAction where there is no action (the Firefox build is MV2)', async () => {
    const browser = fakeBrowser as { action?: unknown; browserAction: unknown };
    const { action, browserAction } = browser;
    browser.browserAction = action;
    browser.action = undefined;
    try {
      await showBadge({ kind: 'saved', what: 'talent note' }, undefined, () => {});
    } finally {
      browser.action = action;
      browser.browserAction = browserAction;
    }
    expect(await fakeBrowser.action.getTitle({})).toBe('Latitude: saved talent note');
  });

  it('keeps a "waiting" mark until a view takes over what waits, then clears it', async () => {
    const { pending, schedule } = manualSchedule();
    await showBadge(
      { kind: 'waiting', reason: 'the address bar entry is over 10,000 characters.' },
      fakeBrowser.action,
      schedule,
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toBe('Latitude: the address bar entry is over 10,000 characters.');
    expect(pending).toEqual([]);

    await clearBadge(fakeBrowser.action);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Latitude: log a win');
  });

  it('never lets the clear of an earlier badge take away a later one', async () => {
    const earlier = manualSchedule();
    await showBadge({ kind: 'saved', what: 'win' }, fakeBrowser.action, earlier.schedule);
    await showBadge({ kind: 'waiting', reason: 'it waits in the popup.' }, fakeBrowser.action, () => {});
    earlier.pending[0]!.clear();
    await Promise.resolve();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });
});
