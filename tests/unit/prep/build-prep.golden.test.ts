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
    expect(sectionIds(prep)).toEqual(['impact', 'others-said', 'talents', 'gaps', 'ask']);
    expect(keysOf(prep, 'impact').slice(0, 2)).toEqual(['impact:incident-postmortem', 'impact:mentoring-circle']);
    // Teaching is said by three people and comes before what one person said.
    expect(keysOf(prep, 'others-said')[0]).toBe('others-said:area:teaching');
    expect(prep.readiness.level).toBe('ready');
    expect(prep.readiness.reasons.map((r) => [r.key, r.status])).toEqual([
      ['backed-wins', 'met'],
      ['months', 'met'],
      ['people', 'met'],
      ['recency', 'met'],
    ]);
  });

  it('shows start/stop feedback with what was done about it, or as an honest gap', () => {
    const gaps = build(requests.promotion!).sections.find((s) => s.id === 'gaps')!.points;
    const byName = Object.fromEntries(gaps.map((p) => [fixtureName(p.key.slice('gaps:'.length)), p]));
    expect(byName['ben-stop-meetings']).toMatchObject({ type: 'evidence', strength: 'thin' });
    expect(byName['ben-stop-meetings']!.entryIds.map(fixtureName)).toEqual(['ben-stop-meetings', 'status-async']);
    expect(byName['dana-start-strategy']).toMatchObject({ type: 'gap', strength: 'none' });
  });

  it('builds a lateral move towards the target area, with the open items of the person', () => {
    const prep = build(requests.lateral!);
    expect(prep.title).toBe('Lateral move to Teaching');
    expect(sectionIds(prep)).toEqual(['why', 'transferable', 'handover', 'target-gaps', 'proposal', 'carried-forward']);
    expect(keysOf(prep, 'why')[0]).toBe('why:area:teaching');
    expect(keysOf(prep, 'carried-forward')).toEqual(['carried-forward:item:item-sprint-handbook', 'carried-forward:item:item-intro']);
    expect(prep.readiness.reasons.map((r) => r.key)).toEqual(['transferable', 'energy', 'others']);
  });

  it('frames a step-down as a move towards talents, never as failure', () => {
    const prep = build(requests['step-down']!);
    expect(sectionIds(prep)).toEqual(['achieved', 'leverage', 'energy-trend', 'keep', 'handover', 'timeline']);
    expect(prep.framing).toMatch(/towards your talents/);
    // What the engine writes itself (quotes from the log may say anything).
    const ownWords = [
      prep.framing,
      prep.readiness.summary,
      ...prep.readiness.reasons.map((r) => r.text),
      ...prep.sections.flatMap((s) => [s.title, s.intro ?? '']),
      ...prep.sections.flatMap((s) => s.points.filter((p) => p.type !== 'evidence' || p.entryIds.length > 1).map((p) => p.text)),
    ].join('\n');
    expect(ownWords).not.toMatch(/\bfail|demot|giving up|step(ping)? back/i);
    expect(prep.readiness.reasons.find((r) => r.key === 'energy-trend')?.status).toBe('met');
    expect(keysOf(prep, 'handover')).toEqual(['handover:item:item-sprint-handbook', 'handover:item:item-hiring-loop']);
  });

  it('builds the brag-document sections for a review', () => {
    const prep = build(requests.review!);
    expect(sectionIds(prep)).toEqual(['projects', 'collaboration', 'design', 'company', 'learned', 'feedback']);
    expect(keysOf(prep, 'design')).toEqual(['design:rfc-sharding', 'design:onboarding-guide']);
  });

  it('runs the self-vs-others check per area', () => {
    const findings = build(requests.review!).selfVsOthers.map((f) => `${f.kind}:${f.area}`);
    expect(findings).toEqual([
      'underselling:coding',
      'blind-spot:leading-teams',
      'unsupported-claim:managing-people',
      'agreed-strength:teaching',
      'agreed-strength:debugging',
    ]);
  });
});
