import { computed, signal } from '@preact/signals';
import type { DraftStore } from '../../browser/draft-store';
import { isStaleWrite } from '../../db/revisions';
import type { FieldError } from '../../domain/capture';
import type { Entry } from '../../domain/entry';
import {
  applyEntryDraft,
  differingFields,
  draftFromEntry,
  type EntryDraft,
  type EntryEditDraft,
} from '../../domain/entry-edit';
import { writeFailure } from '../kit/write-failure';

/**
 * Why a save was refused: another view saved this entry since the edit began (`other` is its
 * version), or deleted it (it may be purged since).
 */
export type EditConflict = { kind: 'changed'; other: Entry } | { kind: 'deleted' };

/**
 * What a save or a choice came to: stored (`closed` unless something was typed while the write was
 * in flight, which stays open on the stored version); refused fields; a conflict to resolve; a
 * write that failed; or nothing done (a save already under way).
 */
export type EditOutcome =
  | { status: 'saved'; entry: Entry; closed: boolean }
  | { status: 'refused'; errors: FieldError[] }
  | { status: 'stale'; conflict: EditConflict }
  | { status: 'failed'; message: string }
  | { status: 'busy' };

export interface EntryEditorDeps {
  /** The entry as it was when the edit began: what a save checks is still stored. */
  base: Entry;
  /** Fields typed earlier (a draft brought back after a reload), over the entry's own. */
  fields?: Partial<EntryDraft>;
  /** Where every keystroke is kept, until the save commits (or the edit is given up). */
  drafts: DraftStore<EntryEditDraft>;
  /**
   * Stores the edited entry if the stored one is still `base` (src/db/entries/edits.ts,
   * `updateEntry`); with `base` undefined, over anything. Resolves to the entry as stored.
   */
  save: (entry: Entry, base: Entry | undefined) => Promise<Entry>;
  now: () => Date;
  /** The editor is done (saved, cancelled, or discarded for an entry deleted elsewhere). */
  closed: (notice: string) => void;
}

/**
 * The log editor's state and actions, outside any component: the fields as typed, their errors,
 * a write that failed and why, and a conflict with another view. Every change is kept as a draft
 * at once; a save never writes over a version it did not start from, and when it is refused the
 * typed fields stay, beside the other version, until the user chooses: Save mine anyway, or
 * Discard mine.
 */
export function createEntryEditor(deps: EntryEditorDeps) {
  const { drafts, now } = deps;
  const base = signal<Entry>(deps.base);
  const draft = signal<EntryDraft>({ ...draftFromEntry(deps.base), ...deps.fields });
  const errors = signal<FieldError[]>([]);
  const conflict = signal<EditConflict | undefined>(undefined);
  /** Why the last write could not be stored, said where the user is looking. */
  const failure = signal('');
  /** What the last choice did, when the editor stays open (role `status`). */
  const notice = signal('');
  const saving = signal(false);

  /** What differs between the typed version and the other view's, for the conflict message. */
  const differences = computed(() => {
    const other = conflict.value;
    return other?.kind === 'changed' ? differingFields(draft.value, draftFromEntry(other.other)) : [];
  });
  /** Whether anything typed differs from the version the edit started from. */
  const dirty = computed(() => differingFields(draft.value, draftFromEntry(base.value)).length > 0);

  function keep() {
    drafts.save({ entryId: base.value.id, base: base.value, fields: draft.value });
  }

  /** Builds the entry from the fields as typed; refused fields are shown and nothing is written. */
  async function write(writeBase: Entry | undefined): Promise<EditOutcome> {
    if (saving.value) return { status: 'busy' };
    const typed = draft.value;
    const result = applyEntryDraft(base.value, typed, now());
    if (!result.ok) {
      errors.value = result.errors;
      return { status: 'refused', errors: result.errors };
    }
    saving.value = true;
    failure.value = '';
    notice.value = '';
    try {
      const stored = await deps.save(result.entry, writeBase);
      errors.value = [];
      conflict.value = undefined;
      base.value = stored;
      // Typed while the write was in flight: a new edit of the stored version, kept open.
      if (draft.value !== typed) {
        keep();
        return { status: 'saved', entry: stored, closed: false };
      }
      drafts.clear();
      deps.closed('Changes saved.');
      return { status: 'saved', entry: stored, closed: true };
    } catch (error) {
      if (isStaleWrite<Entry>(error)) {
        const found: EditConflict = error.stored ? { kind: 'changed', other: error.stored } : { kind: 'deleted' };
        conflict.value = found;
        return { status: 'stale', conflict: found };
      }
      const message = `Not saved: ${writeFailure(error)} What you typed is kept.`;
      failure.value = message;
      return { status: 'failed', message };
    } finally {
      saving.value = false;
    }
  }

  return {
    entryId: deps.base.id,
    base,
    draft,
    errors,
    conflict,
    failure,
    notice,
    saving,
    differences,
    dirty,
    errorFor: (field: string) => errors.value.find((error) => error.field === field),

    update(patch: Partial<EntryDraft>) {
      draft.value = { ...draft.value, ...patch };
      keep();
      notice.value = '';
      const changed = new Set(Object.keys(patch));
      errors.value = errors.value.filter((error) => !changed.has(error.field));
    },

    /** Saves over the version the edit started from, and only over that one. */
    submit: () => write(base.value),

    /**
     * The typed version wins: written over the other view's version (the one shown, so that a
     * third change meanwhile is still noticed), or, for an entry deleted elsewhere, brought back
     * with the edited fields.
     */
    saveMineAnyway() {
      const found = conflict.value;
      return write(found?.kind === 'changed' ? found.other : undefined);
    },

    /**
     * The other view's version wins: loaded into the editor, or, for an entry deleted elsewhere,
     * the editor closes and the entry stays deleted.
     */
    discardMine() {
      const found = conflict.value;
      if (!found) return;
      drafts.clear();
      if (found.kind === 'deleted') {
        deps.closed('Your changes were discarded; the entry stays deleted.');
        return;
      }
      base.value = found.other;
      draft.value = draftFromEntry(found.other);
      errors.value = [];
      failure.value = '';
      conflict.value = undefined;
      notice.value = 'Your changes were discarded; the editor now holds the version saved in the other view.';
    },

    /** Gives the edit up: the draft goes, the stored entry stays as it is. */
    cancel() {
      drafts.clear();
      deps.closed('');
    },

    /** A conflict found before any save (a draft brought back after the entry changed). */
    showConflict(found: EditConflict) {
      conflict.value = found;
    },
  };
}

export type EntryEditor = ReturnType<typeof createEntryEditor>;
