import { areaName } from '../area';
import type { Entry, Win } from '../entry';
import type { AreaStats } from './area-stats';
import { formatEnergy, rankByEnergy } from './energy-trend';
import { compareAreas, compareText } from './log-view';
import { isOthersWord } from './polarity';
import { MIN_RATED } from './pulls';
import type { LogReading } from './reading';
import { joinReasons } from './pulls';
import type { CraftingSuggestion } from './types';
import { quoteOf } from './voice';

/** Average energy at or above this, over enough entries, marks an area or a person as energizing. */
export const ENERGIZING = 0.75;
/** At or below this, draining. Lower in magnitude than ENERGIZING: a drain is worth acting on sooner. */
export const DRAINING = -0.5;
const SHOWN_PER_TYPE = 2;
const CITED = 4;

/**
 * Job crafting reshapes a role from within: what one does (task), whom one works with (relational)
 * and how one sees the work (cognitive). Suggestions come from the reading and name the work and
 * the people in the log. They read the critique: an area others asked the user to delegate or stop
 * is never one to do more of.
 */
export function suggestCrafting(reading: LogReading): CraftingSuggestion[] {
  const { stats, lessOf } = reading;
  const rated = [...stats.values()].filter((s) => s.energy.average !== null && s.energy.count >= MIN_RATED);
  const suggestions: CraftingSuggestion[] = [];

  // Task: more of what pulls (outside the role, or the role's own energizing areas), never of
  // what others asked to hand over.
  const roleEnergizing = rated
    .filter((s) => reading.role.areas.includes(s.area) && s.energy.average! >= ENERGIZING)
    .map((s) => ({
      area: s.area,
      reasons: [`energy there averages ${formatEnergy(s.energy.average!)} over ${s.energy.count} rated entries`],
    }));
  const expand = [...reading.pulls, ...roleEnergizing].filter((p) => !lessOf.has(p.area)).slice(0, SHOWN_PER_TYPE);
  for (const pull of expand) {
    const s = stats.get(pull.area)!;
    const name = areaName(pull.area);
    const example = bestWin(s);
    suggestions.push({
      key: `task:expand:${pull.area}`,
      type: 'task',
      area: pull.area,
      text: `Do more ${name.toLowerCase()}${example ? `, like ${quoteOf(example)}` : ''}: ${joinReasons(pull.reasons)}. Ask for one such piece of work each month, within the role you have.`,
      entryIds: ids([...(example ? [example] : []), ...rankByEnergy(s.own, 'highest', CITED)]),
    });
  }

  const draining = rated
    .filter((s) => s.energy.average! <= DRAINING)
    .sort(
      (a, b) =>
        a.energy.average! - b.energy.average! || b.energy.count - a.energy.count || compareAreas(a.area, b.area),
    );
  for (const s of draining.slice(0, SHOWN_PER_TYPE)) {
    const name = areaName(s.area);
    const asked = reading.critiques.find((c) => c.lessOf.includes(s.area));
    const helper = likelyTaker(s, reading);
    suggestions.push({
      key: `task:reduce:${s.area}`,
      type: 'task',
      area: s.area,
      text: `Hand over or shrink ${name.toLowerCase()}: it drains you (${formatEnergy(s.energy.average!)} over ${s.energy.count} rated entries)${asked ? `, and ${asked.feedback.person ?? 'someone'} asked for it too` : ''}. ${helper ? `Propose that ${helper} takes part of it` : 'Propose who could take part of it'}, or batch it into one block a week.`,
      entryIds: ids([...rankByEnergy(s.own, 'lowest', CITED), ...(asked ? [asked.feedback] : [])]),
    });
  }

  // Relational: the people the user's best days are with, and those who praised the pull.
  for (const person of energizingPeople(reading).slice(0, SHOWN_PER_TYPE)) {
    const areas = [...new Set(person.entries.flatMap((e) => e.areas))]
      .sort(compareAreas)
      .slice(0, 2)
      .map((a) => areaName(a).toLowerCase());
    suggestions.push({
      key: `relational:${person.name.toLowerCase()}`,
      type: 'relational',
      text: `Work more with ${person.name}${areas.length ? ` on ${areas.join(' and ')}` : ''}: what you logged with them averages ${formatEnergy(person.average)}. Pair on the next piece of work, or ask to join theirs.`,
      entryIds: ids(rankByEnergy(person.entries, 'highest', CITED)),
    });
  }
  const pull = reading.pulls.find((p) => !lessOf.has(p.area));
  const ally = pull ? stats.get(pull.area)!.praise.find((e) => e.person) : undefined;
  if (pull && ally && !suggestions.some((s) => s.key === `relational:${ally.person!.toLowerCase()}`)) {
    suggestions.push({
      key: `relational:${ally.person!.toLowerCase()}`,
      type: 'relational',
      area: pull.area,
      text: `Ask ${ally.person} to pair with you on ${areaName(pull.area).toLowerCase()}: they told you ${quoteOf(ally)}.`,
      entryIds: [ally.id],
    });
  }

  // Cognitive: see a draining area through what it made possible, and name a calling as such.
  const drain = draining.find((s) => s.wins.length > 0) ?? draining[0];
  if (drain) {
    const name = areaName(drain.area);
    const win = bestWin(drain);
    suggestions.push({
      key: `cognitive:reframe:${drain.area}`,
      type: 'cognitive',
      area: drain.area,
      text: win
        ? `Reframe ${name.toLowerCase()} by what it made possible: ${quoteOf(win)}. Before deciding what to hand over, write down who that helped.`
        : `Reframe ${name.toLowerCase()}: write down who it helps and what it makes possible, before deciding what to hand over.`,
      entryIds: win ? [win.id] : [],
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
      text: `Say that ${name.toLowerCase()} is the work that means most to you: ${calling.meaning.calling} entries felt like a calling. Describe your role by it.`,
      entryIds: calling.own
        .filter((entry) => entry.meaning === 'calling')
        .slice(0, CITED)
        .map((entry) => entry.id),
    });
  }
  return suggestions;
}

/** The area's best win: strongest evidence first, then widest scope, then newest. */
function bestWin(s: AreaStats): Win | undefined {
  return s.shown[0] ?? s.wins[0];
}

/** Someone already doing this work with the user, other than the user's manager: who could take part of it. */
function likelyTaker(s: AreaStats, reading: LogReading): string | undefined {
  const seniors = new Set(
    reading.view.people
      .filter((p) => p.relationship === 'manager' || p.relationship === 'skip')
      .map((p) => p.name.toLowerCase()),
  );
  for (const entry of s.entries) {
    const name = entry.person?.trim();
    if (!name || seniors.has(name.toLowerCase())) continue;
    if (entry.kind === 'feedback' && (entry.relationship === 'manager' || entry.relationship === 'skip')) continue;
    return name;
  }
  return undefined;
}

interface PersonEnergy {
  name: string;
  average: number;
  entries: Entry[];
}

/** People named on one's own entries whose energy averages as energizing, most energizing first. */
function energizingPeople(reading: LogReading): PersonEnergy[] {
  const byName = new Map<string, { name: string; sum: number; entries: Entry[] }>();
  for (const entry of reading.view.entries) {
    const name = entry.person?.trim();
    if (!name || entry.energy === undefined || isOthersWord(entry) || reading.view.stances.get(entry.id) === 'longing')
      continue;
    const key = name.toLowerCase();
    const bucket = byName.get(key) ?? { name, sum: 0, entries: [] };
    bucket.sum += entry.energy;
    bucket.entries.push(entry);
    byName.set(key, bucket);
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
  return [...new Set(entries.map((entry) => entry.id))];
}
