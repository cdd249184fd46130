/**
 * Golden tests: the prep for each kind of conversation, built from the hand-written fixture log
 * (tests/fixtures/prep-log.ts), written out as a readable outline in tests/fixtures/prep/*.txt.
 * A change of wording or ranking shows up there as a diff to review; `vitest -u` accepts it.
 * The explicit expectations below pin down what must hold whatever the wording.
 */
import { buildPrep } from '../../../src/domain/prep/build-prep';
import type { Prep, PrepRequest } from '../../../src/domain/prep/types';
import { FIXTURE_NOW, FIXTURE_PERIOD, fixtureIds, fixtureLog, fixtureName } from '../../fixtures/prep-log';
import { outlinePrep } from '../../fixtures/prep/outline';

const ANA = fixtureIds.id('person-ana');
const requests: Record<string, PrepRequest> = {
  promotion: { kind: 'promotion', period: FIXTURE_PERIOD },
  lateral: { kind: 'lateral', targetArea: 'teaching', period: FIXTURE_PERIOD, personId: ANA },
  // A target the log barely covers: the gaps side of a lateral move.
  'lateral-research': { kind: 'lateral', targetArea: 'research', period: FIXTURE_PERIOD },
  'step-down': { kind: 'step-down', period: FIXTURE_PERIOD },
  review: { kind: 'review', period: FIXTURE_PERIOD },
};

const build = (request: PrepRequest) => buildPrep(fixtureLog, request, FIXTURE_NOW);
const sectionIds = (prep: Prep) => prep.sections.map((s) => s.id);
const keysOf = (prep: Prep, section: string) =>
  prep.sections.find((s) => s.id === section)!.points.map((p) => p.key.replace(/[0-9a-f-]{36}/, fixtureName));
const allText = (prep: Prep) => JSON.stringify(prep);

