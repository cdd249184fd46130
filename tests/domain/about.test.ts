import { chooseWin, linkedWinId, shortText, winChoiceLabel } from '../../src/domain/about';

describe('the words of a link to a win', () => {
  it('names a win by its day and the start of its text, on one line', () => {
    expect(winChoiceLabel({ occurredOn: '2025-05-30', text: 'Gave the KubeCon talk\non our rollout model' })).toBe(
      '2025-05-30 · Gave the KubeCon talk on our rollout model',
    );
  });

  it('cuts a long text to 80 characters with an ellipsis, never through an emoji', () => {
    const long = 'a'.repeat(100);
    expect(shortText(long)).toBe(`${'a'.repeat(79)}…`);
    expect(shortText(long)).toHaveLength(80);
    const emoji = `${'a'.repeat(78)}🚀 and more`;
    expect(shortText(emoji)).toBe(`${'a'.repeat(78)}…`);
    expect(shortText('x'.repeat(80))).toBe('x'.repeat(80));
  });

  it('links one win or none', () => {
    expect(chooseWin('id-1')).toEqual(['id-1']);
    expect(chooseWin(undefined)).toEqual([]);
    expect(linkedWinId({ about: ['a', 'b'] })).toBe('a');
    expect(linkedWinId({})).toBeUndefined();
  });
});
