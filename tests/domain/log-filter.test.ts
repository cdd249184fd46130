import {
  EMPTY_FILTER,
  isFiltered,
  type LogFilter,
  matchesFilter,
  parseLogFilter,
  periodRange,
  serializeLogFilter,
} from '../../src/domain/log-filter';
import { makeEntry } from '../fixtures/log-entries';

describe('the log filter in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filter: LogFilter = {
      q: 'design "review" (a+b)* 🎉 משוב',
      kind: 'feedback',
      area: 'teaching',
      tag: 'on-call & more',
      person: 'Ana Lima',
      energy: 'draining',
      meaning: 'calling',
      period: 'custom',
      from: '2025-01-01',
      to: '2025-03-31',
      group: 'month',
    };
    expect(parseLogFilter(`?${serializeLogFilter(filter)}`)).toEqual(filter);
  });

  it('leaves defaults out and keeps a stable order', () => {
    expect(serializeLogFilter(EMPTY_FILTER)).toBe('');
    expect(serializeLogFilter({ ...EMPTY_FILTER, tag: 'q2', kind: 'win', q: 'x' })).toBe('q=x&kind=win&tag=q2');
  });

  it('ignores unknown or malformed parameters instead of failing', () => {
    expect(
      parseLogFilter('?kind=boss&energy=9&period=someday&from=yesterday&group=year&area=Not%20A%20Slug&x=1'),
    ).toEqual(EMPTY_FILTER);
    // Dates only count with the custom period.
    expect(parseLogFilter('?from=2025-01-01&to=2025-02-01')).toEqual(EMPTY_FILTER);
  });

  it('says whether anything narrows the view', () => {
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, group: 'month' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, meaning: 'job' })).toBe(true);
  });
});

describe('periodRange', () => {
  const today = '2025-03-31';
  it.each([
    ['last-30-days', { from: '2025-03-02', to: today }],
    ['last-90-days', { from: '2025-01-01', to: today }],
    ['last-12-months', { from: '2024-04-01', to: today }],
    ['this-year', { from: '2025-01-01', to: today }],
    ['last-year', { from: '2024-01-01', to: '2024-12-31' }],
  ] as const)('%s counts back from today', (period, range) => {
    expect(periodRange({ ...EMPTY_FILTER, period }, today)).toEqual(range);
  });

  it('is open without a period, and takes the given days for a custom one', () => {
    expect(periodRange(EMPTY_FILTER, today)).toEqual({});
    expect(periodRange({ ...EMPTY_FILTER, period: 'custom', from: '2025-02-01' }, today)).toEqual({
      from: '2025-02-01',
    });
  });
});

describe('matchesFilter', () => {
  const entry = makeEntry({
    kind: 'feedback',
    occurredOn: '2025-02-10',
    tags: ['Billing'],
    areas: ['teaching'],
    person: 'Ana Lima',
    energy: -1,
    meaning: 'career',
  });

  it('needs every filter to hold, comparing tags and names without case', () => {
    const all: LogFilter = {
      ...EMPTY_FILTER,
      kind: 'feedback',
      tag: 'billing',
      area: 'teaching',
      person: 'ana lima',
      energy: 'draining',
      meaning: 'career',
    };
    expect(matchesFilter(entry, all, { from: '2025-02-10', to: '2025-02-10' })).toBe(true);
    expect(matchesFilter(entry, { ...all, energy: '-2' }, {})).toBe(false);
    expect(matchesFilter(entry, { ...all, tag: 'bill' }, {})).toBe(false);
    expect(matchesFilter(entry, all, { from: '2025-02-11' })).toBe(false);
  });

  it('never lets a deleted entry through', () => {
    expect(matchesFilter({ ...entry, deletedAt: '2025-02-11T00:00:00.000Z' }, EMPTY_FILTER, {})).toBe(false);
  });
});
