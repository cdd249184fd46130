/**
 * What a failed database call was, read from the error the browser gave. Dexie passes the
 * browser's error on by name, sometimes wrapped in an error of its own with the original kept as
 * `inner`, so every check looks down that chain.
 */

/** The names of an error and of the errors it wraps, outermost first. */
export function errorNames(error: unknown): Set<string> {
  return new Set(errorChain(error).map((link) => link.name));
}

/** The browser's own error at the bottom of a wrapped one: its message is the plainest. */
export function innermostError(error: unknown): Error | undefined {
  return errorChain(error).at(-1);
}

/** The browser refused the write for lack of space. */
export function isQuotaError(error: unknown): boolean {
  return errorNames(error).has('QuotaExceededError') || /quota/i.test(innermostError(error)?.message ?? '');
}

const NO_SPACE = 'the browser has no storage space left for Latitude';
const FREE_SPACE = 'Free some disk space, then try again.';

/**
 * A full disk, in the same words wherever it is told (a view's "Not saved: …", an import, a copy,
 * the toolbar badge). `so` says what did not happen because of it ("nothing was imported"), `unchanged`
 * what that left as it was; `advice: false` leaves out what to do (the badge's tooltip is a
 * reason, not a dialogue); `midSentence` keeps the first letter small, after "Not saved: ".
 */
export function noSpaceLeft(
  words: { so?: string; unchanged?: string; advice?: boolean; midSentence?: boolean } = {},
): string {
  const sentence = [
    `${NO_SPACE}${words.so ? `, so ${words.so}` : ''}.`,
    words.unchanged,
    words.advice === false ? '' : FREE_SPACE,
  ]
    .filter(Boolean)
    .join(' ');
  return words.midSentence ? sentence : sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function errorChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let current = error; current instanceof Error && chain.length < 5; ) {
    chain.push(current);
    current = (current as { inner?: unknown }).inner;
  }
  return chain;
}
