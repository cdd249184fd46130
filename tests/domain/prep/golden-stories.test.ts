/**
 * The golden stories: four people's years (tests/fixtures/stories/) and what a thoughtful mentor
 * expects each prep to say about them, as assertions through `buildPrep` only. Each `it` is one
 * judgment, named in words; docs/golden-stories.md says why a mentor would sign it.
 *
 * Failures name entries by their story names ("hired-omar"), never by UUID. The prep's fields are
 * read defensively (`?.`, `?? []`), so a prep that lacks something fails an assertion rather than
 * crashing the test.
 */
import { actionItemSchema } from '../../../src/domain/action-item';
import type { AreaId } from '../../../src/domain/area';
import { type Entry, entrySchema } from '../../../src/domain/entry';
import { personSchema } from '../../../src/domain/person';
import { buildPrep } from '../../../src/domain/prep/build-prep';
import type { AreaFinding, FindingKind, Prep, PrepRequest, TalkingPoint } from '../../../src/domain/prep/types';
import { roleSchema } from '../../../src/domain/role';
import {
  alexGroups,
  engineerDrawnToTeachingDevrel as jordan,
  jordanGroups,
  managerMissesCoding as sam,
  managerThrives as noor,
  noorGroups,
  SAM_ROLE_START,
  samGroups,
  seniorReadyForNext as alex,
  STORIES,
  STORY_NOW,
  STORY_PERIOD,
  type Story,
} from '../../fixtures/stories';

type Kind = PrepRequest['kind'];
const KINDS: readonly Kind[] = ['promotion', 'lateral', 'step-down', 'review'];

// ---------------------------------------------------------------------------------------------
// Reading a prep

function prepOf(story: Story, kind: Kind, targetArea?: AreaId): Prep {
  const request: PrepRequest =
    kind === 'lateral'
      ? { kind, period: story.period, ...(targetArea ? { targetArea } : {}) }
      : { kind, period: story.period };
  return buildPrep(story.log, request, story.now);
}

const sectionIds = (prep: Prep): string[] => (prep.sections ?? []).map((s) => s.id);
const pointsIn = (prep: Prep, sectionId: string): TalkingPoint[] =>
  (prep.sections ?? []).find((s) => s.id === sectionId)?.points ?? [];
const allPoints = (prep: Prep): TalkingPoint[] => (prep.sections ?? []).flatMap((s) => s.points);
const findingsIn = (prep: Prep, area: AreaId): AreaFinding[] =>
  (prep.selfVsOthers ?? []).filter((f) => f.area === area);
const kindsIn = (prep: Prep, area: AreaId): FindingKind[] => findingsIn(prep, area).map((f) => f.kind);

/** The story names of the entries some points cite, sorted, each once. */
function cited(story: Story, points: readonly TalkingPoint[]): string[] {
  return [...new Set(points.flatMap((p) => p.entryIds).map(story.ids.name))].sort();
}
/** The story names of the action items some points cite, sorted, each once. */
function citedItems(story: Story, points: readonly TalkingPoint[]): string[] {
  return [...new Set(points.flatMap((p) => p.actionItemIds).map(story.ids.name))].sort();
}
const citing = (story: Story, points: readonly TalkingPoint[], name: string): TalkingPoint[] =>
  points.filter((p) => p.entryIds.includes(story.ids.of(name)));

function entryNamed(story: Story, name: string): Entry {
  const id = story.ids.of(name);
  const entry = story.log.entries.find((e) => e.id === id);
  if (!entry) throw new Error(`${story.title}: "${name}" is not an entry`);
  return entry;
}

/** The points that are about one entry: keyed `${section}:${id}` (maybe with a suffix), or citing it alone. */
function pointsAbout(story: Story, prep: Prep, name: string): TalkingPoint[] {
  const id = story.ids.of(name);
  return (prep.sections ?? []).flatMap((s) =>
    s.points.filter(
      (p) =>
        p.key === `${s.id}:${id}` ||
        p.key.startsWith(`${s.id}:${id}:`) ||
        (p.type === 'evidence' && p.entryIds.length === 1 && p.entryIds[0] === id),
    ),
  );
}

/** Everything the prep gives the user to say or read out: not the citations. */
function spokenTexts(prep: Prep): string[] {
  return [
    prep.opening,
    prep.fit?.text,
    prep.target?.reason,
    ...(prep.reading?.lines ?? []).map((line) => line.text),
    ...allPoints(prep).flatMap((p) => [p.text, p.detail, ...(p.quotes ?? []).map((q) => q.text)]),
  ].filter((text): text is string => typeof text === 'string');
}

const SCOPE_RANK = { company: 4, org: 3, team: 2, self: 1 } as const;
const scopeRank = (entry: Entry | undefined): number =>
  entry?.kind === 'win' && entry.scope ? SCOPE_RANK[entry.scope] : 0;

/** The wins a section shows one by one, in its order. */
function winsInOrder(story: Story, points: readonly TalkingPoint[]): Entry[] {
  const byId = new Map(story.log.entries.map((e) => [e.id, e]));
  return points
    .filter((p) => p.type === 'evidence' && p.entryIds.length >= 1)
    .map((p) => byId.get(p.entryIds[0]!))
    .filter((e): e is Entry => e?.kind === 'win');
}

