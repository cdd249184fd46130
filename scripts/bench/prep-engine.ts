import { buildPrep } from '../../src/domain/prep/build-prep';
import type { Period, PrepLog, PrepRequest } from '../../src/domain/prep/types';

/**
 * Building a prep from the whole log, in Node, with the entries in the order the prep page reads
 * them (the `[occurredOn+createdAt]` index): the talking-points engine alone, without IndexedDB
 * or rendering. One sample list per conversation kind.
 */
export function measurePrepEngine(log: PrepLog, period: Period, now: Date, warmUp: number, runs: number): Map<PrepRequest['kind'], number[]> {
  const ordered: PrepLog = {
    ...log,
    entries: [...log.entries].sort((a, b) =>
      a.occurredOn !== b.occurredOn ? (a.occurredOn < b.occurredOn ? -1 : 1) : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
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
      const started = performance.now();
      buildPrep(ordered, request, now);
      if (i >= warmUp) times.push(performance.now() - started);
    }
    samples.set(request.kind, times);
  }
  return samples;
}
