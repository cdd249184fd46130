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

function errorChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let current = error; current instanceof Error && chain.length < 5; ) {
    chain.push(current);
    current = (current as { inner?: unknown }).inner;
  }
  return chain;
}
