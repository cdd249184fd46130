/**
 * Properties of the prep's judgment, checked on the golden stories (tests/fixtures/stories/) with
 * records added, moved or reordered by fast-check: what must not change a verdict, whatever the
 * details.
 *
 * - An unrelated note (in another area, on any day) never flips a finding for an area.
 * - A later note of one's own in the area, or a talent note on one's own word, never clears a
 *   blind spot: only a result, or someone else saying so, answers a critique.
 * - The same log, request and `now` give the same prep, however the records are ordered.
 */
import fc from 'fast-check';
import type { AreaId } from '../../../src/domain/area';
import type { Entry, Note, Talent } from '../../../src/domain/entry';
import { buildPrep } from '../../../src/domain/prep/build-prep';
import type { AreaFinding, Prep, PrepLog, PrepRequest } from '../../../src/domain/prep/types';
import { STORIES, type Story, storyName } from '../../fixtures/stories';
import { shuffle } from '../../fixtures/prep/arbitraries';

const DAY = 86_400_000;

/** The kinds of prep that carry the self-vs-others check. */
const JUDGED_KINDS = ['promotion', 'lateral', 'step-down'] as const;

const storyArb = fc.constantFrom(...STORIES);

function requestFor(story: Story, kind: PrepRequest['kind'], targetArea?: AreaId): PrepRequest {
  return kind === 'lateral'
    ? { kind, period: story.period, ...(targetArea ? { targetArea } : {}) }
    : { kind, period: story.period };
}

const requestArb = (story: Story): fc.Arbitrary<PrepRequest> =>
  fc.oneof(
    fc
      .constantFrom(...(['promotion', 'lateral', 'step-down', 'review'] as const))
      .map((kind) => requestFor(story, kind)),
    fc
      .constantFrom<AreaId>('teaching', 'developer-relations', 'coding', 'research')
      .map((area) => requestFor(story, 'lateral', area)),
  );

const judgedRequestArb = (story: Story): fc.Arbitrary<PrepRequest> =>
  fc.constantFrom(...JUDGED_KINDS).map((kind) => requestFor(story, kind));

/** Ids for added records: a namespace no story uses. */
const addedId = (n: number) => `00000000-0000-4000-8000-9999${String(n).padStart(8, '0')}`;

/** YYYY-MM-DD, `days` after `from`. */
function dayAfter(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

const AREAS: readonly AreaId[] = [
  'coding',
  'leading-teams',
  'managing-people',
  'managing-projects',
  'developer-relations',
  'teaching',
  'research',
  'debugging',
  'woodworking',
];

/** What people write in a diary, including lines that look like answers, lessons or longing. */
const noteTextArb = fc.oneof(
  fc.constantFrom(
    'I miss building things.',
    'Working on delegating more. Handed the incident to Omar this time.',
    'Started asking the team before deciding anything.',
    'Stop: I keep rewriting PRs. Going to stop.',
    'Learned to let go of the keyboard.',
    'Fixed it.',
    'I am good at this, actually.',
    'I wish I had more time for talks.',
    'Decided: decisions go in the ADR log from now on.',
    'Tired.',
  ),
  fc.string({ minLength: 1, maxLength: 80 }).filter((text) => text.trim().length > 0),
);

const energyArb = fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined });
const meaningArb = fc.option(fc.constantFrom('job' as const, 'career' as const, 'calling' as const), {
  nil: undefined,
});

function note(
  id: string,
  occurredOn: string,
  text: string,
  areas: AreaId[],
  energy?: number,
  meaning?: Note['meaning'],
): Note {
  return {
    id,
    createdAt: `${occurredOn}T12:00:00.000Z`,
    updatedAt: `${occurredOn}T12:00:00.000Z`,
    kind: 'note',
    occurredOn,
    text,
    tags: [],
    areas,
    ...(energy === undefined ? {} : { energy }),
    ...(meaning ? { meaning } : {}),
  };
}

function selfTalent(id: string, occurredOn: string, text: string, areas: AreaId[], energy?: number): Talent {
  return { ...note(id, occurredOn, text, areas, energy), kind: 'talent', evidence: 'self' };
}

const withEntry = (log: PrepLog, entry: Entry): PrepLog => ({ ...log, entries: [...log.entries, entry] });

/** An area's finding kinds, sorted, so that order does not count. */
function kindsByArea(prep: Prep): Map<AreaId, string[]> {
  const byArea = new Map<AreaId, string[]>();
  for (const finding of prep.selfVsOthers ?? []) {
    byArea.set(finding.area, [...(byArea.get(finding.area) ?? []), finding.kind].sort());
  }
  return byArea;
}

