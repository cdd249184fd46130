import { describeSyncProblem, SYNC_PROBLEMS } from '../../../src/domain/sync/problems';

describe('sync problems', () => {
  it('each has its own plain sentence', () => {
    const sentences = SYNC_PROBLEMS.map(describeSyncProblem);
    expect(new Set(sentences).size).toBe(SYNC_PROBLEMS.length);
    for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z].*\.$/);
  });

  it('a newer folder says to update, a wrong passphrase says nothing was written', () => {
    expect(describeSyncProblem('newer-app')).toMatch(/Update Latitude/);
    expect(describeSyncProblem('wrong-passphrase')).toMatch(/Nothing was written/);
  });
});
