import { areaName } from '../../area';
import type { Entry } from '../../entry';
import { compareAreas } from '../log-view';
import { CITED_PER_POINT, evidencePoint, praisePoint } from '../talking-point';
import type { TalkingPoint } from '../types';
import { quoteOf, whoShort } from '../voice';
import { describeWitnesses, witnessesOf } from '../witnesses';

/**
 * What others said, grouped by area so that the same thing said by several people reads as one
 * point, ranked by how many distinct people said it: several voices count more than one. Each
 * point passes on their words with the first quote beside it. Entries without an area stay
 * points of their own.
 */
export function praisePoints(sectionId: string, entries: readonly Entry[]): TalkingPoint[] {
  const byArea = new Map<string, Entry[]>();
  const loose: Entry[] = [];
  for (const entry of entries) {
    if (entry.areas.length === 0) loose.push(entry);
    for (const area of new Set(entry.areas)) {
      const list = byArea.get(area);
      if (list) list.push(entry);
      else byArea.set(area, [entry]);
    }
  }
  const groups = [...byArea]
    .map(([area, list]) => ({ area, list, people: witnessesOf(list) }))
    .sort(
      (a, b) =>
        b.people.names.length - a.people.names.length || b.list.length - a.list.length || compareAreas(a.area, b.area),
    );
  const points = groups.map(({ area, list, people }) => {
    // Named voices with an impact first: the quote beside the point is the one that carries most.
    const cited = [...list].sort((a, b) => weight(b) - weight(a)).slice(0, CITED_PER_POINT);
    const many = people.names.length > 1;
    return evidencePoint(
      `${sectionId}:area:${area}`,
      `On ${areaName(area).toLowerCase()}, ${describeWitnesses(people)} ${many ? 'have' : 'has'} told me I do it well.`,
      cited,
      { quotes: cited.slice(0, 2).map((entry) => ({ entryId: entry.id, text: quoteOf(entry), by: whoShort(entry) })) },
    );
  });
  return [...points, ...loose.map((entry) => praisePoint(sectionId, entry))];
}

function weight(entry: Entry): number {
  return (entry.person ? 2 : 0) + (entry.kind === 'feedback' && entry.impact ? 1 : 0);
}
