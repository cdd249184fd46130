import { createDraftStore } from '../../../src/browser/draft-store';
import type { CaptureInput, CaptureResult } from '../../../src/domain/capture';
import { buildEntry } from '../../../src/domain/capture';
import { createCaptureState, toCaptureInput } from '../../../src/ui/capture/capture-state';
import { FIXED_NOW } from '../../fixtures/clock';
import { testId } from '../../fixtures/ids';

const KEY = 'latitude:draft:test';
const PAGE = { url: 'https://example.com/a', title: 'A' };

/** A save that validates like the real one and records what it was given. */
function recordingSave() {
  const saved: CaptureInput[] = [];
  const save = async (input: CaptureInput): Promise<CaptureResult> => {
    const result = buildEntry(input, { now: FIXED_NOW, newId: () => testId(saved.length + 1) });
    if (result.ok) saved.push(input);
    return result;
  };
  return { saved, save };
}

describe('createCaptureState', () => {
  it('writes every change to the draft store at once', () => {
    const state = createCaptureState({ drafts: createDraftStore(KEY), save: recordingSave().save });
    state.update({ text: 'half a tho' });
    expect(createDraftStore(KEY).load()?.text).toBe('half a tho');
  });

  it("clears a field's error when that field changes, and only that one", async () => {
    const state = createCaptureState({ drafts: createDraftStore(KEY), save: recordingSave().save });
    state.update({ text: ' ', tags: 'x'.repeat(41) });
    expect(await state.submit()).toBe(false);
    expect(state.errors.value.map((e) => e.field).sort()).toEqual(['tags', 'text']);
    state.update({ text: 'now something' });
    expect(state.errors.value.map((e) => e.field)).toEqual(['tags']);
    expect(state.errorFor('tags').value?.message).toMatch(/^Tag 1:/);
  });

  it('saves once even when Save is pressed twice quickly', async () => {
    const { saved, save } = recordingSave();
    const state = createCaptureState({ drafts: createDraftStore(KEY), save });
    state.update({ text: 'once' });
    const results = await Promise.all([state.submit(), state.submit()]);
    expect(results.sort()).toEqual([false, true]);
    expect(saved).toHaveLength(1);
  });

  it('says "Saving…" only when a save is slow, and lets a failed save be tried again', async () => {
    vi.useFakeTimers();
    try {
      let finish: (result: CaptureResult) => void = () => undefined;
      const save = vi.fn(() => new Promise<CaptureResult>((resolve) => (finish = resolve)));
      const state = createCaptureState({ drafts: createDraftStore(KEY), save });
      state.update({ text: 'slow disk' });
      const first = state.submit();
      await vi.advanceTimersByTimeAsync(100);
      expect(state.status.value).toEqual({ kind: 'idle' });
      await vi.advanceTimersByTimeAsync(100);
      expect(state.status.value).toEqual({ kind: 'saving' });
      expect(await state.submit()).toBe(false);
      finish({ ok: false, errors: [{ field: 'text', message: 'Refused.' }] });
      expect(await first).toBe(false);
      expect(state.status.value).toEqual({ kind: 'idle' });

      const second = state.submit();
      expect(save).toHaveBeenCalledTimes(2);
      finish(
        buildEntry({ kind: 'win', text: 'slow disk', tags: [], areas: [] }, { now: FIXED_NOW, newId: () => testId(1) }),
      );
      expect(await second).toBe(true);
      expect(state.status.value).toEqual({ kind: 'saved' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('after a save, keeps the kind and offers the page again for the next capture', async () => {
    const state = createCaptureState({ drafts: createDraftStore(KEY), save: recordingSave().save });
    state.offerSource(PAGE);
    state.update({ kind: 'talent', text: 'x' });
    state.removeSource();
    expect(await state.submit()).toBe(true);
    expect(state.draft.value).toMatchObject({ kind: 'talent', text: '', source: PAGE });
    expect(state.status.value).toEqual({ kind: 'saved' });
  });

  it('does not replace the page of a draft typed earlier, nor one the user removed', () => {
    const drafts = createDraftStore(KEY);
    drafts.save({
      kind: 'win',
      text: 'about another page',
      tags: '',
      areas: [],
      person: '',
      source: { url: 'https://old.example/', title: 'Old' },
    });
    const typed = createCaptureState({ drafts, save: recordingSave().save });
    typed.offerSource(PAGE);
    expect(typed.draft.value.source?.url).toBe('https://old.example/');

    drafts.save({ kind: 'win', text: '', tags: '', areas: [], person: '', source: null });
    const removed = createCaptureState({ drafts, save: recordingSave().save });
    removed.offerSource(PAGE);
    expect(removed.draft.value.source).toBeNull();
  });

  it.each([
    [new DOMException('full', 'QuotaExceededError'), /no storage space left/],
    [Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }), /cannot open its storage/],
    ['a string', /something went wrong/],
  ])('explains a failed save (%s) and keeps the draft', async (error, message) => {
    const state = createCaptureState({ drafts: createDraftStore(KEY), save: () => Promise.reject(error) });
    state.update({ text: 'keep me' });
    expect(await state.submit()).toBe(false);
    expect(state.status.value).toEqual({ kind: 'failed', message: expect.stringMatching(message) });
    expect(state.draft.value.text).toBe('keep me');
    expect(createDraftStore(KEY).load()?.text).toBe('keep me');
  });
});

describe('toCaptureInput', () => {
  it('parses tags and passes person and signal only for feedback', () => {
    const draft = { kind: 'win' as const, text: 't', tags: '#a, b', areas: [], person: 'Ana', signal: 'keep' as const };
    expect(toCaptureInput(draft)).toEqual({ kind: 'win', text: 't', tags: ['a', 'b'], areas: [] });
    expect(toCaptureInput({ ...draft, kind: 'feedback' })).toMatchObject({ person: 'Ana', signal: 'keep' });
  });
});
