import { type AreaId, BUILT_IN_AREAS } from '../area';
import type { Entry } from '../entry';
import { CURRENT_ROLE_AREAS } from './current-role';
import { compareAreas } from './log-view';

/**
 * Areas to offer as the target of a lateral move: the most energizing first (by average energy in
 * the given entries), then the rest in the usual order. The first is the default target: only a
 * starting point, as the user picks. Leading and managing come last, as they are the usual
 * "up" path that a lateral move is an alternative to.
 */
export function targetAreaChoices(entries: readonly Entry[]): AreaId[] {
  const energy = new Map<AreaId, { sum: number; count: number }>();
  const seen = new Set<AreaId>(BUILT_IN_AREAS.map((area) => area.id));
  for (const entry of entries) {
    if (entry.deletedAt) continue;
    for (const area of entry.areas) {
      seen.add(area);
      if (entry.energy === undefined) continue;
      const bucket = energy.get(area) ?? { sum: 0, count: 0 };
      bucket.sum += entry.energy;
      bucket.count += 1;
      energy.set(area, bucket);
    }
  }
  const average = (area: AreaId) => {
    const bucket = energy.get(area);
    return bucket ? bucket.sum / bucket.count : Number.NEGATIVE_INFINITY;
  };
  const role = (area: AreaId) => (CURRENT_ROLE_AREAS.includes(area) ? 1 : 0);
  return [...seen].sort((a, b) => role(a) - role(b) || average(b) - average(a) || compareAreas(a, b));
}
