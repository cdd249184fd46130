import { useCallback, useState } from 'preact/hooks';
import { type PrepSelection, selectionFromHash, selectionToHash } from '../../domain/prep/selection';

type HashWindow = Pick<Window, 'location' | 'history'>;

/**
 * The prep page's selection, mirrored in the URL hash with `replaceState` (no history entry per
 * change), so a reload shows the same prep.
 */
export function useHashSelection(win: HashWindow): [PrepSelection, (next: PrepSelection) => void] {
  const [selection, setSelection] = useState(() => selectionFromHash(win.location.hash));
  const update = useCallback(
    (next: PrepSelection) => {
      setSelection(next);
      win.history.replaceState(null, '', selectionToHash(next));
    },
    [win],
  );
  return [selection, update];
}
