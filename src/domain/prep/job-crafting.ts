import { type AreaId, areaName } from '../area';
import type { Entry } from '../entry';
import type { AreaStats } from './area-stats';
import { formatEnergy, rankByEnergy } from './energy-trend';
import { compareAreas, compareText, type LogView } from './log-view';
import type { CraftingSuggestion } from './types';

/** Average energy at or above this, over enough entries, marks an area as energizing. */
export const ENERGIZING = 0.75;
/** At or below this, draining. Lower in magnitude than ENERGIZING: a drain is worth acting on sooner. */
export const DRAINING = -0.5;
/** One rating is a mood, not a pattern. */
export const MIN_RATED = 2;
const SHOWN_PER_TYPE = 2;
const CITED = 4;

/**
 * Job crafting reshapes a role from within: what one does (task), whom one works with (relational)
 * and how one sees the work (cognitive). Suggestions come from energy by area and by person only.
 */
export function suggestCrafting(
  stats: ReadonlyMap<AreaId, AreaStats>,
  view: LogView,
): CraftingSuggestion[] {
  const rated = [...stats.values()].filter(
    (s) => s.energy.average !== null && s.energy.count >= MIN_RATED,
  );
  const energizing = rated
    .filter((s) => s.energy.average! >= ENERGIZING)
    .sort((a, b) => b.energy.average! - a.energy.average! || b.energy.count - a.energy.count || compareAreas(a.area, b.area));
  const draining = rated
    .filter((s) => s.energy.average! <= DRAINING)
    .sort((a, b) => a.energy.average! - b.energy.average! || b.energy.count - a.energy.count || compareAreas(a.area, b.area));

  const suggestions: CraftingSuggestion[] = [];

  for (const s of energizing.slice(0, SHOWN_PER_TYPE)) {
    const name = areaName(s.area);
    suggestions.push({
      key: `task:expand:${s.area}`,
      type: 'task',
      area: s.area,
      text: `Do more ${name}: it energizes you (${formatEnergy(s.energy.average!)} over ${s.energy.count} entries). Ask for one ${name} task each sprint, or volunteer for the next one.`,
      entryIds: ids(rankByEnergy(s.entries, 'highest', CITED)),
    });
  }
  for (const s of draining.slice(0, SHOWN_PER_TYPE)) {
    const name = areaName(s.area);
    suggestions.push({
      key: `task:reduce:${s.area}`,
      type: 'task',
      area: s.area,
      text: `Hand over or shrink ${name}: it drains you (${formatEnergy(s.energy.average!)} over ${s.energy.count} entries). Propose who could take part of it, or batch it into one block a week.`,
      entryIds: ids(rankByEnergy(s.entries, 'lowest', CITED)),
    });
  }

  for (const { name, average, entries } of energizingPeople(view).slice(0, SHOWN_PER_TYPE)) {
    suggestions.push({
      key: `relational:${name.toLowerCase()}`,
      type: 'relational',
      text: `Work more with ${name}: what you logged with them averages ${formatEnergy(average)}. Pair on the next piece of work, or ask to join theirs.`,
      entryIds: ids(rankByEnergy(entries, 'highest', CITED)),
    });
  }

  const drain = draining[0];
  if (drain) {
    const name = areaName(drain.area);
    const wins = drain.entries.filter((entry) => entry.kind === 'win');
    suggestions.push({
      key: `cognitive:reframe:${drain.area}`,
      type: 'cognitive',
      area: drain.area,
      text:
        wins.length > 0
          ? `Reframe ${name}: it is part of ${wins.length === 1 ? 'one of your wins' : `${wins.length} of your wins`}. Write down who it helps and what it makes possible.`
          : `Reframe ${name}: write down who it helps and what it makes possible, before deciding what to hand over.`,
      entryIds: wins.slice(0, CITED).map((entry) => entry.id),
    });
  }
  const calling = [...stats.values()]
    .filter((s) => s.meaning.calling >= MIN_RATED)
    .sort((a, b) => b.meaning.calling - a.meaning.calling || compareAreas(a.area, b.area))[0];
  if (calling) {
    const name = areaName(calling.area);
    suggestions.push({
      key: `cognitive:calling:${calling.area}`,
      type: 'cognitive',
      area: calling.area,
      text: `See ${name} as a calling, and say so when you describe your role: ${calling.meaning.calling} entries mark it as the work that means the most to you.`,
      entryIds: calling.entries
        .filter((entry) => entry.meaning === 'calling')
        .slice(0, CITED)
        .map((entry) => entry.id),
    });
  }
  return suggestions;
}

interface PersonEnergy {
  name: string;
  average: number;
  entries: Entry[];
}

/** People named on entries whose energy averages as energizing, most energizing first. */
function energizingPeople(view: LogView): PersonEnergy[] {
  const byName = new Map<string, { name: string; sum: number; entries: Entry[] }>();
  for (const entry of view.entries) {
    const name = entry.person?.trim();
    if (!name || entry.energy === undefined) continue;
    const key = name.toLowerCase();
    const bucket = byName.get(key);
    if (bucket) {
      bucket.sum += entry.energy;
      bucket.entries.push(entry);
    } else {
      byName.set(key, { name, sum: entry.energy, entries: [entry] });
    }
  }
  return [...byName.values()]
    .filter((p) => p.entries.length >= MIN_RATED && p.sum / p.entries.length >= ENERGIZING)
    .map((p) => ({ name: p.name, average: p.sum / p.entries.length, entries: p.entries }))
    .sort(
      (a, b) =>
        b.average - a.average ||
        b.entries.length - a.entries.length ||
        compareText(a.name.toLowerCase(), b.name.toLowerCase()),
    );
}

function ids(entries: readonly Entry[]): string[] {
  return entries.map((entry) => entry.id);
}
