import { type ReadonlySignal, signal } from '@preact/signals';
import type { DraftStore } from '../../browser/draft-store';
import type { OmniboxOverflowInbox, WaitingOverflow } from '../../browser/omnibox-overflow';
import { isBlankDraft } from '../../domain/draft';
import type { CaptureState } from '../capture/capture-state';

export interface OverflowHandover {
  /** Whether the form holds an overflow taken over from the address bar, until it is saved. */
  readonly adopted: ReadonlySignal<boolean>;
  /** Overflows still waiting because the form held something else, oldest first. */
  readonly waiting: ReadonlySignal<WaitingOverflow[]>;
  /** Looks for waiting overflows once; resolves when the first one is taken over or left waiting. */
  start(): Promise<void>;
  stop(): void;
}

/**
 * Hands over omnibox lines too long to be an entry (kept by the background in `storage.local`) to
 * the popup's form, as its draft, so that the user can shorten and save them.
 *
 * The form's own draft comes first: a line is taken over only while the form is blank, checked at
 * the moment it is taken (the storage read is async, and the user may have typed meanwhile). A line
 * that finds the form in use keeps waiting, and is taken over after the next save. It leaves
 * `storage.local` only once it is this view's draft, so a popup closed at any point loses nothing.
 */
export function createOverflowHandover(
  state: CaptureState,
  drafts: DraftStore,
  inbox: OmniboxOverflowInbox,
): OverflowHandover {
  const adopted = signal(false);
  const waiting = signal<WaitingOverflow[]>([]);
  /** A line in the form whose draft could not be written: it leaves storage once it is saved. */
  let keptInStorage: string | undefined;
  let stopStatus: (() => void) | undefined;
  let stopped = false;
  /** Set while this hand-over itself says "Saved" again, which is no new save. */
  let restoring = false;

  const remove = (key: string) => void inbox.remove(key).catch(() => undefined);

  /** `afterSave`: the form was just saved; its "Saved" stays on screen beside the next line. */
  function takeNext(afterSave = false) {
    while (!stopped && waiting.value.length > 0) {
      const [next, ...rest] = waiting.value as [WaitingOverflow, ...WaitingOverflow[]];
      const draft = state.draft.value;
      // Taken over by an earlier popup that closed before it could let the line go.
      if (draft.text === next.overflow.text) {
        waiting.value = rest;
        adopted.value = true;
        remove(next.key);
        continue;
      }
      if (!isBlankDraft(draft)) return;
      // Omnibox captures carry no page, so the page attached to a blank form is not kept.
      state.update({ kind: next.overflow.kind, text: next.overflow.text, source: null });
      waiting.value = rest;
      adopted.value = true;
      if (drafts.load()?.text === next.overflow.text) remove(next.key);
      else keptInStorage = next.key;
      if (afterSave) {
        restoring = true;
        state.status.value = { kind: 'saved' };
        restoring = false;
      }
      return;
    }
  }

  return {
    adopted,
    waiting,
    async start() {
      stopStatus ??= state.status.subscribe((status) => {
        if (restoring || status.kind !== 'saved') return;
        adopted.value = false;
        if (keptInStorage) remove(keptInStorage);
        keptInStorage = undefined;
        // After the save has finished clearing the form and its draft, before any other event.
        queueMicrotask(() => takeNext(true));
      });
      try {
        waiting.value = await inbox.list();
      } catch {
        // storage.local unreadable: the lines stay where they are, for a later popup.
        return;
      }
      takeNext();
    },
    stop() {
      stopped = true;
      stopStatus?.();
    },
  };
}
