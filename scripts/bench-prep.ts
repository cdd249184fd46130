/**
 * How long building a prep takes for a large log (budget: under 50 ms for 10,000 entries, see
 * DESIGN.md "Performance budgets"). A measurement, not a test: run it with
 *
 *   npx jiti scripts/bench-prep.ts [entries]
 *
 * (Under jiti, imports go through a proxy that slows every call; for a figure to quote, bundle it
 * first: `npx rolldown scripts/bench-prep.ts -o /tmp/bench-prep.mjs -p node && node /tmp/bench-prep.mjs`.)
 *
 * It prints the median and the worst of several runs per conversation kind, after a warm-up, for
 * the entries in the order the prep page reads them (the `[occurredOn+createdAt]` index) and in
 * a random order (the worst case, where the first step is a full sort).
 */
import { buildPrep } from '../src/domain/prep/build-prep';
import { EMPTY_AGENDA } from '../src/domain/prep/agenda';
import { prepToMarkdown } from '../src/domain/prep/markdown';
import { periodOfLastMonths } from '../src/domain/prep/period';
import type { PrepLog, PrepRequest } from '../src/domain/prep/types';
import { GENERATED_NOW, generateLog } from '../tests/fixtures/generate-log';

const count = Number(process.argv[2] ?? 10_000);
const generated = generateLog(count);
const indexOrder = [...generated.entries].sort((a, b) =>
  a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
);
const period = periodOfLastMonths(12, GENERATED_NOW);
const requests: PrepRequest[] = [
  { kind: 'promotion', period },
  { kind: 'lateral', targetArea: 'teaching', period, personId: generated.people[0]!.id },
  { kind: 'step-down', period },
  { kind: 'review', period },
];
const RUNS = 25;

console.log(`${count} entries, period ${period.from} to ${period.to}, ${RUNS} runs each`);
for (const [order, entries] of [
  ['index order', indexOrder],
  ['random order', generated.entries],
] as const) {
  console.log(order);
  measure({ ...generated, entries });
}

function measure(log: PrepLog) {
for (const request of requests) {
  for (let i = 0; i < 5; i++) buildPrep(log, request, GENERATED_NOW);
  const times: number[] = [];
  const cpu: number[] = [];
  let prep = buildPrep(log, request, GENERATED_NOW);
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    prep = buildPrep(log, request, GENERATED_NOW);
    const usage = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((usage.user + usage.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const entries = new Map(log.entries.map((e) => [e.id, e]));
  const items = new Map(log.actionItems.map((i) => [i.id, i]));
  const mdStart = performance.now();
  prepToMarkdown({ prep, agenda: EMPTY_AGENDA, entries, actionItems: items });
  const md = performance.now() - mdStart;
  console.log(
    `  ${request.kind.padEnd(10)} wall: median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms, worst ${times.at(-1)!.toFixed(1)} ms; CPU median ${cpu[Math.floor(RUNS / 2)]!.toFixed(1)} ms; Markdown ${md.toFixed(1)} ms`,
  );
}
}