const currentRole = (story: Story) => (story.log.roles ?? []).find((r) => !r.until)!;
const FIRST_PERSON = /\bI\b|\bI['’]|\b(my|me)\b/;

/** A point's key with the story's names in place of ids, for failure messages. */
const keyOf = (story: Story, point: TalkingPoint): string =>
  point.key.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, story.ids.name);

// ---------------------------------------------------------------------------------------------

describe('the golden stories are valid logs', () => {
  describe.each(STORIES)('$title', (story) => {
    it('passes the schemas: entries, people, action items, roles', () => {
      for (const entry of story.log.entries)
        expect(entrySchema.safeParse(entry).error, story.ids.name(entry.id)).toBeUndefined();
      for (const person of story.log.people) expect(personSchema.safeParse(person).error, person.name).toBeUndefined();
      for (const item of story.log.actionItems)
        expect(actionItemSchema.safeParse(item).error, item.text).toBeUndefined();
      for (const role of story.log.roles ?? []) expect(roleSchema.safeParse(role).error, role.title).toBeUndefined();
    });

    it('is a year of a real log: 45–80 entries in the period, several people, open and done items, roles', () => {
      const { entries, people, actionItems, roles } = story.log;
      expect(story.now).toEqual(STORY_NOW);
      expect(story.period).toEqual(STORY_PERIOD);
      expect(entries.length).toBeGreaterThanOrEqual(45);
      expect(entries.length).toBeLessThanOrEqual(80);
      for (const e of entries)
        expect(e.occurredOn >= STORY_PERIOD.from && e.occurredOn <= STORY_PERIOD.to, story.ids.name(e.id)).toBe(true);
      const months = new Set(entries.map((e) => e.occurredOn.slice(0, 7)));
      expect(months.size).toBe(12);
      expect(people.length).toBeGreaterThanOrEqual(4);
      expect(actionItems.some((i) => i.owner === 'me' && !i.doneAt)).toBe(true);
      expect(actionItems.some((i) => i.owner === 'them' && !i.doneAt)).toBe(true);
      expect(actionItems.some((i) => i.doneAt)).toBe(true);
      expect(roles?.filter((r) => !r.until)).toHaveLength(1);
    });

    it('has unique ids, and every link (about, person, named person) resolves', () => {
      const { entries, people, actionItems, roles } = story.log;
      const all = [...entries, ...people, ...actionItems, ...(roles ?? [])].map((r) => r.id);
      expect(new Set(all).size).toBe(all.length);
      expect(story.dangling).toEqual([]);
      const entryIds = new Set(entries.map((e) => e.id));
      for (const e of entries)
        for (const about of e.about ?? []) expect(entryIds.has(about), story.ids.name(e.id)).toBe(true);
      const personIds = new Set(people.map((p) => p.id));
      for (const i of actionItems) if (i.personId) expect(personIds.has(i.personId), i.text).toBe(true);
      const names = new Set(people.map((p) => p.name));
      for (const e of entries)
        if (e.person) expect(names.has(e.person), `${story.ids.name(e.id)}: ${e.person}`).toBe(true);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('every story, every kind of prep', () => {
  describe.each(STORIES)('$title', (story) => {
    describe.each(KINDS)('%s', (kind) => {
      it('is the same prep when built twice', () => {
        const first = prepOf(story, kind);
        expect(prepOf(story, kind)).toEqual(first);
      });

      it('opens with something to say, in the first person', () => {
        const { opening } = prepOf(story, kind);
        expect(opening?.trim() ?? '').not.toBe('');
        expect(opening ?? '').toMatch(FIRST_PERSON);
      });

      it('says whether the conversation fits, in words', () => {
        const { fit } = prepOf(story, kind);
        expect(['fits', 'caution', 'does-not-fit']).toContain(fit?.verdict);
        expect(fit?.text?.trim() ?? '').not.toBe('');
      });

      it('reads the role from the role history, not from a guess', () => {
        const role = prepOf(story, kind).reading?.role;
        expect(role?.title).toBe(currentRole(story).title);
        expect(role?.assumed).toBe(false);
      });

      it('ends with the ask, and the ask starts with a plan', () => {
        const prep = prepOf(story, kind);
        expect(sectionIds(prep).at(-1)).toBe('ask');
        expect(pointsIn(prep, 'ask')[0]?.type).toBe('plan');
      });

      it('backs every evidence point with entries; insights and gaps claim no strength', () => {
        for (const point of allPoints(prepOf(story, kind))) {
          if (point.type === 'evidence') expect(point.entryIds.length, keyOf(story, point)).toBeGreaterThan(0);
          if (point.type === 'insight') expect(point.strength, keyOf(story, point)).toBe('none');
          if (point.type === 'gap') {
            expect(point.strength, keyOf(story, point)).toBe('none');
            expect(point.nextStep.trim(), keyOf(story, point)).not.toBe('');
          }
        }
      });

      it("cites only this story's entries and open action items, never a done one", () => {
        const prep = prepOf(story, kind);
        const entries = new Set(story.log.entries.map((e) => e.id));
        const open = new Set(story.log.actionItems.filter((i) => !i.doneAt).map((i) => i.id));
        for (const point of allPoints(prep)) {
          for (const id of point.entryIds)
            expect(entries.has(id), `${keyOf(story, point)} cites ${story.ids.name(id)}`).toBe(true);
          for (const id of point.actionItemIds)
            expect(open.has(id), `${keyOf(story, point)} cites ${story.ids.name(id)}`).toBe(true);
        }
      });

      it("quotes only others' words, and only beside the point they belong to", () => {
        const byId = new Map(story.log.entries.map((e) => [e.id, e]));
        for (const point of allPoints(prepOf(story, kind))) {
          for (const quote of point.quotes ?? []) {
            const said = byId.get(quote.entryId);
            const othersWord =
              (said?.kind === 'feedback' && said.direction === 'received') ||
              (said?.kind === 'talent' && said.evidence === 'others');
            expect(othersWord, `${keyOf(story, point)} quotes ${story.ids.name(quote.entryId)}`).toBe(true);
            // Either the point is about what was said (it cites it), or what was said is linked to
            // something the point cites: praise of one win never stands beside another.
            const belongs =
              point.entryIds.includes(quote.entryId) || (said?.about ?? []).some((id) => point.entryIds.includes(id));
            expect(
              belongs,
              `${keyOf(story, point)} quotes ${story.ids.name(quote.entryId)} away from what it is about`,
            ).toBe(true);
          }
        }
      });
    });

    it('a lateral move with no target picks an area outside the current role, and says why', () => {
      const prep = prepOf(story, 'lateral');
      expect(prep.target?.chosenBy).toBe('pull');
      expect(currentRole(story).areas).not.toContain(prep.target?.area);
      expect(prep.target?.reason?.trim() ?? '').not.toBe('');
    });

    it('a lateral move to an area the user chose keeps that area', () => {
      const prep = prepOf(story, 'lateral', 'research');
      expect(prep.target?.area).toBe('research');
      expect(prep.target?.chosenBy).toBe('user');
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('manager-misses-coding: Sam, a year into managing, wants to build again', () => {
  const names = (list: readonly string[]) => [...list].sort();

  describe('step-down', () => {
    const prep = () => prepOf(sam, 'step-down');

    it('reads Sam as an engineering manager since 5 January 2026, a senior engineer before', () => {
      const role = prep().reading?.role;
      expect(role).toMatchObject({
        title: 'Engineering manager',
        since: SAM_ROLE_START,
        manages: true,
        assumed: false,
      });
      expect(role?.previous?.title).toBe('Senior engineer');
    });

    it('says the step-down fits, and cites why', () => {
      const { fit } = prep();
      expect(fit?.verdict).toBe('fits');
      expect(fit?.entryIds?.length ?? 0).toBeGreaterThan(0);
    });

    it('lays it out as: what went well, the pull, the energy trend, what to keep, handover, timeline, the ask', () => {
      expect(sectionIds(prep())).toEqual(['went-well', 'pull', 'energy-trend', 'keep', 'handover', 'timeline', 'ask']);
    });

    it('does not call managing people an agreed strength: one grateful report does not outweigh the drain and the critiques', () => {
      expect(kindsIn(prep(), 'managing-people')).not.toContain('agreed-strength');
    });

    it('names what others asked Sam to change in managing people (a blind spot, or at least mixed)', () => {
      const kinds = kindsIn(prep(), 'managing-people');
      expect(
        kinds.includes('blind-spot') || kinds.includes('mixed'),
        `managing-people findings: ${kinds.join(', ')}`,
      ).toBe(true);
    });

    it('treats neither Priya\'s "delegate the incident debugging" nor Omar\'s "stop rewriting our PRs" as answered', () => {
      const answered = (prep().selfVsOthers ?? [])
        .filter((f) => f.kind === 'answered')
        .map((f) => sam.ids.name(f.feedbackId ?? ''));
      for (const critique of samGroups.critiques) expect(answered).not.toContain(critique);
    });

    it("what went well covers the management year only, with the two hires, Lena's promotion and the incident process", () => {
      const points = pointsIn(prep(), 'went-well');
      const byId = new Map(sam.log.entries.map((e) => [e.id, e]));
      for (const id of points.flatMap((p) => p.entryIds)) {
        expect(byId.get(id)!.occurredOn >= SAM_ROLE_START, `went-well cites ${sam.ids.name(id)}`).toBe(true);
      }
      expect(cited(sam, points)).toEqual(expect.arrayContaining(names(samGroups.managerWins)));
      expect(cited(sam, points)).not.toContain('search-latency');
    });

    it('says the energy in the role is falling, and never that it is rising', () => {
      const points = pointsIn(prep(), 'energy-trend');
      expect(
        points.some((p) => /fall/i.test(p.text)),
        points.map((p) => p.text).join(' | '),
      ).toBe(true);
      for (const point of points) expect(point.text).not.toMatch(/\bris(e|es|ing)\b/i);
      const byId = new Map(sam.log.entries.map((e) => [e.id, e]));
      // The role's trend stands on the role's entries; only the comparison with the role before
      // cites what came before it.
      const inRole = points.filter((p) => p.key !== 'energy-trend:previous-role');
      for (const id of inRole.flatMap((p) => p.entryIds)) {
        expect(byId.get(id)!.occurredOn >= SAM_ROLE_START, `energy-trend cites ${sam.ids.name(id)}`).toBe(true);
      }
    });

    it('compares the energy of the role with the role before it', () => {
      const before = pointsIn(prep(), 'energy-trend').find((p) => p.key === 'energy-trend:previous-role');
      expect(before?.text).toMatch(
        /^Before, as Senior engineer \(writing code, debugging\), my energy averaged \+[\d.]+; as Engineering manager, −[\d.]+\.$/,
      );
    });

    it('finds the pull towards building: the longing notes and the hours actually spent coding', () => {
      const points = pointsIn(prep(), 'pull');
      const names_ = cited(sam, points);
      expect(
        samGroups.longing.some((n) => names_.includes(n)),
        `pull cites ${names_.join(', ')}`,
      ).toBe(true);
      expect(
        samGroups.codingSpent.some((n) => names_.includes(n)),
        `pull cites ${names_.join(', ')}`,
      ).toBe(true);
    });

    it("keeps what peers praise in Sam's engineering, not the critiques", () => {
      const names_ = cited(sam, pointsIn(prep(), 'keep'));
      expect(
        samGroups.peerKeeps.some((n) => names_.includes(n)),
        `keep cites ${names_.join(', ')}`,
      ).toBe(true);
      for (const critique of samGroups.critiques) expect(names_).not.toContain(critique);
    });

    it("hands over the role's open duties, Sam's own and Lena's, but not Sam's own growth, nor anything done", () => {
      const items = citedItems(sam, pointsIn(prep(), 'handover'));
      expect(items).toEqual(expect.arrayContaining(names(samGroups.roleDuties)));
      for (const own of [...samGroups.ownGrowth, ...samGroups.done]) expect(items).not.toContain(own);
      expect(items).not.toContain('item-ic-opening');
    });

    it('never offers coding for handover: it is where Sam is going', () => {
      const names_ = cited(sam, pointsIn(prep(), 'handover'));
      for (const n of [...samGroups.longing, ...samGroups.codingSpent]) expect(names_).not.toContain(n);
    });

    it("brings Priya's promise to ask Tomás about an IC opening into the timeline or the ask", () => {
      const items = citedItems(sam, [...pointsIn(prep(), 'timeline'), ...pointsIn(prep(), 'ask')]);
      expect(items).toContain('item-ic-opening');
    });

    it('opens by naming where Sam is going: back to building', () => {
      expect(prep().opening ?? '').toMatch(/writing code|coding|build|engineer/i);
    });

    it('plans the timeline', () => {
      expect(pointsIn(prep(), 'timeline').some((p) => p.type === 'plan')).toBe(true);
    });

    it("never puts a private note in Sam's mouth: notes appear only as citations", () => {
      const notes = sam.log.entries.filter((e) => e.kind === 'note').map((e) => e.text.trim());
      for (const point of allPoints(prep())) expect(notes, keyOf(sam, point)).not.toContain(point.text.trim());
    });
  });

  describe.each(KINDS)('%s', (kind) => {
    it('never says a diary line aloud (the dread, the longing, the empty Thursdays)', () => {
      const spoken = spokenTexts(prepOf(sam, kind));
      for (const name of [...samGroups.diary, ...samGroups.longing]) {
        const line = entryNamed(sam, name).text;
        for (const text of spoken) expect(text, name).not.toContain(line);
      }
    });

    it('never suggests doing more debugging (others asked Sam to delegate it) or more managing', () => {
      for (const suggestion of prepOf(sam, kind).talentMap?.suggestions ?? []) {
        expect(suggestion.key).not.toMatch(/^task:expand:(debugging|managing-people|leading-teams)\b/);
      }
    });

    it('never suggests shrinking or reframing coding: the longing notes are not a drain', () => {
      for (const suggestion of prepOf(sam, kind).talentMap?.suggestions ?? []) {
        expect(suggestion.key).not.toMatch(/^(task:reduce|cognitive:reframe):coding\b/);
      }
    });

    it('does not call managing people an agreed strength', () => {
      expect(kindsIn(prepOf(sam, kind), 'managing-people')).not.toContain('agreed-strength');
    });

    it('shows the company-wide search win as strong wherever it stands on its own', () => {
      for (const point of pointsAbout(sam, prepOf(sam, kind), 'search-latency')) {
        if (point.type === 'evidence') expect(point.strength, keyOf(sam, point)).toBe('strong');
      }
    });
  });

  it('has a talent map for the step-down and the lateral move, so the crafting judgments above bite', () => {
    expect(prepOf(sam, 'step-down').talentMap).toBeDefined();
    expect(prepOf(sam, 'lateral').talentMap).toBeDefined();
  });

  it('counts coding as energizing: the longing notes are not energy spent coding', () => {
    const coding = prepOf(sam, 'lateral').talentMap?.areas.find((a) => a.area === 'coding');
    // Time actually spent coding averages +1.5; averaging in the longing (−1, 0, −1, −2) would give +0.5.
    expect(coding?.energy.average ?? -Infinity).toBeGreaterThanOrEqual(1);
  });

  describe('promotion', () => {
    const prep = () => prepOf(sam, 'promotion');

    it('comes with a caution: the log says the role drains Sam more each month', () => {
      expect(prep().fit?.verdict).toBe('caution');
    });

    it('lays out impact, what others said, the gaps, the ask', () => {
      expect(sectionIds(prep())).toEqual(['impact', 'others-said', 'gaps', 'ask']);
    });

    it("shows Priya's and Omar's requests as open gaps, not as answered", () => {
      const gaps = pointsIn(prep(), 'gaps');
      for (const critique of samGroups.critiques) {
        const points = citing(sam, gaps, critique);
        expect(points.length, critique).toBeGreaterThan(0);
        for (const point of points) {
          expect(point.type, critique).toBe('gap');
          expect(point.text, critique).not.toMatch(/answered/i);
        }
      }
    });

    it('shows the search win, on its own, as strong', () => {
      const points = pointsAbout(sam, prep(), 'search-latency').filter((p) => p.type === 'evidence');
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) expect(point.strength).toBe('strong');
    });
  });

  describe('review', () => {
    const prep = () => prepOf(sam, 'review');

    it('lays out the brag document: projects, collaboration, design, company, learned, feedback, ask', () => {
      expect(sectionIds(prep())).toEqual([
        'projects',
        'collaboration',
        'design',
        'company',
        'learned',
        'feedback',
        'ask',
      ]);
    });

    it("leads the projects with the company-wide search win, strong, with Dev's praise beside it", () => {
      const projects = pointsIn(prep(), 'projects');
      const first = projects.find((p) => p.type === 'evidence');
      expect(first && cited(sam, [first])).toContain('search-latency');
      expect(first?.strength).toBe('strong');
      expect((first?.quotes ?? []).map((q) => sam.ids.name(q.entryId))).toContain('dev-keep-search');
    });

    it("puts Lena's thanks beside her promotion", () => {
      const points = pointsAbout(sam, prep(), 'lena-promoted');
      expect(points.flatMap((p) => p.quotes ?? []).map((q) => sam.ids.name(q.entryId))).toContain('lena-thanks');
    });

    it('shows the team charter, a bare line, as thin', () => {
      const points = pointsAbout(sam, prep(), 'team-charter').filter((p) => p.type === 'evidence');
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) expect(point.strength).toBe('thin');
    });

    it('orders the projects by reach, not by date', () => {
      const ranks = winsInOrder(sam, pointsIn(prep(), 'projects')).map(scopeRank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    });

    it('lists the hires under company building and what Sam learned under learned', () => {
      expect(cited(sam, pointsIn(prep(), 'company'))).toEqual(expect.arrayContaining(['hired-mei', 'hired-omar']));
      expect(cited(sam, pointsIn(prep(), 'learned'))).toEqual(
        expect.arrayContaining(['agenda-learned', 'debrief-learned']),
      );
    });
  });

  describe('lateral', () => {
    it('with no target, the pull is coding or debugging, never a managing area', () => {
      const { target } = prepOf(sam, 'lateral');
      expect(target?.chosenBy).toBe('pull');
      expect(['coding', 'debugging']).toContain(target?.area);
    });

    it("hands over the same duties of the role as a step-down would, Lena's rota included", () => {
      const items = citedItems(sam, pointsIn(prepOf(sam, 'lateral'), 'handover'));
      expect(items).toEqual(expect.arrayContaining(names(samGroups.roleDuties)));
      for (const own of samGroups.ownGrowth) expect(items).not.toContain(own);
    });

    it("never calls managing people an agreed strength, and lists Priya's and Omar's requests as open", () => {
      const prep = prepOf(sam, 'lateral');
      expect(kindsIn(prep, 'managing-people')).not.toContain('agreed-strength');
      const answered = (prep.selfVsOthers ?? [])
        .filter((f) => f.kind === 'answered')
        .map((f) => sam.ids.name(f.feedbackId ?? ''));
      for (const critique of samGroups.critiques) expect(answered).not.toContain(critique);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('manager-thrives: Noor, ten months into managing, has found her work', () => {
  describe('step-down', () => {
    const prep = () => prepOf(noor, 'step-down');

    it('reads Noor as an engineering manager since 2 February 2026, a senior engineer before', () => {
      const role = prep().reading?.role;
      expect(role).toMatchObject({ title: 'Engineering manager', since: '2026-02-02', manages: true, assumed: false });
      expect(role?.previous?.title).toBe('Senior engineer');
    });

    it('says plainly that the log says stay, and cites why', () => {
      const { fit } = prep();
      expect(fit?.verdict).toBe('does-not-fit');
      expect(fit?.text ?? '').toMatch(/stay/i);
      expect(fit?.entryIds?.length ?? 0).toBeGreaterThan(0);
    });

    it('offers staying and crafting the role instead of a step-down plan', () => {
      expect(sectionIds(prep())).toEqual(['stay', 'crafting', 'ask']);
    });

    it('backs "stay" with what her reports and managers said', () => {
      const names = cited(noor, pointsIn(prep(), 'stay'));
      expect(
        noorGroups.keeps.some((n) => names.includes(n)),
        `stay cites ${names.join(', ')}`,
      ).toBe(true);
    });

    it('crafts the role around what drains her: the budget and vendor paperwork', () => {
      const points = pointsIn(prep(), 'crafting');
      const names = [...cited(noor, points), ...citedItems(noor, points)];
      const drains = ['headcount-sheet', 'vendor-paperwork', 'budget-season', 'item-vendor'];
      expect(
        drains.some((n) => names.includes(n)),
        `crafting cites ${names.join(', ')}`,
      ).toBe(true);
    });

    it('never talks of a transition period or "six to eight weeks"', () => {
      for (const text of spokenTexts(prep())) {
        expect(text).not.toMatch(/transition/i);
        expect(text).not.toMatch(/six to eight weeks|6[–-]8 weeks/i);
      }
    });
  });

  describe.each(['promotion', 'lateral', 'step-down'] as const)('%s: self vs others', (kind) => {
    it('calls managing people an agreed strength: her notes claim it, her reports and managers say it', () => {
      expect(kindsIn(prepOf(noor, kind), 'managing-people')).toContain('agreed-strength');
    });

    it('shows Ravi\'s "stop deciding priorities in our 1:1s" as answered by moving them into planning', () => {
      const findings = prepOf(noor, kind).selfVsOthers ?? [];
      const feedbackId = noor.ids.of(noorGroups.answeredStop.feedback);
      const answered = findings.find((f) => f.kind === 'answered' && f.feedbackId === feedbackId);
      expect(answered, 'an answered finding for ravi-stop-priorities').toBeDefined();
      expect((answered?.answeredBy ?? []).map(noor.ids.name)).toContain(noorGroups.answeredStop.answeredBy);
      expect(findings.filter((f) => f.kind === 'blind-spot' && f.feedbackId === feedbackId)).toEqual([]);
    });

    it('does not call Grace\'s "share the roadmap with product earlier" answered: an action item is not a result', () => {
      const findings = prepOf(noor, kind).selfVsOthers ?? [];
      const feedbackId = noor.ids.of(noorGroups.openStart);
      expect(findings.filter((f) => f.kind === 'answered' && f.feedbackId === feedbackId)).toEqual([]);
    });
  });

  describe('promotion', () => {
    const prep = () => prepOf(noor, 'promotion');

    it('works normally: impact, what others said, gaps, the ask; the case can be made', () => {
      expect(sectionIds(prep())).toEqual(['impact', 'others-said', 'gaps', 'ask']);
      expect(prep().fit?.verdict).not.toBe('does-not-fit');
    });

    it('leads with an organization-wide, strong win', () => {
      const first = pointsIn(prep(), 'impact').find((p) => p.type === 'evidence');
      const win = first ? noor.log.entries.find((e) => e.id === first.entryIds[0]) : undefined;
      expect(scopeRank(win)).toBe(SCOPE_RANK.org);
      expect(first?.strength).toBe('strong');
    });

    it("shows Ravi's stop in the gaps as answered, citing the stop and the win that answered it", () => {
      const points = citing(noor, pointsIn(prep(), 'gaps'), noorGroups.answeredStop.feedback);
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) {
        expect(cited(noor, [point])).toContain(noorGroups.answeredStop.answeredBy);
        expect(point.text).toMatch(/answered/i);
        expect(point.type).toBe('evidence');
      }
    });

    it("shows Grace's start in the gaps as still open", () => {
      const points = citing(noor, pointsIn(prep(), 'gaps'), noorGroups.openStart);
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) expect(point.type).toBe('gap');
    });

    it("puts Ella's thanks beside her promotion", () => {
      const quotes = pointsAbout(noor, prep(), 'ella-promoted').flatMap((p) => p.quotes ?? []);
      expect(quotes.map((q) => noor.ids.name(q.entryId))).toContain('ella-thanks');
    });
  });

  describe('lateral', () => {
    it('works normally: why, transferable, handover, target gaps, the ask', () => {
      expect(sectionIds(prepOf(noor, 'lateral'))).toEqual(['why', 'transferable', 'handover', 'target-gaps', 'ask']);
    });

    it('with no target, picks teaching (the new-manager circle), the one pull outside her role', () => {
      const { target } = prepOf(noor, 'lateral');
      expect(target?.area).toBe('teaching');
      expect(target?.chosenBy).toBe('pull');
    });

    it("carries the new-manager circle over, with Claire's words beside it", () => {
      const points = citing(noor, pointsIn(prepOf(noor, 'lateral'), 'transferable'), 'manager-circle');
      expect(points.flatMap((p) => p.quotes ?? []).map((q) => noor.ids.name(q.entryId))).toContain(
        'claire-keep-circle',
      );
    });

    it('reads her energy in managing people as rising', () => {
      const area = prepOf(noor, 'lateral').talentMap?.areas.find((a) => a.area === 'managing-people');
      expect(area?.energy.trend).toBe('rising');
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('senior-ready-for-next: Alex, a senior engineer ready for staff', () => {
  describe('step-down', () => {
    it('says there is no managing role to step down from', () => {
      const { fit } = prepOf(alex, 'step-down');
      expect(fit?.verdict).toBe('does-not-fit');
      expect(fit?.text ?? '').toMatch(/manag/i);
    });

    it('shows only that, and the ask', () => {
      expect(sectionIds(prepOf(alex, 'step-down'))).toEqual(['no-role', 'ask']);
    });
  });

  describe('promotion', () => {
    const prep = () => prepOf(alex, 'promotion');

    it('fits, and reads as ready', () => {
      expect(prep().fit?.verdict).toBe('fits');
      expect(prep().readiness?.level).toBe('ready');
    });

    it('lays out impact, what others said, the gaps, the ask', () => {
      expect(sectionIds(prep())).toEqual(['impact', 'others-said', 'gaps', 'ask']);
    });

    it("leads with the widest strong win: the company-wide payments migration, with Kenji's words beside it", () => {
      const first = pointsIn(prep(), 'impact')[0];
      expect(first?.type).toBe('evidence');
      expect(first && alex.ids.name(first.entryIds[0] ?? '')).toBe(alexGroups.widestWin);
      expect(first?.strength).toBe('strong');
      expect((first?.quotes ?? []).map((q) => alex.ids.name(q.entryId))).toContain('kenji-keep-cutover');
    });

    it('orders the impact by reach: company, then organization, then team', () => {
      const ranks = winsInOrder(alex, pointsIn(prep(), 'impact')).map(scopeRank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    });

    it('quotes many voices: at least four people said keep', () => {
      const byId = new Map(alex.log.entries.map((e) => [e.id, e]));
      const people = new Set(
        pointsIn(prep(), 'others-said')
          .flatMap((p) => p.entryIds)
          .map((id) => byId.get(id))
          .filter((e) => e?.kind === 'feedback' && e.direction === 'received')
          .map((e) => e!.person),
      );
      expect(people.size).toBeGreaterThanOrEqual(4);
    });

    it('shows "start writing down decisions" as answered by the decision log, never as "no evidence yet"', () => {
      const points = citing(alex, pointsIn(prep(), 'gaps'), alexGroups.answered.feedback);
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) {
        expect(cited(alex, [point])).toContain(alexGroups.answered.answeredBy);
        expect(point.text).toMatch(/answered/i);
        // What Alex says is the answer Alex linked: the decision log, not any later win in the area.
        expect(point.text).toMatch(/decision log|ADR/i);
        expect(point.type).toBe('evidence');
        expect(point.strength).not.toBe('none');
      }
    });

    it("follows up Rosa's promise to nominate Alex at the December calibration in the ask", () => {
      expect(citedItems(alex, pointsIn(prep(), 'ask'))).toContain('item-nominate');
    });
  });

  describe.each(['promotion', 'lateral', 'step-down'] as const)('%s: self vs others', (kind) => {
    it('finds the start feedback answered, by the decision log', () => {
      const findings = prepOf(alex, kind).selfVsOthers ?? [];
      const feedbackId = alex.ids.of(alexGroups.answered.feedback);
      const answered = findings.find((f) => f.kind === 'answered' && f.feedbackId === feedbackId);
      expect(answered, 'an answered finding for rosa-start-decisions').toBeDefined();
      expect((answered?.answeredBy ?? []).map(alex.ids.name)).toContain(alexGroups.answered.answeredBy);
      expect(findings.filter((f) => f.kind === 'blind-spot' && f.feedbackId === feedbackId)).toEqual([]);
    });

    it('calls managing projects an agreed strength: a written plan people agree to, and five people said so', () => {
      expect(kindsIn(prepOf(alex, kind), 'managing-projects')).toContain('agreed-strength');
    });
  });

  describe.each(['promotion', 'review'] as const)('%s: strength', (kind) => {
    it('shows each strong win (an effect, a link, org or company reach) as strong wherever it stands on its own', () => {
      const prep = prepOf(alex, kind);
      for (const name of alexGroups.strongWins) {
        const points = pointsAbout(alex, prep, name).filter((p) => p.type === 'evidence');
        expect(points.length, name).toBeGreaterThan(0);
        for (const point of points) expect(point.strength, `${name} in ${keyOf(alex, point)}`).toBe('strong');
      }
    });
  });

  describe('review', () => {
    const prep = () => prepOf(alex, 'review');

    it('lists every lesson, however it was worded, the German one too', () => {
      const learned = cited(alex, pointsIn(prep(), 'learned'));
      expect(learned).toEqual(expect.arrayContaining([...alexGroups.learned].sort()));
    });

    it('leaves career admin and tiredness out of what was learned', () => {
      const learned = cited(alex, pointsIn(prep(), 'learned'));
      for (const name of alexGroups.notLearned) expect(learned).not.toContain(name);
    });

    it('orders the projects by reach, not by date: the payments migration first', () => {
      const wins = winsInOrder(alex, pointsIn(prep(), 'projects'));
      expect(wins[0] && alex.ids.name(wins[0].id)).toBe(alexGroups.widestWin);
      const ranks = wins.map(scopeRank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    });

    it('shows the glue work: onboarding and the debugging clinic under collaboration, the RFC and the ADRs under design', () => {
      expect(cited(alex, pointsIn(prep(), 'collaboration'))).toEqual(
        expect.arrayContaining(['debugging-clinic', 'onboarded-lucas']),
      );
      expect(cited(alex, pointsIn(prep(), 'design'))).toEqual(expect.arrayContaining(['decision-log', 'rfc-events']));
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('engineer-drawn-to-teaching-devrel: Jordan, an engineer whose energy is on stage and on the page', () => {
  describe('lateral, no target', () => {
    const prep = () => prepOf(jordan, 'lateral');

    it('picks developer relations as the strongest pull, and says why', () => {
      const { target } = prep();
      expect(target?.area).toBe(jordanGroups.pull);
      expect(target?.chosenBy).toBe('pull');
      expect(target?.reason?.trim() ?? '').not.toBe('');
    });

    it('lays out why, what transfers, the handover, the gaps for the target, the ask', () => {
      expect(sectionIds(prep())).toEqual(['why', 'transferable', 'handover', 'target-gaps', 'ask']);
    });

    it("carries the conference talk over with Sana's linked praise quoted beside it", () => {
      const points = citing(jordan, pointsIn(prep(), 'transferable'), jordanGroups.talk);
      expect(points.length).toBeGreaterThan(0);
      const quotes = points.flatMap((p) => p.quotes ?? []);
      const sana = quotes.find((q) => jordan.ids.name(q.entryId) === jordanGroups.linkedPraise);
      expect(sana, 'a quote of sana-keep-talk beside the talk').toBeDefined();
      expect(sana?.text).toContain('clearest explanation of backpressure');
      expect(sana?.by).toMatch(/Sana Iqbal/);
    });

    it('shows the talk as strong', () => {
      for (const point of citing(jordan, pointsIn(prep(), 'transferable'), jordanGroups.talk)) {
        if (point.type === 'evidence') expect(point.strength).toBe('strong');
      }
    });

    it('grounds the why in the pull: the calling and the longing for talks', () => {
      const names = cited(jordan, pointsIn(prep(), 'why'));
      expect(
        jordanGroups.longing.some((n) => names.includes(n)),
        `why cites ${names.join(', ')}`,
      ).toBe(true);
    });

    it('hands over the current job (the refactor, the on-call runbook), not the next talk', () => {
      const items = citedItems(jordan, pointsIn(prep(), 'handover'));
      expect(items).toEqual(expect.arrayContaining([...jordanGroups.roleDuties].sort()));
      for (const name of jordanGroups.towardsTarget) expect(items).not.toContain(name);
    });

    it('asks for a trial or a crafting step, and follows up Marcus asking Lucía about part-time DevRel', () => {
      const ask = pointsIn(prep(), 'ask');
      expect(
        ask.some((p) => p.type === 'plan' && /trial|try|pilot|crafting|part[- ]time|part of my time/i.test(p.text)),
        ask.map((p) => p.text).join(' | '),
      ).toBe(true);
      expect(citedItems(jordan, ask)).toContain(jordanGroups.moveStep);
    });

    it('does not call Tom\'s "stop picking up docs tickets mid-sprint" answered by a memory-leak fix: same area, another subject', () => {
      const feedbackId = jordan.ids.of('tom-stop-docs-midsprint');
      const answered = (prep().selfVsOthers ?? []).filter((f) => f.kind === 'answered' && f.feedbackId === feedbackId);
      expect(answered.map((f) => (f.answeredBy ?? []).map(jordan.ids.name))).toEqual([]);
    });

    it('calls developer relations an agreed strength', () => {
      expect(kindsIn(prep(), 'developer-relations')).toContain('agreed-strength');
    });

    it('reads developer relations as energizing: the longing notes are pull, not drain', () => {
      const area = prep().talentMap?.areas.find((a) => a.area === 'developer-relations');
      // Without the longing notes (0, −1, −1) it averages +1.9; with them, +1.4, below teaching.
      expect(area?.energy.average ?? -Infinity).toBeGreaterThanOrEqual(1.5);
    });
  });

  describe('lateral to teaching, chosen by Jordan', () => {
    const prep = () => prepOf(jordan, 'lateral', 'teaching');

    it('keeps the chosen area', () => {
      expect(prep().target).toMatchObject({ area: 'teaching', chosenBy: 'user' });
    });

    it("carries over the workshops, the intern and Marcus's keep", () => {
      const names = cited(jordan, pointsIn(prep(), 'transferable'));
      expect(names).toContain('marcus-keep-workshops');
      expect(names).toEqual(expect.arrayContaining(['intern-kai', 'workshop-property-tests']));
    });
  });

  describe('step-down', () => {
    it('says there is no managing role to step down from', () => {
      const prep = prepOf(jordan, 'step-down');
      expect(prep.fit?.verdict).toBe('does-not-fit');
      expect(sectionIds(prep)).toEqual(['no-role', 'ask']);
      expect(prep.reading?.role?.manages).toBe(false);
    });
  });

  describe('review', () => {
    it('puts the talk, the meetup and the blog under company building', () => {
      expect(cited(jordan, pointsIn(prepOf(jordan, 'review'), 'company'))).toEqual(
        expect.arrayContaining(['blog-retries', 'devconf-talk', 'meetup']),
      );
    });

    it("shows the talk as strong, with Sana's praise beside it", () => {
      const points = pointsAbout(jordan, prepOf(jordan, 'review'), jordanGroups.talk).filter(
        (p) => p.type === 'evidence',
      );
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) expect(point.strength).toBe('strong');
      expect(points.flatMap((p) => p.quotes ?? []).map((q) => jordan.ids.name(q.entryId))).toContain(
        jordanGroups.linkedPraise,
      );
    });
  });
});
