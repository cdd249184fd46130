import { computed, signal } from '@preact/signals';
import type { DraftStore } from '../../browser/draft-store';
import type { CaptureInput, FieldError } from '../../domain/capture';
import { type CaptureDraft, EMPTY_DRAFT, isBlankDraft } from '../../domain/draft';
import type { Source } from '../../domain/record';
import { parseTags } from '../../domain/tags';
import { writeFailure } from '../kit/write-failure';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

/** What a save says: stored, or refused with a message per field (`CaptureResult` is one). */
export type SaveOutcome = { ok: true } | { ok: false; errors: FieldError[] };

/** How long a save may take before the form says "Saving…" and disables Save. */
const SLOW_SAVE_MS = 150;

/** A draft of an entry, as opposed to an action item. */
export type EntryDraft = CaptureDraft & { kind: Exclude<CaptureDraft['kind'], 'action-item'> };

export interface CaptureStateDeps {
  drafts: DraftStore;
  save: (input: CaptureInput) => Promise<SaveOutcome>;
  /** Stores an action item (side panel only); without it, that kind cannot be saved. */
  saveActionItem?: (draft: CaptureDraft) => Promise<SaveOutcome>;
  /** The blank form: the popup starts on Win, the side panel on Note. */
  emptyDraft?: CaptureDraft;
  /** Why a save failed, in words (`writeFailure` with the view's database tells an upgrade apart). */
  explain?: (error: unknown) => string;
}

/**
 * The capture form's state and actions, outside any component so that it can be tested and
 * shared. Every change is written to the draft store at once, so closing the popup loses nothing;
 * the draft is cleared only after the entry is committed.
 */
export function createCaptureState({
  drafts,
  save,
  saveActionItem,
  emptyDraft = EMPTY_DRAFT,
  explain = writeFailure,
}: CaptureStateDeps) {
  const draft = signal<CaptureDraft>(drafts.load() ?? emptyDraft);
  const errors = signal<FieldError[]>([]);
  const status = signal<SaveStatus>({ kind: 'idle' });
  /** The page open when the popup was opened, offered for the next capture after a save. */
  let currentPage: Source | undefined;
  /** A save under way: a second Save (a double click, Ctrl+Enter twice) waits for it. */
  let inFlight = false;

  function update(patch: Partial<CaptureDraft>) {
    draft.value = { ...draft.value, ...patch };
    drafts.save(draft.value);
    const changed = new Set(Object.keys(patch));
    errors.value = errors.value.filter((error) => !changed.has(error.field));
    if (status.value.kind !== 'saving') status.value = { kind: 'idle' };
  }

  function saveDraft(value: CaptureDraft): Promise<SaveOutcome> {
    if (value.kind !== 'action-item') return save(toCaptureInput(value as EntryDraft));
    if (!saveActionItem) return Promise.reject(new Error('Action items cannot be saved here'));
    return saveActionItem(value);
  }

  return {
    draft,
    errors,
    status,
    errorFor: (field: string) => computed(() => errors.value.find((e) => e.field === field)),
    update,

    /**
     * Offers the active tab as the capture's source. A draft typed earlier keeps the page it was
     * typed about, and a page the user removed stays removed.
     */
    offerSource(source: Source | undefined) {
      currentPage = source;
      if (isBlankDraft(draft.value) && draft.value.source !== null) {
        draft.value = { ...draft.value, source };
      }
    },

    removeSource() {
      update({ source: null });
    },

    async submit(): Promise<boolean> {
      if (inFlight) return false;
      inFlight = true;
      const value = draft.value;
      let slow: ReturnType<typeof setTimeout> | undefined;
      try {
        const saving = saveDraft(value);
        // "Saving…" only for a write that is slow to come back: on every save it would flash by,
        // and its render would hold up the write.
        slow = setTimeout(() => (status.value = { kind: 'saving' }), SLOW_SAVE_MS);
        const result = await saving;
        if (!result.ok) {
          errors.value = result.errors;
          status.value = { kind: 'idle' };
          return false;
        }
        errors.value = [];
        // Anything typed while the save was in flight is a new draft, not part of this entry.
        if (draft.value === value) {
          draft.value = {
            ...emptyDraft,
            kind: value.kind,
            source: currentPage,
            ...(value.owner ? { owner: value.owner } : {}),
          };
          drafts.clear();
        }
        status.value = { kind: 'saved' };
        return true;
      } catch (error) {
        status.value = {
          kind: 'failed',
          message: `Not saved: ${explain(error)} Your text is kept here.`,
        };
        return false;
      } finally {
        clearTimeout(slow);
        inFlight = false;
      }
    },
  };
}

export type CaptureState = ReturnType<typeof createCaptureState>;

export function toCaptureInput(draft: EntryDraft): CaptureInput {
  return {
    kind: draft.kind,
    text: draft.text,
    tags: parseTags(draft.tags),
    areas: draft.areas,
    ...(draft.energy === undefined ? {} : { energy: draft.energy }),
    ...(draft.kind === 'feedback' && draft.person.trim() ? { person: draft.person } : {}),
    ...(draft.kind === 'feedback' && draft.signal ? { signal: draft.signal } : {}),
    ...(draft.kind === 'feedback' && draft.about?.length ? { about: draft.about } : {}),
    ...(draft.source ? { source: draft.source } : {}),
  };
}
