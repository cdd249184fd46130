import { buildPrep } from '../../../src/domain/prep/build-prep';
import type { PrepLog, PrepRequest } from '../../../src/domain/prep/types';
import { FIXTURE_NOW, FIXTURE_PERIOD, fixtureEntries, fixtureName } from '../../fixtures/prep-log';

const EMPTY: PrepLog = { entries: [], people: [], actionItems: [] };
const REQUESTS: PrepRequest[] = [
  { kind: 'promotion', period: FIXTURE_PERIOD },
  { kind: 'lateral', targetArea: 'developer-relations', period: FIXTURE_PERIOD },
  { kind: 'step-down', period: FIXTURE_PERIOD },
  { kind: 'review', period: FIXTURE_PERIOD },
];

describe('a prep from an empty or thin log', () => {
  it.each(REQUESTS)('says what is missing for a $kind, section by section', (request) => {
    const prep = buildPrep(EMPTY, request, FIXTURE_NOW);
    expect(prep.empty).toBe(true);
    // Nothing to stand on: the prep says so before anything else.
    expect(prep.fit.verdict).not.toBe('fits');
    expect(prep.opening).not.toBe('');
    expect(prep.sections.at(-1)!.id).toBe('ask');
    expect(prep.readiness.level).toBe('not-yet');
    for (const section of prep.sections) {
      expect(section.points.length, section.id).toBeGreaterThan(0);
      expect(
        section.points.every((p) => p.type !== 'evidence'),
        section.id,
      ).toBe(true);
    }
    // A step-down from an empty log asks what it would be from: one thing to set, not a list.
    expect(prep.captureNext.length).toBeGreaterThanOrEqual(request.kind === 'step-down' ? 1 : 3);
    expect(new Set(prep.captureNext.map((c) => c.text)).size).toBe(prep.captureNext.length);
  });

  it('names the gaps of a promotion case when there is one bare win', () => {
    const bare = fixtureEntries.find((e) => fixtureName(e.id) === 'status-async')!;
    const prep = buildPrep({ ...EMPTY, entries: [bare] }, REQUESTS[0]!, FIXTURE_NOW);
    const impact = prep.sections.find((s) => s.id === 'impact')!.points;
    expect(impact.map((p) => [p.key.split(':')[1] === bare.id ? 'win' : p.key, p.strength])).toEqual([
      ['win', 'thin'],
      ['impact:unbacked', 'none'],
      ['impact:scope', 'none'],
    ]);
    expect(prep.readiness.reasons.find((r) => r.key === 'strong-wins')).toMatchObject({
      status: 'short',
      text: expect.stringContaining('0 wins with strong evidence; aim for 2'),
    });
    expect(prep.fit).toMatchObject({ verdict: 'does-not-fit', text: expect.stringContaining('Collect first') });
    expect(prep.captureNext[0]!.text).toMatch(/Add the result and a link/);
  });

  it('warns about recency bias when most evidence is from the last six weeks', () => {
    const recent = fixtureEntries.filter((e) => e.occurredOn >= '2024-05-21' || e.occurredOn < '2024-02-01');
    const prep = buildPrep({ ...EMPTY, entries: recent }, REQUESTS[0]!, FIXTURE_NOW);
    expect(prep.readiness.reasons.find((r) => r.key === 'recency')).toMatchObject({
      status: 'warning',
      text: expect.stringMatching(/^\d+% of your evidence is from the last six weeks/),
    });
    expect(prep.readiness.level).not.toBe('ready');
  });
});
