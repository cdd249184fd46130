import MiniSearch from 'minisearch';
import { type SearchDocument, SEARCH_OPTIONS, searchDocument, tokenize } from '../../src/domain/entry-search';
import { highlightSegments } from '../../src/domain/highlight';
import { makeEntry } from '../fixtures/log-entries';

describe('tokenize', () => {
  it('splits on punctuation and symbols, keeps words of any script, emoji and c++', () => {
    expect(tokenize('<script>alert("x")</script> c++ #billing 🎉 משוב café')).toEqual([
      'script',
      'alert',
      'x',
      'script',
      'c++',
      '#billing',
      '🎉',
      'משוב',
      'café',
    ]);
    expect(tokenize('"(.*?)[]{}|\\^$')).toEqual([]);
  });
});

describe('highlightSegments', () => {
  it('marks whole matched words and keeps everything else as it was', () => {
    const text = '<img src=x onerror=alert(1)> Shipped the Billing migration';
    const segments = highlightSegments(text, new Set(['img', 'billing']));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['img', 'Billing']);
  });

  it('matches accents, case and right-to-left words as the index does', () => {
    const segments = highlightSegments('Ran the CAFÉ workshop — משוב מצוין', new Set(['cafe', 'מצוין']));
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['CAFÉ', 'מצוין']);
  });

  it('returns the text as one plain run when nothing matched', () => {
    expect(highlightSegments('plain', new Set())).toEqual([{ text: 'plain', mark: false }]);
    expect(highlightSegments('', new Set(['x']))).toEqual([]);
  });
});

describe('search options with MiniSearch', () => {
  const entries = [
    makeEntry({ id: '00000000-0000-4000-8000-000000000001', text: 'Shipped the billing migration', tags: ['infra'] }),
    makeEntry({
      id: '00000000-0000-4000-8000-000000000002',
      kind: 'feedback',
      text: 'Clear write-up',
      person: 'José Álvarez',
      situation: 'During the outage review',
    }),
    makeEntry({
      id: '00000000-0000-4000-8000-000000000003',
      text: 'Talk accepted',
      source: { url: 'https://example.com/', title: 'KubeCon schedule' },
    }),
  ];
  const index = new MiniSearch<SearchDocument>({
    fields: [...SEARCH_OPTIONS.fields],
    tokenize: SEARCH_OPTIONS.tokenize,
    processTerm: SEARCH_OPTIONS.processTerm,
    searchOptions: { ...SEARCH_OPTIONS.searchOptions, boost: { ...SEARCH_OPTIONS.searchOptions.boost } },
  });
  index.addAll(entries.map((entry) => searchDocument(entry, (id) => id)));
  const ids = (query: string) => index.search(query).map((result) => Number(String(result.id).slice(-1)));

  it('finds words in text, tags, people, page titles and kind-specific fields', () => {
    expect(ids('migration')).toEqual([1]);
    expect(ids('infra')).toEqual([1]);
    expect(ids('jose')).toEqual([2]);
    expect(ids('outage')).toEqual([2]);
    expect(ids('kubecon')).toEqual([3]);
    expect(ids('#infra')).toEqual([1]);
  });

  it('matches prefixes from three letters and forgives a typo in longer words', () => {
    expect(ids('migr')).toEqual([1]);
    expect(ids('migratoin')).toEqual([1]);
    expect(ids('biling')).toEqual([1]);
    expect(ids('mi')).toEqual([]);
  });

  it('needs every word of the query', () => {
    expect(ids('billing migration')).toEqual([1]);
    expect(ids('billing outage')).toEqual([]);
  });
});
