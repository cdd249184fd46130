import { effect, type ReadonlySignal, type Signal, signal, untracked } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { LiveResult } from './use-live-query';

export const LOADING: LiveResult<never> = { status: 'loading' };

/**
 * Keeps `into` set to what `query` reads, read again whenever the tables it read change, in this
 * page or in any other context of the extension (Dexie broadcasts its changes between them).
 * Unsubscribe to stop.
 */
export function follow<T>(into: Signal<LiveResult<T>>, query: () => Promise<T>): { unsubscribe(): void } {
  return liveQuery(query).subscribe({
    next: (value) => (into.value = { status: 'ready', value }),
    error: (error: unknown) => (into.value = { status: 'error', error }),
  });
}

function sameKey(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * Dexie queries kept live in signals (`follow`), for a view's state factory, each with the signals
 * it depends on. `dispose()` ends them all, when the view goes.
 */
export function createLiveReads() {
  const stops: (() => void)[] = [];
  return {
    /**
     * `key` reads the signals the query depends on and returns what it needs (or `undefined`:
     * nothing to read, the result stays loading); the query runs again when the key changes
     * (element by element), and the result is loading until the new one is read.
     */
    read<T, const K extends readonly unknown[]>(
      key: () => K | undefined,
      query: (key: NoInfer<K>) => Promise<T>,
    ): ReadonlySignal<LiveResult<T>> {
      const result = signal<LiveResult<T>>(LOADING);
      let last: K | undefined;
      let following: { unsubscribe(): void } | undefined;
      const stopEffect = effect(() => {
        const next = key();
        if (following && sameKey(next, last)) return;
        last = next;
        following?.unsubscribe();
        following = undefined;
        result.value = LOADING;
        // The query's own reads are not the key's: they must not re-run this effect.
        if (next) following = untracked(() => follow(result, () => query(next)));
      });
      stops.push(() => {
        stopEffect();
        following?.unsubscribe();
      });
      return result;
    },
    dispose() {
      for (const stop of stops.splice(0)) stop();
    },
  };
}

export type LiveReads = ReturnType<typeof createLiveReads>;