describe('buildPrep on the fixture log', () => {
  for (const [name, request] of Object.entries(requests)) {
    it(`matches the golden outline for ${name}`, async () => {
      await expect(outlinePrep(build(request), fixtureName)).toMatchFileSnapshot(`../../fixtures/prep/${name}.txt`);
    });
  }

  it('never cites what is outside the period, deleted or done', () => {
    for (const request of Object.values(requests)) {
      const text = allText(build(request));
      for (const excluded of ['old-win', 'deleted-win', 'item-done']) {
        expect(text).not.toContain(fixtureIds.id(excluded));
      }
    }
  });

  it('builds a promotion case: widest impact first, several voices, growth, the ask', () => {
    const prep = build(requests.promotion!);
    expect(sectionIds(prep)).toEqual(['impact', 'others-said', 'gaps', 'ask']);
    // The evidence is there, but this manager's log says the role drains them more each month.
    expect(prep.fit.verdict).toBe('caution');
    expect(prep.fit.text).toMatch(/drains you/);
    // Company-wide first, then organization; strong before some within a scope.
    expect(keysOf(prep, 'impact').slice(0, 3)).toEqual([
      'impact:incident-postmortem',
      'impact:mentoring-circle',
      'impact:billing-migration',
    ]);
    // Teaching is said by three people and comes before what one person said.
    expect(keysOf(prep, 'others-said')[0]).toBe('others-said:area:teaching');
    expect(prep.readiness.reasons.map((r) => [r.key, r.status])).toEqual([
      ['strong-wins', 'met'],
      ['months', 'met'],
      ['people', 'met'],
      ['critiques', 'warning'],
      ['recency', 'met'],
    ]);
    expect(prep.sections.at(-1)!.points[0]).toMatchObject({ type: 'plan', key: 'ask:what' });
  });

  it('shows start/stop feedback as answered by later work, or as an honest gap', () => {
    const gaps = build(requests.promotion!).sections.find((s) => s.id === 'gaps')!.points;
    const byName = Object.fromEntries(gaps.map((p) => [fixtureName(p.key.slice('gaps:'.length)), p]));
    expect(byName['ben-stop-meetings']).toMatchObject({ type: 'evidence', strength: 'thin' });
    expect(byName['ben-stop-meetings']!.text).toMatch(/answered it: I replaced the weekly status meeting/);
    expect(byName['ben-stop-meetings']!.entryIds.map(fixtureName)).toEqual(['ben-stop-meetings', 'status-async']);
    // "Start delegating the sprint planning" is not answered by more sprint planning.
    expect(byName['ana-start-delegate']).toMatchObject({ type: 'gap', strength: 'none' });
    expect(byName['dana-start-strategy']).toMatchObject({ type: 'gap', strength: 'none' });
  });

  it('builds a lateral move towards the target area, with the open items of the person', () => {
    const prep = build(requests.lateral!);
    expect(prep.title).toBe('Lateral move to Teaching');
    expect(prep.target).toMatchObject({ area: 'teaching', chosenBy: 'user' });
    expect(sectionIds(prep)).toEqual(['why', 'transferable', 'handover', 'target-gaps', 'carried-forward', 'ask']);
    expect(keysOf(prep, 'why')[0]).toBe('why:pull');
    expect(keysOf(prep, 'carried-forward')).toEqual([
      'carried-forward:item:item-sprint-handbook',
      'carried-forward:item:item-intro',
    ]);
    expect(prep.readiness.reasons.map((r) => r.key)).toEqual(['pull', 'transferable', 'others']);
  });

  it('frames a step-down as a move towards talents, never as failure', () => {
    const prep = build(requests['step-down']!);
    expect(sectionIds(prep)).toEqual(['went-well', 'pull', 'energy-trend', 'keep', 'handover', 'timeline', 'ask']);
    expect(prep.fit.verdict).toBe('fits');
    // No role history: the prep says what it assumed.
    expect(prep.reading.role).toMatchObject({ assumed: true, manages: true });
    expect(prep.reading.lines[0]!.text).toMatch(/No role history/);
    // What the engine writes itself (quotes from the log may say anything).
    const ownWords = [
      prep.opening,
      prep.fit.text,
      prep.readiness.summary,
      ...prep.readiness.reasons.map((r) => r.text),
      ...prep.sections.flatMap((s) => [s.title, s.intro ?? '']),
      ...prep.sections.flatMap((s) => s.points.filter((p) => p.type !== 'evidence').map((p) => p.text)),
    ].join('\n');
    expect(ownWords).not.toMatch(/\bfail(ed|ure)?\b(?! ?\?)|demot|giving up/i);
    expect(keysOf(prep, 'handover').filter((k) => k.includes(':item:'))).toEqual([
      'handover:item:item-sprint-handbook',
      'handover:item:item-hiring-loop',
    ]);
  });

  it('builds the brag-document sections for a review, ending with an ask', () => {
    const prep = build(requests.review!);
    expect(sectionIds(prep)).toEqual(['projects', 'collaboration', 'design', 'company', 'learned', 'feedback', 'ask']);
    expect(keysOf(prep, 'design')).toEqual(['design:onboarding-guide', 'design:rfc-sharding']);
    expect(prep.selfVsOthers).toBeUndefined();
    expect(prep.talentMap).toBeUndefined();
  });

  // Managing people has no strength finding: the manager's own notes doubt it and nobody praised
  // it; the critiques about it stand on their own as blind spots.
  it('runs the self-vs-others check per area, by polarity', () => {
    const findings = build(requests.promotion!).selfVsOthers!.map(
      (f) =>
        `${f.kind}:${f.key.startsWith('blind') || f.key.startsWith('answered') ? fixtureName(f.feedbackId!) : f.area}`,
    );
    expect(findings).toEqual([
      'agreed-strength:coding',
      'agreed-strength:teaching',
      'agreed-strength:debugging',
      'blind-spot:ana-start-delegate',
      'blind-spot:dana-start-strategy',
      'answered:ben-stop-meetings',
    ]);
  });
});
