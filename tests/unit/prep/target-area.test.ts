import { targetAreaChoices } from '../../../src/domain/prep/target-area';
import { fixtureEntries } from '../../fixtures/prep-log';

describe('targetAreaChoices', () => {
  it('offers the most energizing areas first and leading and managing last', () => {
    const choices = targetAreaChoices(fixtureEntries);
    expect(choices.slice(0, 3)).toEqual(['developer-relations', 'research', 'debugging']);
    expect(choices.slice(-3)).toEqual(['managing-projects', 'managing-people', 'leading-teams']);
    expect(targetAreaChoices([])[0]).toBe('coding');
  });
});
