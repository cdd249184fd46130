import { type AreaId, areaName } from '../area';
import type { AreaStats } from './area-stats';
import type { AreaFinding, CraftingSuggestion, FindingKind, TalentMap } from './types';

/**
 * Per area: how much of the evidence is one's own word and how much others', the energy it gives
 * (with its monthly trend), the meaning mix, and the self-vs-others findings; then the
 * job-crafting suggestions drawn from the same numbers.
 */
export function buildTalentMap(
  stats: ReadonlyMap<AreaId, AreaStats>,
  areas: readonly AreaId[],
  findings: readonly AreaFinding[],
  suggestions: readonly CraftingSuggestion[],
): TalentMap {
  const findingsByArea = new Map<AreaId, FindingKind[]>();
  for (const finding of findings) {
    const list = findingsByArea.get(finding.area) ?? [];
    list.push(finding.kind);
    findingsByArea.set(finding.area, list);
  }
  return {
    areas: areas.flatMap((area) => {
      const s = stats.get(area);
      if (!s) return [];
      return [
        {
          area,
          name: areaName(area),
          selfCount: s.own.length,
          othersCount: s.praise.length + s.critiques.length,
          energy: s.energy,
          meaning: { ...s.meaning },
          findings: findingsByArea.get(area) ?? [],
        },
      ];
    }),
    suggestions: [...suggestions],
  };
}
