import { TEXT_MAX } from '../../domain/entry';
import type { CaptureState } from '../capture/capture-state';
import type { OverflowHandover } from './omnibox-handover';

interface Props {
  state: CaptureState;
  overflow: OverflowHandover;
}

const count = (n: number) => n.toLocaleString('en');

/**
 * Says what the hand-over of address-bar entries too long to be saved as they were did (see
 * omnibox-handover.ts): the length and the limit while the text is over it, or that an entry waits
 * for the form.
 */
export function OmniboxOverflowNotice({ state, overflow }: Props) {
  const length = state.draft.value.text.trim().length;
  const waiting = overflow.waiting.value;
  return (
    <>
      {overflow.adopted.value && length > TEXT_MAX && (
        <p class="banner" role="alert">
          {`This entry came from the address bar and has ${count(length)} characters; an entry holds at most ${count(TEXT_MAX)}. Shorten it here, then save.`}
        </p>
      )}
      {waiting.length > 0 && (
        <p class="banner" role="alert">
          {waiting.length === 1
            ? `An entry of ${count(waiting[0]!.overflow.text.trim().length)} characters from the address bar is waiting.`
            : `${count(waiting.length)} entries from the address bar are waiting, each over ${count(TEXT_MAX)} characters.`}{' '}
          It opens here to be shortened once what is in the form is saved; nothing is lost meanwhile.
        </p>
      )}
    </>
  );
}
