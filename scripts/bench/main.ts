/**
 * `npm run bench`: Latitude measured against the browser's own floor, in one run of headless
 * Debian Chromium with the built extension (budgets: README, "Performance"). Every figure is
 * taken `--runs` times after `--warm-up` unrecorded runs; the table gives the median and the
 * range, and the same goes to a JSON file. Budgets are reported here, never asserted in tests.
 *
 *   npm run bench -- [--out .output/bench.json] [--runs 7] [--warm-up 2] [--entries 10000] [--seed 1]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_DEBOUNCE_MS } from '../../src/ui/log/log-state';
import { generateLog } from '../../tests/fixtures/generate-log';
import { ExtensionSession } from '../../tests/e2e/support/extension-session';
import { initialJavaScript, POPUP_INITIAL_JS_BUDGET } from '../../tests/e2e/support/initial-javascript';
import { measureBackup } from './backup';
import { benchExtensionDir } from './bench-extension';
import { measureCapture } from './capture';
import { measurePrepEngine } from './prep-engine';
import { measurePrepPage, PREP_PAGE_BUDGET } from './prep-page';
import { timeBlankPage, timeFirstScreen, type Shown } from './probes';
import { measureSearch } from './search';
import { replaceLog } from './seed-database';
import { type Figure, type FloorRow, floorRatio, floorTable, passes, ratio, summarize, table } from './stats';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: '.output/bench.json' },
    runs: { type: 'string', default: '7' },
    'warm-up': { type: 'string', default: '2' },
    entries: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
  },
});
const RUNS = Number(args.runs);
const WARM_UP = Number(args['warm-up']);
const ENTRIES = Number(args.entries);
const SEED = Number(args.seed);
// The build with the floor pages added (bench-extension.ts): they are never in the production build.
const EXTENSION_DIR = benchExtensionDir();
const n = ENTRIES.toLocaleString('en');

/** What "first screen" means on each surface: the controls and the data a user came for. */
const POPUP_READY: Shown[] = [
  { selector: 'button', pattern: '^Save$' },
  { selector: 'section[aria-labelledby="recent-heading"] li' },
];
const POPUP_FORM: Shown[] = [{ selector: 'button', pattern: '^Save$' }];
const FLOOR_READY: Shown[] = [{ selector: 'li' }];
const LOG_READY: Shown[] = [{ selector: 'section[aria-label="Entries"] li.log-entry' }];
const PANEL_READY: Shown[] = [{ selector: 'section[aria-labelledby="recent-heading"] li' }];

/** `warmUp` unrecorded calls, then `runs` recorded ones. */
async function repeat(fn: () => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const value = await fn();
    if (i >= WARM_UP) samples.push(value);
  }
  return samples;
}

/** A surface and its floors measured in turns, so that all see the same moments of the machine. */
async function repeatTogether(...measures: (() => Promise<number>)[]): Promise<number[][]> {
  const samples = measures.map((): number[] => []);
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    for (const [k, measure] of measures.entries()) {
      const value = await measure();
      if (i >= WARM_UP) samples[k]!.push(value);
    }
  }
  return samples;
}

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

