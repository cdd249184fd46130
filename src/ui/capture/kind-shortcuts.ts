/**
 * The side panel's one-key capture chords: Alt+Shift+1 for the first kind offered, Alt+Shift+2 for
 * the second, and so on. Alt with a digit alone is taken on Linux: both Firefox and Chrome switch
 * to the nth tab with it (Ctrl+digit does the same everywhere, Cmd+digit on macOS). Alt+Shift with
 * a digit is bound by neither browser nor by the usual desktops, and matches Latitude's own
 * commands (Alt+Shift+L, Alt+Shift+K).
 *
 * `code` is read rather than `key`: with Shift held the key is "!" or "@" (or, on a macOS Option
 * layer, another symbol), but the physical key is still Digit1, Digit2…
 */
export function kindShortcut(index: number): string {
  return `Alt+Shift+${index + 1}`;
}

type Chord = Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>;

/** The index of the kind a key press asks for (0 for Alt+Shift+1), or undefined when it is no chord. */
export function kindShortcutIndex(event: Chord): number | undefined {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return match ? Number(match[1]) - 1 : undefined;
}
