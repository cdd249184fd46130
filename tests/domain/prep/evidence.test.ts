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
  const win = (extra: object): Entry => ({ ...base, kind: 'win', ...extra });

  it('calls a win strong with an effect plus a link, a witness, linked praise or a wide scope', () => {
    expect(entryStrength(win({ metric: '−40%', evidenceUrl: 'https://x.test' }))).toBe('strong');
    expect(entryStrength(win({ impact: 'Faster', person: 'Ana' }))).toBe('strong');
    expect(entryStrength(win({ impact: 'Faster', source: { url: 'https://x.test', title: '' } }))).toBe('strong');
    expect(entryStrength(win({ impact: 'Faster', scope: 'company' }))).toBe('strong');
    expect(entryStrength(win({ metric: '−40%', scope: 'org' }))).toBe('strong');
    expect(entryStrength(win({ impact: 'Faster' }), 1)).toBe('strong');
  });

  it('gives a win some strength with one of these, and calls a bare line thin', () => {
    expect(entryStrength(win({ impact: 'Faster' }))).toBe('some');
    expect(entryStrength(win({ impact: 'Faster', scope: 'team' }))).toBe('some');
    expect(entryStrength(win({ evidenceUrl: 'https://x.test', person: 'Ana' }))).toBe('some');
    expect(entryStrength(win({ scope: 'company' }))).toBe('some');
    expect(entryStrength(win({}))).toBe('thin');
    expect(entryStrength(win({ scope: 'team' }))).toBe('thin');
  });

  it('weighs feedback by who said it and what it changed; own notes are thin', () => {
    const feedback = (extra: object): Entry => ({ ...base, kind: 'feedback', direction: 'received', ...extra });
    expect(entryStrength(feedback({ impact: 'Two teams adopted it', person: 'Ben' }))).toBe('strong');
    expect(entryStrength(feedback({ person: 'Ben' }))).toBe('some');
    expect(entryStrength(feedback({ impact: 'Two teams adopted it' }))).toBe('thin');
    expect(entryStrength({ ...base, kind: 'feedback', direction: 'given', person: 'Ben' })).toBe('thin');
    expect(entryStrength({ ...base, kind: 'talent', evidence: 'others', person: 'Ben' })).toBe('some');
    expect(entryStrength({ ...base, kind: 'talent', evidence: 'self' })).toBe('thin');
    expect(entryStrength({ ...base, kind: 'note' })).toBe('thin');
  });
});
