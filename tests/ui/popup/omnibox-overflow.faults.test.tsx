// The write paths of an over-long address-bar entry, made to fail once: keeping it for the popup
// (storage.local, in the background) and saving it from the popup once shortened (IndexedDB). What
// was typed stays where the user can see it, with a message saying why.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BadgeOutcome } from '../../../src/browser/badge';
import { createDraftStore } from '../../../src/browser/draft-store';
import { createOmniboxOverflowStore } from '../../../src/browser/omnibox-overflow';
import { createCaptureService } from '../../../src/services/capture-service';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { createTestClock } from '../../fixtures/clock';
import { isolatedDb } from '../../fixtures/db/isolated';
import { injectWriteFault, type WriteFailure } from '../../fixtures/faults';

const DRAFT_KEY = 'test:draft:popup';
const LONG = 'Rewrote the on-call handbook, section by section. '.repeat(240);
const FAILURES: WriteFailure[] = ['quota', 'abort', 'version-change'];

describe.each(FAILURES)('saving a shortened address-bar entry fails once (%s)', (failure) => {
  it('keeps the text in the form and in the draft, and says it was not saved; the next Save stores it', async () => {
    const db = isolatedDb();
    const fault = injectWriteFault(db);
    const store = createOmniboxOverflowStore(fakeBrowser.storage.local, async () => {});
    await store.keep({ kind: 'win', text: LONG, at: '2025-03-20T09:00:00.000Z' }, 'one');
    render(
      <PopupApp
        db={db}
        drafts={createDraftStore(DRAFT_KEY)}
        readSource={async () => undefined}
        clock={createTestClock()}
        omniboxOverflow={store}
      />,
    );
    const text = screen.getByRole('textbox', { name: 'Entry text' }) as HTMLTextAreaElement;
    await waitFor(() => expect(text.value).toBe(LONG));
    const shortened = LONG.slice(0, 8_000).trim();
    fireEvent.input(text, { target: { value: shortened } });

    fault.failNext({ table: 'entries', failure });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
        expect.stringMatching(/^Not saved: .*Your text is kept here\.$/s),
      ]),
    );
    expect(fault.failures).toBe(1);
    expect(text.value).toBe(shortened);
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).text).toBe(shortened);

    if (failure !== 'version-change') {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Saved'));
      expect((await db.entries.toArray()).map((entry) => entry.text)).toEqual([shortened]);
    }
    db.close();
  });
});

describe('keeping an over-long address-bar entry fails', () => {
  it.each([
    [
      'a full storage.local',
      new DOMException('Quota exceeded', 'QuotaExceededError'),
      'the browser has no storage space left for Latitude.',
    ],
    [
      'an extension context that went away',
      new Error('Extension context invalidated.'),
      'Extension context invalidated.',
    ],
  ])('with %s: the badge says it was not kept, and why', async (_, error, why) => {
    const reports: BadgeOutcome[] = [];
    const clock = createTestClock();
    const openPopup = vi.fn(async () => true);
    const service = createCaptureService({
      db: isolatedDb(),
      now: clock.now,
      newId: clock.newId,
      report: async (outcome) => void reports.push(outcome),
      overflow: { keep: () => Promise.reject(error), openPopup },
    });
    await expect(service.captureOmniboxLine(LONG)).resolves.toBe(false);
    expect(reports).toEqual([
      { kind: 'failed', reason: `Over 10,000 characters, and it could not be kept for the popup: ${why}` },
    ]);
    expect(openPopup).not.toHaveBeenCalled();
  });
});
