import type { AreaId } from '../area';
import type { AreaStats } from './area-stats';
import type { LogView } from './log-view';
import type { AreaFinding, CraftingSuggestion } from './types';

/** Everything the sections read, computed once per prep. */
export interface PrepContext {
  view: LogView;
  stats: ReadonlyMap<AreaId, AreaStats>;
  findings: readonly AreaFinding[];
  crafting: readonly CraftingSuggestion[];
}

/** How many entries a point that sums up many cites: enough to check it, few enough to read. */
export const CITED_PER_POINT = 8;
