import { render, screen } from '@testing-library/preact';
import MiniSearch from 'minisearch';
import { countEntriesByKind, listFilteredEntriesPage } from '../../src/db/entries/log-page';
import { listPersonNames } from '../../src/db/people';
import { listTagNames } from '../../src/db/labels/tags';
import { type SearchDocument, SEARCH_OPTIONS, searchDocument } from '../../src/domain/entry-search';
import { EMPTY_FILTER, type LogFilter, periodRange } from '../../src/domain/log-filter';
import { createEntrySearch } from '../../src/ui/log/entry-search';
import { entrySourceFor } from '../../src/ui/log/entry-source';
import { LogApp } from '../../src/ui/log/LogApp';
import { freshDb } from '../../tests/fixtures/log-entries';
import { generateEntries } from './log-data';

const COUNT = 10_000;
const today = '2025-06-01';

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms (n=${samples.length})`;
}

async function time<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await run();
  return [performance.now() - start, value];
}

const lines: string[] = [];
const report = (line: string) => {
  lines.push(line);
  console.log(line);
};

describe(`the log page with ${COUNT.toLocaleString('en')} entries`, () => {
  it('prints how long the first screen, filters, index and searches take', async () => {
    const entries = generateEntries(COUNT);
    const db = freshDb();
    const [seedMs] = await time(() => db.entries.bulkPut(entries));
    report(`seed ${COUNT} entries into fake-indexeddb: ${seedMs.toFixed(0)} ms (setup, not a budget)`);

    const query = (filter: Partial<LogFilter>) => ({ filter: { ...EMPTY_FILTER, ...filter }, today });
    const firstScreen: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const [ms] = await time(() =>
        Promise.all([
          listFilteredEntriesPage(db, 50, query({})),
          countEntriesByKind(db, query({})),
          listTagNames(db),
          listPersonNames(db),
        ]),
      );
      firstScreen.push(ms);
    }
    report(`first-screen queries (page of 50 + counts + tag and person choices): ${stats(firstScreen)}`);

    for (const [label, filter] of [
      ['kind=feedback', { kind: 'feedback' }],
      ['tag=billing', { tag: 'billing' }],
      ['person=Ana Lima', { person: 'Ana Lima' }],
      ['period=last-90-days', { period: 'last-90-days' }],
      ['energy=energizing + area=teaching', { energy: 'energizing', area: 'teaching' }],
    ] as const) {
      const samples: number[] = [];
      const countSamples: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        samples.push((await time(() => listFilteredEntriesPage(db, 50, query(filter))))[0]);
        countSamples.push((await time(() => countEntriesByKind(db, query(filter))))[0]);
      }
      report(`filtered page ${label}: ${stats(samples)}; its counts: ${stats(countSamples)}`);
    }

    // The rendered page, from mount to the first entry on screen (happy-dom, fake-indexeddb).
    window.history.replaceState(null, '', '/log.html');
    const mounts: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      const view = render(<LogApp db={db} />);
      await screen.findAllByRole('listitem', {}, { interval: 1, timeout: 20_000 });
      mounts.push(performance.now() - start);
      view.unmount();
    }
    report(`LogApp mount to first entries rendered: ${stats(mounts)}`);

    // Building the index: the whole build, and the longest synchronous stretch (one chunk).
    const chunkTimes: number[] = [];
    const mini = new MiniSearch<SearchDocument>({
      fields: [...SEARCH_OPTIONS.fields],
      tokenize: SEARCH_OPTIONS.tokenize,
      processTerm: SEARCH_OPTIONS.processTerm,
    });
    for (let i = 0; i < entries.length; i += 250) {
      const start = performance.now();
      for (const entry of entries.slice(i, i + 250)) if (!entry.deletedAt) mini.add(searchDocument(entry, (id) => id));
      chunkTimes.push(performance.now() - start);
    }
    report(
      `MiniSearch indexing 250 entries in one go (the app slices this into steps of at most 8 ms): ${stats(chunkTimes)}`,
    );

    const search = createEntrySearch({
      source: entrySourceFor(db),
      areaName: (id) => id,
    });
    const [buildMs] = await time(() => search.prepare());
    report(`building the whole index from the database, in chunks: ${buildMs.toFixed(0)} ms (off the typing path)`);

    const queries = [
      'bil',
      'billing',
      'migr',
      'migration',
      'kube',
      'design review',
      'billing migration',
      'ana',
      'chen',
      'on-call',
      'q2 perf',
      'mentor',
      'mentorng',
      'migrtion',
      'dashbord',
      'postmortem incident',
      'acc',
      'p',
      'de',
      'talk conference workshop',
      '"c++"',
      '🎉',
      'petrovic',
      'audit security compliance',
    ];
    const plain: number[] = [];
    const filtered: number[] = [];
    const withFilter = { ...EMPTY_FILTER, kind: 'win' as const, period: 'last-12-months' as const };
    let results = 0;
    for (let round = 0; round < 5; round += 1) {
      for (const q of queries) {
        const [ms, hits] = await time(() => search.search(q, EMPTY_FILTER, {}));
        plain.push(ms);
        results += hits.length;
        filtered.push((await time(() => search.search(q, withFilter, periodRange(withFilter, today))))[0]);
      }
    }
    report(
      `search query (no filter): ${stats(plain)}; ${Math.round(results / 5)} results over ${queries.length} queries`,
    );
    report(`search query (kind=win, last 12 months): ${stats(filtered)}`);
    search.dispose();

    expect(lines.length).toBeGreaterThan(0);
  });
});
