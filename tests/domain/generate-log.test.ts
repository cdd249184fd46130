import { entrySchema } from '../../src/domain/entry';
import { generateLog } from '../fixtures/generate-log';

// The benchmark's data: it has to be valid, varied and the same every time.
describe('generateLog', () => {
  const now = new Date(2026, 0, 15, 9);
  const log = generateLog(2_000, { seed: 7, now });

  test('gives the same log for the same seed, and another for another seed', () => {
    expect(generateLog(2_000, { seed: 7, now })).toEqual(log);
    expect(generateLog(2_000, { seed: 8, now }).entries[0]).not.toEqual(log.entries[0]);
  });

  test('makes entries that the schema accepts, of every kind, from several people', () => {
    for (const entry of log.entries) expect(entrySchema.safeParse(entry).error).toBeUndefined();
    expect(new Set(log.entries.map((e) => e.kind))).toEqual(new Set(['win', 'feedback', 'talent', 'note']));
    expect(new Set(log.entries.map((e) => e.person).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
  });

  test('spreads entries over several years before now, with texts of realistic length', () => {
    const days = log.entries.map((e) => e.occurredOn).sort();
    expect(days[0]! < '2023-03-01').toBe(true);
    expect(days.at(-1)! < '2026-01-15').toBe(true);
    const lengths = log.entries.map((e) => e.text.length).sort((a, b) => a - b);
    expect(lengths[0]).toBeLessThan(40);
    expect(lengths.at(-1)).toBeGreaterThan(300);
  });
});
