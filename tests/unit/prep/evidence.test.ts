import type { Entry } from '../../../src/domain/entry';
import { entryStrength } from '../../../src/domain/prep/evidence';

const base = {
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  text: 'Something',
  occurredOn: '2024-01-01',
  tags: [],
  areas: [],
};

describe('entryStrength', () => {
  it('backs a win with an effect and a way to check it', () => {
    const win = (extra: object): Entry => ({ ...base, kind: 'win', ...extra });
    expect(entryStrength(win({ metric: '−40%', evidenceUrl: 'https://x.test' }))).toBe('backed');
    expect(entryStrength(win({ impact: 'Faster', person: 'Ana' }))).toBe('backed');
    expect(entryStrength(win({ impact: 'Faster', source: { url: 'https://x.test', title: '' } }))).toBe('backed');
    expect(entryStrength(win({ impact: 'Faster' }))).toBe('thin');
    expect(entryStrength(win({ evidenceUrl: 'https://x.test', person: 'Ana' }))).toBe('thin');
  });

  it('backs feedback with an impact from a named person; talents and notes are thin', () => {
    const feedback = (extra: object): Entry => ({ ...base, kind: 'feedback', direction: 'received', ...extra });
    expect(entryStrength(feedback({ impact: 'Two teams adopted it', person: 'Ben' }))).toBe('backed');
    expect(entryStrength(feedback({ person: 'Ben' }))).toBe('thin');
    expect(entryStrength({ ...base, kind: 'talent', evidence: 'others', person: 'Ben' })).toBe('thin');
    expect(entryStrength({ ...base, kind: 'note' })).toBe('thin');
  });
});