describe('judgment properties on the golden stories', () => {
  it('an unrelated note (another area, any day) never flips a finding for an area', () => {
    fc.assert(
      fc.property(
        storyArb.chain((story) => fc.tuple(fc.constant(story), judgedRequestArb(story))),
        fc.constantFrom(...AREAS),
        // Any day from half a year before the period to half a year after it.
        fc.integer({ min: 0, max: 730 }).map((d) => dayAfter('2025-06-01', d)),
        noteTextArb,
        energyArb,
        meaningArb,
        ([story, request], area, occurredOn, text, energy, meaning) => {
          const before = kindsByArea(buildPrep(story.log, request, story.now));
          const added = note(addedId(1), occurredOn, text, [area], energy, meaning);
          const after = kindsByArea(buildPrep(withEntry(story.log, added), request, story.now));
          const areas = new Set([...before.keys(), ...after.keys()]);
          areas.delete(area);
          for (const other of areas) {
            expect(after.get(other) ?? [], `${story.title} ${request.kind}: ${other} after a note in ${area}`).toEqual(
              before.get(other) ?? [],
            );
          }
        },
      ),
    );
  });

  it('a later note or self talent note in the area never clears a blind spot', () => {
    // The blind spots the stories hold, for every kind of prep that judges them.
    const cases: { story: Story; request: PrepRequest; finding: AreaFinding; raisedOn: string }[] = [];
    for (const story of STORIES) {
      for (const kind of JUDGED_KINDS) {
        const request = requestFor(story, kind);
        for (const finding of buildPrep(story.log, request, story.now).selfVsOthers ?? []) {
          if (finding.kind !== 'blind-spot') continue;
          const feedback = story.log.entries.find((e) => e.id === finding.feedbackId);
          cases.push({ story, request, finding, raisedOn: feedback?.occurredOn ?? story.period.from });
        }
      }
    }
    // Sam's year alone holds two (Priya's "delegate", Omar's "stop rewriting our PRs"), in every kind.
    expect(cases.length, 'blind spots in the golden stories to test with').toBeGreaterThanOrEqual(JUDGED_KINDS.length);

    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.boolean(),
        fc.integer({ min: 0, max: 400 }),
        noteTextArb,
        energyArb,
        ({ story, request, finding, raisedOn }, asTalent, offset, text, energy) => {
          // On the day of the feedback or later, up to the end of the period.
          const days = Math.round(
            (Date.parse(`${story.period.to}T00:00:00Z`) - Date.parse(`${raisedOn}T00:00:00Z`)) / DAY,
          );
          const occurredOn = dayAfter(raisedOn, offset % (days + 1));
          const id = addedId(2);
          const added = asTalent
            ? selfTalent(id, occurredOn, text, [finding.area], energy)
            : note(id, occurredOn, text, [finding.area], energy);
          const after = buildPrep(withEntry(story.log, added), request, story.now).selfVsOthers ?? [];
          const still = after.some(
            (f) => f.kind === 'blind-spot' && f.area === finding.area && f.feedbackId === finding.feedbackId,
          );
          expect(
            still,
            `${story.title} ${request.kind}: the blind spot on ${storyName(finding.feedbackId ?? '')} cleared by a ${asTalent ? 'talent note' : 'note'} on ${occurredOn}: "${text}"`,
          ).toBe(true);
        },
      ),
    );
  });

  it('gives the same prep for a fixed `now`, built twice from copies of the log', () => {
    fc.assert(
      fc.property(
        storyArb.chain((story) => fc.tuple(fc.constant(story), requestArb(story))),
        fc.date({ min: new Date(2026, 10, 1), max: new Date(2027, 1, 28), noInvalidDate: true }),
        ([story, request], now) => {
          const first = buildPrep(story.log, request, now);
          const again = buildPrep(structuredClone(story.log), structuredClone(request), new Date(now.getTime()));
          expect(again).toEqual(first);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives the same prep for the same story's log shuffled", () => {
    fc.assert(
      fc.property(
        storyArb.chain((story) => fc.tuple(fc.constant(story), requestArb(story))),
        fc.integer(),
        ([story, request], seed) => {
          const { entries, people, actionItems, roles = [] } = story.log;
          const shuffled: PrepLog = {
            entries: shuffle(entries, seed),
            people: shuffle(people, seed + 1),
            actionItems: shuffle(actionItems, seed + 2),
            roles: shuffle(roles, seed + 3),
          };
          expect(buildPrep(shuffled, request, story.now)).toEqual(buildPrep(story.log, request, story.now));
        },
      ),
      { numRuns: 60 },
    );
  });
});
