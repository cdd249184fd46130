import { compareNewestFirst, describeKindCounts, groupEntries } from '../../src/domain/log-groups';
import { makeEntry } from '../fixtures/log-entries';

describe('groupEntries', () => {
  const entries = [
    makeEntry({ occurredOn: '2025-03-02', kind: 'win' }), // a Sunday
    makeEntry({ occurredOn: '2025-02-24', kind: 'feedback' }), // the Monday of that week
    makeEntry({ occurredOn: '2025-02-23', kind: 'win' }),
    makeEntry({ occurredOn: '2025-01-31', kind: 'talent' }),
  ];

  it('groups by ISO week, Monday first, with counts per kind', () => {
    const groups = groupEntries(entries, 'week');
    expect(groups.map((g) => [g.key, g.label, g.entries.length])).toEqual([
      ['2025-02-24', 'Week of 24 Feb 2025', 2],
      ['2025-02-17', 'Week of 17 Feb 2025', 1],
      ['2025-01-27', 'Week of 27 Jan 2025', 1],
    ]);
    expect(describeKindCounts(groups[0]!.counts)).toBe('1 win, 1 feedback');
  });

  it('groups by month', () => {
    expect(groupEntries(entries, 'month').map((g) => [g.label, describeKindCounts(g.counts)])).toEqual([
      ['March 2025', '1 win'],
      ['February 2025', '1 win, 1 feedback'],
      ['January 2025', '1 talent note'],
    ]);
  });

  it('orders newest day first, then latest capture', () => {
    const a = makeEntry({ occurredOn: '2025-01-01', createdAt: '2025-01-01T08:00:00.000Z' });
    const b = makeEntry({ occurredOn: '2025-01-01', createdAt: '2025-01-01T09:00:00.000Z' });
    const c = makeEntry({ occurredOn: '2025-01-02', createdAt: '2024-12-31T09:00:00.000Z' });
    expect([a, b, c].sort(compareNewestFirst)).toEqual([c, b, a]);
  });
});
