import { LatitudeDb } from '../../../src/db/database';
import { saveFeedbackReplies } from '../../../src/db/entries/feedback-replies';

let n = 0;
const env = {
  now: new Date('2024-07-01T09:00:00Z'),
  newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
};

describe('saveFeedbackReplies', () => {
  it('saves one received feedback entry per line, with the person and the signal', async () => {
    const db = new LatitudeDb('replies-test');
    const result = await saveFeedbackReplies(
      db,
      [
        { signal: 'keep', text: 'The design reviews' },
        { signal: 'stop', text: 'Friday deploys' },
      ],
      'Ana Moreno',
      env,
    );
    expect(result.ok).toBe(true);
    const stored = await db.entries.toArray();
    expect(stored.map((e) => e.kind === 'feedback' && [e.text, e.signal, e.direction, e.person])).toEqual([
      ['The design reviews', 'keep', 'received', 'Ana Moreno'],
      ['Friday deploys', 'stop', 'received', 'Ana Moreno'],
    ]);
  });

  it('saves nothing when one line is refused', async () => {
    const db = new LatitudeDb('replies-test-2');
    const result = await saveFeedbackReplies(
      db,
      [
        { signal: 'keep', text: 'Fine' },
        { signal: 'start', text: 'x'.repeat(10_001) },
      ],
      'Ana',
      env,
    );
    expect(result).toMatchObject({ ok: false, index: 1 });
    expect(await db.entries.count()).toBe(0);
  });
});
