import { resolvePeriod, selectionFromHash, selectionToHash } from '../../../src/domain/prep/selection';

describe('the prep page’s selection in the URL hash', () => {
  it('round-trips every field', () => {
    const selection = {
      kind: 'lateral' as const,
      period: { preset: 'custom' as const, from: '2024-01-01', to: '2024-06-30' },
      personId: '00000000-0000-4000-8000-000000000001',
      targetArea: 'teaching',
    };
    expect(selectionFromHash(selectionToHash(selection))).toEqual(selection);
  });

  it('falls back to a promotion over six months, and drops what it does not know', () => {
    expect(selectionFromHash('#kind=ceo&period=forever&person=<script>&target=Not An Area')).toEqual({
      kind: 'promotion',
      period: { preset: 'last-6-months' },
    });
  });

  it('resolves presets from now, and refuses a reversed or impossible custom period', () => {
    const now = new Date(2024, 6, 1, 12);
    expect(resolvePeriod({ preset: 'last-3-months' }, now)).toEqual({ from: '2024-04-02', to: '2024-07-01' });
    expect(resolvePeriod({ preset: 'custom', from: '2024-06-30', to: '2024-01-01' }, now)).toBeUndefined();
    expect(resolvePeriod({ preset: 'custom', from: '2024-02-30', to: '2024-03-01' }, now)).toBeUndefined();
  });
});