const figures: Figure[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'latitude-bench-'));
const session = await ExtensionSession.launch({ extensionDir: EXTENSION_DIR });
let chromium = 'unknown';
try {
  const { context } = session;
  const blankUrl = session.url('bench-blank.html');
  const floorUrl = session.url('bench-floor.html');
  const popupUrl = session.url('popup.html');

  // A page of the extension opens the database first, as a new install would.
  const home = await context.newPage();
  await home.goto(session.url('log.html'));
  await home.getByRole('heading', { name: 'Your log', level: 1 }).waitFor();
  // The user agent string is reduced to "156.0.0.0"; the DevTools protocol gives the full version.
  const cdp = await context.newCDPSession(home);
  chromium = (await cdp.send('Browser.getVersion')).product.split('/')[1] ?? chromium;
  await cdp.detach();

  log('capture…');
  const capture = await measureCapture(context, popupUrl, WARM_UP, RUNS);
  figures.push(
    summarize('capture: Save → committed', 'ms', capture.captureMs, { note: 'click to "Saved", popup page' }),
    summarize('floor: bare IndexedDB put, scratch store', 'ms', capture.barePutMs, {
      note: 'same record, indexes, strict durability; empty database',
    }),
    summarize("floor: bare IndexedDB put, Latitude's store", 'ms', capture.sameStorePutMs, {
      note: 'the same put into the entries store, beside the log',
    }),
    ratio('capture ÷ bare put, scratch store', capture.captureMs, capture.barePutMs, {
      budget: 1.5,
      note: 'paired samples',
    }),
    ratio("capture ÷ bare put, Latitude's store", capture.captureMs, capture.sameStorePutMs, {
      budget: 1.5,
      note: 'paired samples',
    }),
  );

  log('popup first render…');
  const [popupSmall, blankSmall, floorSmall] = await repeatTogether(
    () => timeFirstScreen(context, popupUrl, POPUP_READY, { width: 380, height: 600 }),
    () => timeBlankPage(context, blankUrl),
    () => timeFirstScreen(context, floorUrl, FLOOR_READY, { width: 380, height: 600 }),
  );
  figures.push(
    summarize(
      'popup: form rendered (no data yet)',
      'ms',
      await repeat(() => timeFirstScreen(context, popupUrl, POPUP_FORM, { width: 380, height: 600 })),
      {
        note: 'navigation → Save button in DOM',
      },
    ),
    summarize('popup: first render with data', 'ms', popupSmall!, { note: 'navigation → Save + Recent in DOM' }),
    summarize('floor: blank extension page', 'ms', blankSmall!, { note: 'navigation → load event end' }),
    summarize('floor: one script, 5 entries by bare IndexedDB', 'ms', floorSmall!, {
      note: 'navigation → entries in DOM (bench-floor.html)',
    }),
    ratio('popup ÷ blank page', popupSmall!, blankSmall!, { budget: 1.5, note: 'paired samples' }),
    ratio('popup ÷ bare-IndexedDB page', popupSmall!, floorSmall!, { note: 'paired samples' }),
  );

  log(`seeding ${ENTRIES} entries…`);
  const now = new Date();
  const generated = generateLog(ENTRIES, { seed: SEED, now });
  await replaceLog(home, generated);
  await home.close();
  const days = generated.entries.map((e) => e.occurredOn).sort();
  const whole = { from: days[0]!, to: days.at(-1)! };

  log('first screens…');
  const [popupLarge, blankLarge, floorLarge] = await repeatTogether(
    () => timeFirstScreen(context, popupUrl, POPUP_READY, { width: 380, height: 600 }),
    () => timeBlankPage(context, blankUrl),
    () => timeFirstScreen(context, floorUrl, FLOOR_READY, { width: 380, height: 600 }),
  );
  figures.push(
    summarize(`popup: first render, ${n} entries`, 'ms', popupLarge!, { note: 'navigation → Save + Recent in DOM' }),
    ratio(`popup ÷ blank page, ${n} entries`, popupLarge!, blankLarge!, { budget: 1.5, note: 'paired samples' }),
    ratio(`popup ÷ bare-IndexedDB page, ${n} entries`, popupLarge!, floorLarge!, { note: 'paired samples' }),
  );
  figures.push(
    summarize(
      `log page: first screen, ${n} entries`,
      'ms',
      await repeat(() => timeFirstScreen(context, session.url('log.html'), LOG_READY)),
      {
        budget: 100,
        note: 'navigation → first page of entries in DOM',
      },
    ),
    summarize(
      `side panel: first screen, ${n} entries`,
      'ms',
      await repeat(() =>
        timeFirstScreen(context, session.url('sidepanel.html'), PANEL_READY, { width: 360, height: 720 }),
      ),
      { budget: 100, note: 'navigation → latest entries in DOM' },
    ),
  );

  log('prep page…');
  const prepPage = await measurePrepPage(
    context,
    (path) => session.url(path),
    { kind: 'promotion', period: whole },
    WARM_UP,
    RUNS,
  );
  figures.push(
    summarize(`prep page: first paint of a promotion, ${n} entries`, 'ms', prepPage.prepMs, {
      note: 'navigation → title, "Say first" and talking points in DOM',
    }),
    summarize('floor: blank extension page, same run', 'ms', prepPage.blankMs, { note: 'navigation → load event end' }),
    ratio(`prep page ÷ blank page, ${n} entries`, prepPage.prepMs, prepPage.blankMs, {
      budget: PREP_PAGE_BUDGET,
      note: 'paired samples',
    }),
  );

  log('prep engine…');
  for (const [kind, samples] of measurePrepEngine(generated, whole, now, WARM_UP + 1, RUNS * 2, { fresh: true })) {
    figures.push(
      summarize(`prep engine: ${kind}, ${n} entries`, 'ms', samples, {
        budget: 50,
        note: 'buildPrep in Node, whole log, first build',
      }),
    );
  }
  for (const [kind, samples] of measurePrepEngine(generated, whole, now, WARM_UP + 3, RUNS * 3)) {
    figures.push(
      summarize(`prep engine, next conversation: ${kind}`, 'ms', samples, {
        note: 'the same log again: its reading is kept',
      }),
    );
  }

  log('search…');
  const search = await measureSearch(context, session.url('log.html'), WARM_UP, RUNS);
  if (search) {
    figures.push(
      summarize(`search: one query, ${n} entries`, 'ms', search.queryMs, {
        budget: 10,
        note: 'ranking + filters, in the log page',
      }),
      summarize(`search: typed → results shown, ${n} entries`, 'ms', search.shownMs, {
        note: `input → last DOM change, its ${SEARCH_DEBOUNCE_MS} ms typing pause included`,
      }),
    );
  } else {
    log('search: not available (the log page has no searchbox named "Search")');
  }

  log('export and import…');
  const backup = await measureBackup(
    context,
    session.url('options.html'),
    scratch,
    1,
    Math.max(3, Math.ceil(RUNS / 2)),
  );
  const importTotal = backup.importDryRunMs.map((ms, i) => ms + backup.importWriteMs[i]!);
  figures.push(
    summarize(`export: ${n} entries`, 'ms', backup.exportMs, {
      budget: 1000,
      note: `click → "Backup saved", ${(backup.fileBytes / 1e6).toFixed(1)} MB file`,
    }),
    summarize(`import: ${n} entries`, 'ms', importTotal, { budget: 2000, note: 'dry run + write, into an empty log' }),
    summarize('import: read + validate + dry run', 'ms', backup.importDryRunMs, {
      note: 'file chosen → dry run shown',
    }),
    summarize('import: write', 'ms', backup.importWriteMs, { note: 'click → "Imported"' }),
    summarize(`floor: bare IndexedDB add of the same records`, 'ms', backup.bareAddMs, {
      note: "the backup's every table, into Latitude's emptied stores, one strict transaction",
    }),
    ratio('import write ÷ bare add, same records and stores', backup.importWriteMs, backup.bareAddMs, {
      budget: 1.3,
      note: 'paired samples: each write right after its floor',
    }),
  );

  // The bench's own floor pages ship in the build too; only Latitude's pages are reported.
  for (const page of initialJavaScript(EXTENSION_DIR).filter(
    (p) => p.files.length > 0 && !p.page.startsWith('bench-'),
  )) {
    figures.push(
      summarize(`initial JS, ${page.page}`, 'B', [page.gzipBytes], {
        ...(page.page === 'popup.html' ? { budget: POPUP_INITIAL_JS_BUDGET } : {}),
        note: `gzip -9 of ${page.files.length} files (${(page.bytes / 1000).toFixed(1)} kB raw)`,
      }),
    );
  }
  if (!search) {
    figures.push({
      name: 'search: one query',
      unit: 'ms',
      median: NaN,
      min: NaN,
      max: NaN,
      samples: [],
      budget: 10,
      note: 'not available: no "Search" box on the log page',
    });
  }
} finally {
  await session.close();
  rmSync(scratch, { recursive: true, force: true });
}

