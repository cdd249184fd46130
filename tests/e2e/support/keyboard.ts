import type { CDPSession } from 'playwright-core';

const MODIFIER_BITS = { Alt: 1, Control: 2, Meta: 4, Shift: 8 } as const;
type Modifier = keyof typeof MODIFIER_BITS;

/** Something that can deliver a DevTools protocol command to one page. */
export interface KeyTarget {
  send(method: 'Input.dispatchKeyEvent', params: Record<string, unknown>): Promise<unknown>;
}

/**
 * Presses a chord such as "Alt+Shift+K" as the operating system would deliver it to the browser
 * window: a raw key-down and a key-up with native key codes. Unlike Playwright's `keyboard.press`,
 * which types into the page, this goes through the browser's own shortcut handling first, so
 * extension commands (`chrome.commands`) see it.
 */
export async function pressChord(target: KeyTarget | CDPSession, chord: string): Promise<void> {
  const parts = chord.split('+');
  const key = parts.pop();
  if (!key || !/^[A-Z]$|^Enter$/.test(key)) throw new Error(`Unsupported chord: ${chord}`);
  let modifiers = 0;
  for (const part of parts) {
    if (!(part in MODIFIER_BITS)) throw new Error(`Unknown modifier ${part} in ${chord}`);
    modifiers |= MODIFIER_BITS[part as Modifier];
  }
  const keyCode = key === 'Enter' ? 13 : key.charCodeAt(0);
  const event = {
    modifiers,
    key,
    code: key === 'Enter' ? 'Enter' : `Key${key}`,
    windowsVirtualKeyCode: keyCode,
    nativeVirtualKeyCode: keyCode,
  };
  const send = (target as KeyTarget).send.bind(target);
  await send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event });
  await send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
}
