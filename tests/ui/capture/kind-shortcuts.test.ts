import { kindShortcut, kindShortcutIndex } from '../../../src/ui/capture/kind-shortcuts';

const chord = (code: string, modifiers: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>) => ({
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('the side panel kind chords', () => {
  it('are Alt+Shift with the kind’s number, on the digit row or the keypad', () => {
    expect(kindShortcut(0)).toBe('Alt+Shift+1');
    expect(kindShortcut(4)).toBe('Alt+Shift+5');
    expect(kindShortcutIndex(chord('Digit1', { altKey: true, shiftKey: true }))).toBe(0);
    expect(kindShortcutIndex(chord('Digit5', { altKey: true, shiftKey: true }))).toBe(4);
    expect(kindShortcutIndex(chord('Numpad3', { altKey: true, shiftKey: true }))).toBe(2);
  });

  it('leave the browsers’ and desktops’ own chords alone', () => {
    // Alt+digit: nth tab in Firefox and Chrome on Linux. Ctrl/Cmd+digit: nth tab everywhere.
    expect(kindShortcutIndex(chord('Digit1', { altKey: true }))).toBeUndefined();
    expect(kindShortcutIndex(chord('Digit1', { ctrlKey: true }))).toBeUndefined();
    expect(kindShortcutIndex(chord('Digit1', { metaKey: true, shiftKey: true }))).toBeUndefined();
    // AltGr is Ctrl+Alt on many layouts, and types characters.
    expect(kindShortcutIndex(chord('Digit2', { ctrlKey: true, altKey: true, shiftKey: true }))).toBeUndefined();
    expect(kindShortcutIndex(chord('Digit0', { altKey: true, shiftKey: true }))).toBeUndefined();
    expect(kindShortcutIndex(chord('KeyL', { altKey: true, shiftKey: true }))).toBeUndefined();
  });
});
