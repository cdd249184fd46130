import { describeOmniboxInput, parseOmniboxInput } from '../../src/domain/omnibox';

describe('parseOmniboxInput', () => {
  it('reads a kind word and the rest of the line', () => {
    expect(parseOmniboxInput('feedback  keep running the design reviews')).toEqual({
      kind: 'feedback',
      text: 'keep running the design reviews',
    });
  });

  it('treats a line without a kind word as a win', () => {
    expect(parseOmniboxInput('shipped the billing migration')).toEqual({
      kind: 'win',
      text: 'shipped the billing migration',
    });
  });

  it('logs nothing for an empty line or a bare kind word', () => {
    expect(parseOmniboxInput('   ')).toEqual({ kind: 'empty' });
    expect(parseOmniboxInput('talent ')).toEqual({ kind: 'empty' });
  });

  it('describes what will be logged', () => {
    expect(describeOmniboxInput('talent explaining')).toBe('Log talent note: explaining');
  });
});
