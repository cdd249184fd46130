import { areaName } from '../../area';
import type { Entry } from '../../entry';
import { compareAreas } from '../log-view';
import { truncate } from '../truncate';
import { CITED_PER_POINT } from '../prep-context';
import { backedFirst } from '../ordering';
import { entryPoint, groupPoint } from '../talking-point';
import type { TalkingPoint } from '../types';
import { describeWitnesses, witnessesOf } from '../witnesses';

/**
 * What others said, grouped by area so that the same thing said by several people reads as one
 * point, ranked by how many distinct people said it: several voices count more than one. Entries
 * without an area stay points of their own.
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
        b.people.names.length - a.people.names.length ||
        b.list.length - a.list.length ||
        compareAreas(a.area, b.area),
    );
  const points = groups.map(({ area, list, people }) => {
    const cited = backedFirst(list).slice(0, CITED_PER_POINT);
    const count = list.length === 1 ? '1 entry' : `${list.length} entries`;
    return groupPoint(
      `${sectionId}:area:${area}`,
      `${areaName(area)}: ${describeWitnesses(people)} (${count})`,
      cited,
      quote(cited[0]!),
    );
  });
  return [...points, ...loose.map((entry) => entryPoint(sectionId, entry))];
}

const QUOTE_LENGTH = 160;

/** The first words of an entry, in quotes: the point's headline in their own words. */
export function quote(entry: Entry): string {
  const text = entry.text.replace(/\s+/g, ' ').trim();
  return `“${truncate(text, QUOTE_LENGTH)}”${entry.person ? ` (${entry.person})` : ''}`;
}
