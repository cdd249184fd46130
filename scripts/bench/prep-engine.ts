import { buildPrep } from '../../src/domain/prep/build-prep';
import type { Period, PrepLog, PrepRequest } from '../../src/domain/prep/types';

/**
 * Building a prep from the whole log, in Node, with the entries in the order the prep page reads
 * them (the `[occurredOn+createdAt]` index): the talking-points engine alone, without IndexedDB
 * or rendering. One sample list per conversation kind. `fresh` gives each build its own copy of
 * the log, as after a reload: the figure the budget is for. Without it, the same log is built from
 * again, as when the prep page switches conversation: the engine keeps its reading of a log for
 * the period, so those builds only fill in the conversation.
 */
export function measurePrepEngine(
  log: PrepLog,
  period: Period,
  now: Date,
  warmUp: number,
  runs: number,
  { fresh = false }: { fresh?: boolean } = {},
): Map<PrepRequest['kind'], number[]> {
  const ordered: PrepLog = {
    ...log,
    entries: [...log.entries].sort((a, b) =>
      a.occurredOn !== b.occurredOn
        ? a.occurredOn < b.occurredOn
          ? -1
          : 1
        : a.createdAt < b.createdAt
          ? -1
          : a.createdAt > b.createdAt
            ? 1
            : 0,
    ),
  };
  const requests: PrepRequest[] = [
    { kind: 'promotion', period },
    { kind: 'lateral', targetArea: 'teaching', period, personId: log.people[0]!.id },
    { kind: 'step-down', period },
    { kind: 'review', period },
  ];
  const samples = new Map<PrepRequest['kind'], number[]>();
  for (const request of requests) {
    const times: number[] = [];
    for (let i = 0; i < warmUp + runs; i++) {
      // Fresh: a copy of the log, made before the clock starts, as after a reload: nothing read
      // from an earlier build is reused (one copy at a time, so the heap stays a page's size).
      // Otherwise the same log object each time, as when the prep page switches conversation.
      const input = fresh ? { ...ordered, entries: structuredClone(ordered.entries) } : ordered;
      const started = performance.now();
      buildPrep(input, request, now);
      if (i >= warmUp) times.push(performance.now() - started);
    }
    samples.set(request.kind, times);
  }
  return samples;
}
