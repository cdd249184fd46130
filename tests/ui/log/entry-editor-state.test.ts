// The log editor's state (src/ui/log/entry-editor-state.ts): drafts on every keystroke, saves only
// over the version it opened, and a conflict with another view resolved by the user's choice.
import type { DraftStore } from '../../../src/browser/draft-store';
import { StaleWriteError } from '../../../src/db/revisions';
import type { Entry } from '../../../src/domain/entry';
import type { EntryEditDraft } from '../../../src/domain/entry-edit';
import { createEntryEditor, type EntryEditorDeps } from '../../../src/ui/log/entry-editor-state';
import { quotaExceededError } from '../../fixtures/faults';
import { makeEntry, testId } from '../../fixtures/log-entries';

const NOW = new Date('2025-06-01T12:00:00.000Z');

function memoryDrafts(): DraftStore<EntryEditDraft> & { kept: EntryEditDraft | undefined } {
  return {
    kept: undefined,
    load() {
      return this.kept;
    },
    save(draft) {
      this.kept = structuredClone(draft);
    },
    clear() {
      this.kept = undefined;
    },
  };
}

const opened = () =>
  makeEntry({
    id: testId(1),
    rev: 3,
    text: 'Shipped the billing migration',
    tags: ['billing'],
    updatedAt: '2025-05-30T09:00:00.000Z',
  });

function editor(save: EntryEditorDeps['save'], base: Entry = opened()) {
  const drafts = memoryDrafts();
  const closed = vi.fn<(notice: string) => void>();
  const state = createEntryEditor({ base, drafts, save, now: () => NOW, closed });
  return { state, drafts, closed };
}

/** A save that stores what it is given, one revision on. */
const storing = () => vi.fn<EntryEditorDeps['save']>(async (entry, base) => ({ ...entry, rev: (base?.rev ?? 9) + 1 }));

