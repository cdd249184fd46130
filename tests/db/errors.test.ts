import Dexie from 'dexie';
import { errorNames, innermostError, isQuotaError } from '../../src/db/errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('database errors', () => {
  it('sees a full disk through the error Dexie wraps around it', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quota());
    expect(errorNames(wrapped)).toEqual(new Set(['AbortError', 'QuotaExceededError']));
    expect(innermostError(wrapped)?.message).toBe('The quota has been exceeded.');
    expect(isQuotaError(wrapped)).toBe(true);
    expect(isQuotaError(quota())).toBe(true);
  });

  it('does not take other failures, or things that are not errors, for a full disk', () => {
    expect(isQuotaError(new DOMException('The transaction was aborted.', 'AbortError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    expect(innermostError('not an error')).toBeUndefined();
  });
});
