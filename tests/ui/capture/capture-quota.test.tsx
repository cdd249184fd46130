// A full disk: the capture gets its own message and the draft is kept (docs/design.md, Data safety).
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { DBCore } from 'dexie';
import { createDraftStore } from '../../../src/browser/draft-store';
import { createCaptureState } from '../../../src/ui/capture/capture-state';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { isolatedDb } from '../../fixtures/db/isolated';

const DRAFT_KEY = 'latitude:draft:popup';

function quotaError() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

it('capture state: a QuotaExceededError gets a specific message and the draft stays', async () => {
  const drafts = createDraftStore(DRAFT_KEY);
  const state = createCaptureState({ drafts, save: () => Promise.reject(quotaError()) });
  state.update({ text: 'A win worth keeping' });
  expect(await state.submit()).toBe(false);
  expect(state.status.value).toEqual({
    kind: 'failed',
    message:
      'Not saved: the browser has no storage space left for Latitude. Free some disk space, then try again. Your text is kept here.',
  });
  expect(state.draft.value.text).toBe('A win worth keeping');
  expect(drafts.load()?.text).toBe('A win worth keeping');
});

it('popup: when IndexedDB refuses the write for quota, the alert says so and the text stays', async () => {
  const db = isolatedDb();
  // Every write fails as a full disk makes IndexedDB fail it.
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(quotaError()) }),
    }),
  });
  render(<PopupApp db={db} drafts={createDraftStore(DRAFT_KEY)} readSource={async () => undefined} />);
  fireEvent.input(await screen.findByRole('textbox', { name: 'Entry text' }), {
    target: { value: 'A win worth keeping' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() =>
    expect(screen.getByRole('alert').textContent).toBe(
      'Not saved: the browser has no storage space left for Latitude. Free some disk space, then try again. Your text is kept here.',
    ),
  );
  expect((screen.getByRole('textbox', { name: 'Entry text' }) as HTMLTextAreaElement).value).toBe(
    'A win worth keeping',
  );
  expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).text).toBe('A win worth keeping');
  expect(await db.entries.count()).toBe(0);
  db.close();
});
