/**
 * Why a write to the log could not be stored, in a sentence for the person who typed it: what
 * happened and what to do. Dexie passes the browser's error on by name (sometimes wrapped, with
 * the original as `inner`).
 */
export function writeFailureReason(error: unknown): string {
  const names = errorNames(error);
  if (names.has('QuotaExceededError')) {
    return 'the browser has no storage space left for Latitude. Free some disk space, then save again.';
  }
  if (names.has('DatabaseClosedError') || names.has('VersionError') || names.has('VersionChangeError')) {
    return 'Latitude was updated in another view. Reload this page, then save again.';
  }
  if (names.has('AbortError')) return 'the browser stopped the write before it finished. Save again.';
  if (names.has('OpenFailedError') || names.has('MissingAPIError') || names.has('InvalidStateError')) {
    return 'Latitude cannot open its storage in this browser right now.';
  }
  // The browser's own words: Dexie's wrapper repeats them after its error's name.
  const message = innermost(error)?.message.trim() ?? '';
  return message ? `${message.replace(/\.$/, '')}.` : 'something went wrong.';
}

function innermost(error: unknown): Error | undefined {
  let found: Error | undefined;
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    found = current;
    current = (current as { inner?: unknown }).inner;
  }
  return found;
}

function errorNames(error: unknown): Set<string> {
  const names = new Set<string>();
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    names.add(current.name);
    current = (current as { inner?: unknown }).inner;
  }
  return names;
}
