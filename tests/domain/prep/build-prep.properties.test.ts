import fc from 'fast-check';
import { applyAgenda, EMPTY_AGENDA } from '../../../src/domain/prep/agenda';
import { buildPrep } from '../../../src/domain/prep/build-prep';
import { prepToMarkdown } from '../../../src/domain/prep/markdown';
import { isInPeriod } from '../../../src/domain/prep/period';
import type { Prep } from '../../../src/domain/prep/types';
import { entryArb, prepInputArb, shuffle } from '../../fixtures/prep/arbitraries';

/** Every id a prep cites, with where it was cited. */
function citations(prep: Prep): { entryIds: string[]; actionItemIds: string[] } {
  const entryIds = [
    ...prep.readiness.reasons.flatMap((r) => r.entryIds),
    ...prep.sections.flatMap((s) => s.points.flatMap((p) => p.entryIds)),
    ...prep.fit.entryIds,
    ...prep.reading.lines.flatMap((l) => l.entryIds),
    ...(prep.selfVsOthers ?? []).flatMap((f) => f.entryIds),
    ...(prep.talentMap?.suggestions ?? []).flatMap((s) => s.entryIds),
    ...prep.sections.flatMap((s) => s.points.flatMap((p) => (p.quotes ?? []).map((q) => q.entryId))),
  ];
  const actionItemIds = [
    ...prep.sections.flatMap((s) => s.points.flatMap((p) => p.actionItemIds)),
    ...prep.reading.lines.flatMap((l) => l.actionItemIds),
  ];
  return { entryIds, actionItemIds };
}

describe('buildPrep properties', () => {
  it('cites only live entries of the period and open action items that exist', () => {
    fc.assert(
      fc.property(prepInputArb, ([log, request, now]) => {
        const prep = buildPrep(log, request, now);
        const entries = new Map(log.entries.map((e) => [e.id, e]));
        const items = new Map(log.actionItems.map((i) => [i.id, i]));
        const { entryIds, actionItemIds } = citations(prep);
        for (const id of entryIds) {
          const entry = entries.get(id);
          expect(entry, `cited entry ${id}`).toBeDefined();
          expect(entry!.deletedAt).toBeUndefined();
          expect(isInPeriod(entry!.occurredOn, request.period)).toBe(true);
        }
        for (const id of actionItemIds) {
          const item = items.get(id);
          expect(item, `cited action item ${id}`).toBeDefined();
          expect(item!.deletedAt ?? item!.doneAt).toBeUndefined();
        }
      }),
    );
  });

  it('gives the same prep for the same input, whatever order the records come in', () => {
    fc.assert(
      fc.property(prepInputArb, fc.integer(), ([log, request, now], seed) => {
        const first = buildPrep(log, request, now);
        expect(buildPrep(log, request, now)).toEqual(first);
        const shuffled = {
          entries: shuffle(log.entries, seed),
          people: shuffle(log.people, seed + 1),
          actionItems: shuffle(log.actionItems, seed + 2),
        };
        expect(buildPrep(shuffled, request, new Date(now.getTime()))).toEqual(first);
      }),
    );
  });

  it('never crashes, never leaves a section empty, and keys points uniquely', () => {
    fc.assert(
      fc.property(prepInputArb, ([log, request, now]) => {
        const prep = buildPrep(log, request, now);
        const keys = prep.sections.flatMap((s) => s.points.map((p) => p.key));
        expect(new Set(keys).size).toBe(keys.length);
        for (const section of prep.sections) expect(section.points.length).toBeGreaterThan(0);
        for (const point of prep.sections.flatMap((s) => s.points)) {
          if (point.type === 'evidence') expect(point.entryIds.length).toBeGreaterThan(0);
          if (point.type === 'gap') expect(point.nextStep).not.toBe('');
        }
        // The views built on top do not crash either.
        applyAgenda(prep, { pinned: keys.slice(0, 2), hidden: keys.slice(2, 3) }, 3);
        const markdown = prepToMarkdown({
          prep,
          agenda: EMPTY_AGENDA,
          entries: new Map(log.entries.map((e) => [e.id, e])),
          actionItems: new Map(log.actionItems.map((i) => [i.id, i])),
        });
        expect(markdown.startsWith('# ')).toBe(true);
      }),
    );
  });

  it("never calls an area an agreed strength when others' start/stop matches or outweighs their keep", () => {
    fc.assert(
      fc.property(prepInputArb, ([log, request, now]) => {
        const prep = buildPrep(log, request, now);
        const inPeriod = log.entries.filter((e) => !e.deletedAt && isInPeriod(e.occurredOn, request.period));
        for (const finding of prep.selfVsOthers ?? []) {
          if (finding.kind !== 'agreed-strength') continue;
          const said = inPeriod.filter(
            (e) =>
              e.areas.includes(finding.area) &&
              ((e.kind === 'feedback' && e.direction === 'received') ||
                (e.kind === 'talent' && e.evidence === 'others')),
          );
          const asked = said.filter(
            (e) => e.kind === 'feedback' && (e.signal === 'start' || e.signal === 'stop'),
          ).length;
          expect(said.length - asked, `keep vs start/stop in ${finding.area}`).toBeGreaterThan(asked);
        }
      }),
    );
  });

  it('never builds a step-down case for a role the log shows the user thriving in', () => {
    fc.assert(
      fc.property(prepInputArb, ([log, request, now]) => {
        const prep = buildPrep(log, { kind: 'step-down', period: request.period }, now);
        const ids = prep.sections.map((s) => s.id);
        if (prep.fit.verdict === 'does-not-fit') expect(ids).not.toContain('went-well');
        if (ids.includes('stay')) expect(prep.fit.text).toMatch(/^Your log says stay/);
      }),
    );
  });
});

describe('buildPrep stability', () => {
  it('is unchanged by entries outside the period', () => {
    fc.assert(
      fc.property(prepInputArb, fc.array(entryArb, { maxLength: 10 }), ([log, request, now], extra) => {
        const outside = extra
          .filter((e) => !isInPeriod(e.occurredOn, request.period))
          .filter((e) => !log.entries.some((l) => l.id === e.id));
        expect(buildPrep({ ...log, entries: [...log.entries, ...outside] }, request, now)).toEqual(
          buildPrep(log, request, now),
        );
      }),
    );
  });
});