const machine = {
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  memoryGb: Math.round(totalmem() / 1e9),
  chromium,
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
/** The figure whose name starts with `prefix` (names carry the log's size), if it was measured. */
const find = (prefix: string) => figures.find((f) => f.name.startsWith(prefix));
const popupJsBudget = summarize('60 kB budget', 'B', [POPUP_INITIAL_JS_BUDGET]);
const floors: FloorRow[] = [
  {
    figure: 'capture vs bare IndexedDB put',
    latitude: find('capture: Save'),
    floor: find("floor: bare IndexedDB put, Latitude's store"),
    paired: find("capture ÷ bare put, Latitude's store"),
    budget: 1.5,
  },
  {
    figure: 'popup first screen vs blank page',
    latitude: find(`popup: first render, ${n}`),
    floor: find('floor: blank extension page'),
    paired: find(`popup ÷ blank page, ${n}`),
    budget: 1.5,
  },
  {
    figure: 'log first screen vs blank page',
    latitude: find('log page: first screen'),
    floor: find('floor: blank extension page'),
    budget: 2,
  },
  {
    figure: 'prep first paint vs blank page',
    latitude: find('prep page:'),
    floor: find('floor: blank extension page'),
    budget: 2.5,
  },
  {
    figure: 'import write vs bare add of the same records',
    latitude: find('import: write'),
    floor: find('floor: bare IndexedDB add of the same records'),
    paired: find('import write ÷ bare add'),
    budget: 1.3,
  },
  { figure: 'export (no floor measured)', latitude: find('export: '), floor: undefined },
  { figure: 'popup bundle vs 60 kB', latitude: find('initial JS, popup.html'), floor: popupJsBudget, budget: 1 },
];
const compared = new Set(floors.flatMap((row) => [row.latitude, row.floor, row.paired]));

const report = {
  date: new Date().toISOString(),
  machine,
  entries: ENTRIES,
  seed: SEED,
  runs: RUNS,
  warmUp: WARM_UP,
  floors: floors.map((row) => ({
    figure: row.figure,
    latitude: row.latitude?.name,
    floor: row.floor?.name,
    ratio: floorRatio(row),
    budget: row.budget,
  })),
  figures: figures.map((f) => ({ ...f, pass: passes(f) })),
};
const out = resolve(args.out!);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(`Latitude benchmark, ${report.date}: Chromium ${chromium}, Node ${process.version}, ${machine.cpus}`);
console.log(`${RUNS} runs after ${WARM_UP} warm-up(s); ${n} entries from seed ${SEED}\n`);

console.log(floorTable(floors));
console.log('\nEvery other figure:\n');
console.log(table(figures.filter((f) => !compared.has(f))));
const missed = [
  ...floors.filter((row) => row.budget !== undefined && (floorRatio(row) ?? 0) > row.budget).map((row) => row.figure),
  ...figures.filter((f) => f.samples.length > 0 && passes(f) === false).map((f) => f.name),
];
console.log(`\n${missed.length === 0 ? 'Every measured budget is met.' : `Budgets missed: ${missed.join('; ')}.`}`);
console.log(`JSON: ${out}`);
