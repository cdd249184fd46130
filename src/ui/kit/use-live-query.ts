import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Runs a Dexie query and runs it again whenever the tables it read change, in this page or in
 * any other context of the extension (popup, side panel, background): Dexie broadcasts its
 * changes between them.
 */
export function useLiveQuery<T>(query: () => Promise<T>, inputs: Inputs): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // The caller's inputs decide when the query itself changes, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, inputs);
  return result;
}
