import { effect, type ReadonlySignal, signal, untracked } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { LiveResult } from '../kit/use-live-query';

export interface LiveRead<T> {
  result: ReadonlySignal<LiveResult<T>>;
  dispose(): void;
}

/**
 * A Dexie live query held in a signal, for the log's state factories. `input` reads the signals
 * the query depends on; whenever its value changes (compared as JSON) the query is subscribed
 * again, and its last result stays until the new one comes. While `input` gives `undefined`
 * nothing is read (a view not on screen). The query runs again whenever the tables it read change,
 * in this page or in any other context of the extension.
 */
export function liveRead<I, T>(input: () => I | undefined, query: (input: I) => Promise<T>): LiveRead<T> {
  const result = signal<LiveResult<T>>({ status: 'loading' });
  let key: string | undefined;
  let subscription: { unsubscribe(): void } | undefined;
  const stop = () => {
    subscription?.unsubscribe();
    subscription = undefined;
  };
  const stopFollowing = effect(() => {
    const value = input();
    const next = value === undefined ? undefined : JSON.stringify(value);
    if (next === key) return;
    key = next;
    stop();
    if (value === undefined) return;
    // Signals the query itself reads are not inputs: only `input` decides when it runs again.
    untracked(() => {
      subscription = liveQuery(() => query(value)).subscribe({
        next: (value) => {
          result.value = { status: 'ready', value };
        },
        error: (error: unknown) => {
          result.value = { status: 'error', error };
        },
      });
    });
  });
  return {
    result,
    dispose() {
      stopFollowing();
      stop();
    },
  };
}