describe('the entry editor state', () => {
  it('starts from the entry, and keeps every change as a draft with the version it started from', () => {
    const { state, drafts } = editor(storing());
    expect(state.draft.value.text).toBe('Shipped the billing migration');
    expect(drafts.kept).toBeUndefined();
    expect(state.dirty.value).toBe(false);

    state.update({ text: 'Shipped the billing migration early' });
    expect(drafts.kept).toEqual({
      entryId: testId(1),
      base: opened(),
      fields: expect.objectContaining({ text: 'Shipped the billing migration early', tags: 'billing' }),
    });
    expect(state.dirty.value).toBe(true);
  });

  it('brings back fields typed earlier, over the entry', () => {
    const drafts = memoryDrafts();
    const state = createEntryEditor({
      base: opened(),
      fields: { text: 'Typed before the reload' },
      drafts,
      save: storing(),
      now: () => NOW,
      closed: () => undefined,
    });
    expect(state.draft.value).toMatchObject({ text: 'Typed before the reload', tags: 'billing' });
    expect(state.dirty.value).toBe(true);
  });

  it('saves over the version it opened, then clears the draft and closes', async () => {
    const save = storing();
    const { state, drafts, closed } = editor(save);
    state.update({ text: 'Edited' });
    const outcome = await state.submit();
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ id: testId(1), text: 'Edited', updatedAt: NOW.toISOString() }),
      opened(),
    );
    expect(outcome).toMatchObject({ status: 'saved', closed: true, entry: { text: 'Edited', rev: 4 } });
    expect(drafts.kept).toBeUndefined();
    expect(closed).toHaveBeenCalledWith('Changes saved.');
  });

  it('refuses invalid fields without writing, keeping them as typed', async () => {
    const save = storing();
    const { state, drafts } = editor(save);
    state.update({ text: '   ', evidenceUrl: 'javascript:alert(1)' });
    const outcome = await state.submit();
    expect(outcome.status).toBe('refused');
    expect(save).not.toHaveBeenCalled();
    expect(state.errorFor('text')?.message).toBe('Write something first: the entry is empty.');
    expect(state.errorFor('evidenceUrl')?.message).toBe('Evidence link is not valid.');
    expect(drafts.kept?.fields.text).toBe('   ');
    state.update({ text: 'Fixed' });
    expect(state.errorFor('text')).toBeUndefined();
    expect(state.errorFor('evidenceUrl')).toBeDefined();
  });

  it('names the field and the limit when text is too long', async () => {
    const { state } = editor(storing());
    state.update({ text: 'x'.repeat(10_001), impact: 'y'.repeat(10_002) });
    await state.submit();
    expect(state.errorFor('text')?.message).toBe('Entry text has 10,001 characters: keep it to 10,000 at most.');
    expect(state.errorFor('impact')?.message).toBe('Impact has 10,002 characters: keep it to 10,000 at most.');
    expect(state.draft.value.text).toHaveLength(10_001);
  });

  it('keeps a draft typed while the save was in flight, open on the stored version', async () => {
    let finish: (entry: Entry) => void = () => undefined;
    const save = vi.fn<EntryEditorDeps['save']>(() => new Promise((resolve) => (finish = resolve)));
    const { state, drafts, closed } = editor(save);
    state.update({ text: 'First' });
    const saving = state.submit();
    expect(state.saving.value).toBe(true);
    expect(await state.submit()).toEqual({ status: 'busy' });
    state.update({ text: 'First, then more' });
    finish({ ...opened(), text: 'First', rev: 4 });
    expect(await saving).toMatchObject({ status: 'saved', closed: false });
    expect(closed).not.toHaveBeenCalled();
    expect(state.base.value.rev).toBe(4);
    expect(drafts.kept).toMatchObject({ base: { rev: 4 }, fields: { text: 'First, then more' } });
  });

  it('says why a write failed, and keeps the text and its draft', async () => {
    const { state, drafts, closed } = editor(() => Promise.reject(quotaExceededError()));
    state.update({ text: 'Worth keeping' });
    expect(await state.submit()).toMatchObject({ status: 'failed' });
    expect(state.failure.value).toBe(
      'Not saved: the browser has no storage space left for Latitude. Free some disk space, then try again. What you typed is kept.',
    );
    expect(state.draft.value.text).toBe('Worth keeping');
    expect(drafts.kept?.fields.text).toBe('Worth keeping');
    expect(closed).not.toHaveBeenCalled();
  });

  describe('when another view changed the entry', () => {
    const theirs = () => ({
      ...opened(),
      rev: 4,
      text: 'Their text',
      tags: ['billing', 'q2'],
      updatedAt: '2025-06-01T11:00:00.000Z',
    });

    function conflicted() {
      const save = vi.fn<EntryEditorDeps['save']>(async (entry, base) => {
        if (base?.rev === 3) throw new StaleWriteError<Entry>(theirs());
        return { ...entry, rev: 5 };
      });
      const made = editor(save);
      made.state.update({ text: 'My text' });
      return { ...made, save };
    }

    it('refuses the save, keeps the typed fields, and shows the other version and what differs', async () => {
      const { state, drafts, closed } = conflicted();
      expect(await state.submit()).toEqual({ status: 'stale', conflict: { kind: 'changed', other: theirs() } });
      expect(state.conflict.value).toEqual({ kind: 'changed', other: theirs() });
      expect(state.draft.value.text).toBe('My text');
      expect(drafts.kept?.fields.text).toBe('My text');
      expect(state.differences.value).toEqual(['text', 'tags']);
      expect(closed).not.toHaveBeenCalled();
    });

    it('Save mine anyway writes the typed version over the other one (and only over that one)', async () => {
      const { state, save, drafts, closed } = conflicted();
      await state.submit();
      const outcome = await state.saveMineAnyway();
      expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'My text', tags: ['billing'] }), theirs());
      expect(outcome).toMatchObject({ status: 'saved', closed: true });
      expect(state.conflict.value).toBeUndefined();
      expect(drafts.kept).toBeUndefined();
      expect(closed).toHaveBeenCalledWith('Changes saved.');
    });

    it('Discard mine loads the other version into the editor and clears the draft', async () => {
      const { state, drafts, closed } = conflicted();
      await state.submit();
      state.discardMine();
      expect(state.draft.value).toMatchObject({ text: 'Their text', tags: 'billing, q2' });
      expect(state.base.value).toEqual(theirs());
      expect(state.conflict.value).toBeUndefined();
      expect(state.notice.value).toMatch(/discarded/);
      expect(drafts.kept).toBeUndefined();
      expect(closed).not.toHaveBeenCalled();
      expect(state.dirty.value).toBe(false);
    });
  });

  describe('when another view deleted the entry', () => {
    function deleted() {
      const save = vi.fn<EntryEditorDeps['save']>(async (entry, base) => {
        if (base) throw new StaleWriteError<Entry>(undefined);
        return { ...entry, rev: 5 };
      });
      const made = editor(save);
      made.state.update({ text: 'My text' });
      return { ...made, save };
    }

    it('says so, and Save mine anyway brings it back with the typed text', async () => {
      const { state, save, closed } = deleted();
      expect(await state.submit()).toMatchObject({ status: 'stale', conflict: { kind: 'deleted' } });
      expect(state.draft.value.text).toBe('My text');
      await state.saveMineAnyway();
      expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'My text' }), undefined);
      expect(closed).toHaveBeenCalledWith('Changes saved.');
    });

    it('Discard mine closes the editor with a message, the entry left deleted', async () => {
      const { state, drafts, closed, save } = deleted();
      await state.submit();
      state.discardMine();
      expect(closed).toHaveBeenCalledWith('Your changes were discarded; the entry stays deleted.');
      expect(drafts.kept).toBeUndefined();
      expect(save).toHaveBeenCalledTimes(1);
    });
  });

  it('Cancel clears the draft and closes, writing nothing', () => {
    const save = storing();
    const { state, drafts, closed } = editor(save);
    state.update({ text: 'Not wanted' });
    state.cancel();
    expect(drafts.kept).toBeUndefined();
    expect(closed).toHaveBeenCalledWith('');
    expect(save).not.toHaveBeenCalled();
  });
});
