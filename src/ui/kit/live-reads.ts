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
    next: (value) => {
      into.value = { status: 'ready', value };
    },
    error: (error: unknown) => {
      into.value = { status: 'error', error };
    },
  });
}

export interface LiveRead<T> {
  result: ReadonlySignal<LiveResult<T>>;
  dispose(): void;
}

export interface LiveReadOptions<I> {
  /** Whether two inputs ask for the same read; by default their JSON is compared. */
  same?: (a: I, b: I) => boolean;
  /** Keep the last result on screen until the new input's is read (true), or show loading (false). */
  keepWhileReading?: boolean;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A Dexie live query held in a signal, for a view's state factory. `input` reads the signals the
 * query depends on; whenever its value changes the query is subscribed again. While `input` gives
 * `undefined` nothing is read (a view not on screen, a person not picked yet). The query runs again
 * whenever the tables it read change, whoever wrote them.
 */
export function liveRead<I, T>(
  input: () => I | undefined,
  query: (input: NoInfer<I>) => Promise<T>,
  { same = sameJson, keepWhileReading = true }: LiveReadOptions<I> = {},
): LiveRead<T> {
  const result = signal<LiveResult<T>>(LOADING);
  let last: I | undefined;
  let started = false;
  let following: { unsubscribe(): void } | undefined;
  const stop = () => {
    following?.unsubscribe();
    following = undefined;
  };
  const stopEffect = effect(() => {
    const next = input();
    const unchanged = next === undefined ? last === undefined : last !== undefined && same(next, last);
    if (started && unchanged) return;
    started = true;
    last = next;
    stop();
    if (!keepWhileReading) result.value = LOADING;
    // Signals the query itself reads are not inputs: only `input` decides when it runs again.
    if (next !== undefined) following = untracked(() => follow(result, () => query(next)));
  });
  return {
    result,
    dispose() {
      stopEffect();
      stop();
    },
  };
}

const sameElements = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

/**
 * Live reads (`liveRead`) that end together: `dispose()` ends them all, when the view goes. Each
 * key is compared element by element, and a new key shows loading until its result is read.
 */
export function createLiveReads() {
  const reads: LiveRead<unknown>[] = [];
  return {
    read<T, const K extends readonly unknown[]>(
      key: () => K | undefined,
      query: (key: NoInfer<K>) => Promise<T>,
    ): ReadonlySignal<LiveResult<T>> {
      const read = liveRead(key, query, { same: sameElements, keepWhileReading: false });
      reads.push(read);
      return read.result;
    },
    dispose() {
      for (const read of reads.splice(0)) read.dispose();
    },
  };
}

export type LiveReads = ReturnType<typeof createLiveReads>;
