/**
 * `npm run bench:prep`: the talking-points engine alone, in Node, on a generated log (no browser):
 * each conversation built from the whole log, `--runs` times after `--warm-up` unrecorded runs,
 * first on a fresh copy of the log (as after a reload: the budgeted figure, 50 ms for 10,000
 * entries), then again on the same log (switching conversation). The same figures as the "prep
 * engine" rows of `npm run bench`, for a quick look while working on the engine.
 *
 *   npm run bench:prep -- [--runs 21] [--warm-up 5] [--entries 10000] [--seed 1]
 */
import { parseArgs } from 'node:util';
import { generateLog } from '../../tests/fixtures/generate-log';
import { measurePrepEngine } from './prep-engine';
import { summarize, table } from './stats';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    'warm-up': { type: 'string', default: '5' },
    entries: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
  },
});
const entries = Number(args.entries);
const now = new Date();
const log = generateLog(entries, { seed: Number(args.seed), now });
const days = log.entries.map((entry) => entry.occurredOn).sort();
const whole = { from: days[0]!, to: days.at(-1)! };
const n = entries.toLocaleString('en');
const warmUp = Number(args['warm-up']);
const runs = Number(args.runs);
const figures = [
  ...[...measurePrepEngine(log, whole, now, warmUp, runs, { fresh: true })].map(([kind, samples]) =>
    summarize(`prep engine: ${kind}, ${n} entries`, 'ms', samples, {
      budget: 50,
      note: 'buildPrep in Node, whole log, first build',
    }),
  ),
  ...[...measurePrepEngine(log, whole, now, warmUp, runs)].map(([kind, samples]) =>
    summarize(`prep engine, next conversation: ${kind}`, 'ms', samples, {
      note: 'the same log again: its reading is kept',
    }),
  ),
];
console.log(table(figures));
