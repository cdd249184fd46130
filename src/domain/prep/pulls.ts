import { type AreaId, areaName } from '../area';
import type { Entry } from '../entry';
import type { AreaStats } from './area-stats';
import { formatEnergy } from './energy-trend';
import { compareAreas } from './log-view';
import { describeWitnesses, witnessesOf } from './witnesses';

/** An area the log pulls towards, how strongly, and why in words. */
export interface Pull {
  area: AreaId;
  score: number;
  /** "energy there averages +1.6 over 7 rated entries", "3 notes of longing for it", … */
  reasons: string[];
  /** The entries behind it: the most energizing, the longings, the calling, the praise. */
  entries: Entry[];
}

/** One rating is a mood; two or more start to say something. */
export const MIN_RATED = 2;
const CITED = 8;

/**
 * Where the log points: per area, energy spent there (when rated at least twice), longing for it,
 * work felt as a calling, and others telling the user to keep at it. Each counts a little, capped,
 * so that no single kind of signal decides alone; an area that drains loses what it drains.
 * Only areas with a positive signal of the user's own (energy, longing or calling) can pull:
 * praise alone says "you are good at it", not "you want it".
 */
export function rankPulls(stats: ReadonlyMap<AreaId, AreaStats>, exclude: readonly AreaId[]): Pull[] {
  const pulls: Pull[] = [];
  for (const s of stats.values()) {
    if (exclude.includes(s.area)) continue;
    const rated = s.energy.average !== null && s.energy.count >= MIN_RATED ? s.energy.average : 0;
    const longing = s.longings.length;
    const calling = s.meaning.calling;
    const praised = s.praise.length > s.critiques.length ? witnessesOf(s.praise).names.length : 0;
    if (rated <= 0 && longing === 0 && calling === 0) continue;
    const score =
      rated +
      0.6 * Math.min(longing, 3) +
      0.4 * Math.min(calling, 3) +
      0.3 * Math.min(praised, 3) +
      (s.shown.length > 0 ? 0.2 : 0);
    // One note of longing alone (0.6), or with a win (0.8), is a wish worth hearing, not yet a pull.
    if (score < 1) continue;

    const reasons: string[] = [];
    // Worded without a person, so the same reasons read in the prep's "I" and the reading's "you".
    if (rated > 0) reasons.push(`energy there averages ${formatEnergy(rated)} over ${s.energy.count} rated entries`);
    if (rated < 0) reasons.push(`although the work itself has averaged ${formatEnergy(rated)}`);
    if (longing > 0) reasons.push(longing === 1 ? 'one note of longing for it' : `${longing} notes of longing for it`);
    if (calling > 0)
      reasons.push(calling === 1 ? 'one entry felt like a calling' : `${calling} entries felt like a calling`);
    if (praised > 0) reasons.push(`${describeWitnesses(witnessesOf(s.praise))} said to keep at it`);
    const energizing = s.own.filter((e) => e.energy !== undefined && e.energy > 0 && !s.longings.includes(e));
    const entries = [
      ...energizing.slice(0, 3),
      ...s.longings.slice(0, 3),
      ...s.own.filter((e) => e.meaning === 'calling').slice(0, 2),
      ...s.praise.slice(0, 2),
    ].filter((e, i, all) => all.indexOf(e) === i);
    pulls.push({ area: s.area, score, reasons, entries: entries.slice(0, CITED) });
  }
  return pulls.sort((a, b) => b.score - a.score || compareAreas(a.area, b.area));
}

export function joinReasons(reasons: readonly string[]): string {
  if (reasons.length <= 1) return reasons[0] ?? '';
  return `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1)!}`;
}

/**
 * Why an area pulls, as the user would say it: "Writing code is where my energy goes: I have
 * missed it all year, and Ben and Chen told me to keep at it." Private notes of longing are
 * summed up, never quoted.
 */
export function pullSentence(pull: Pull, s: AreaStats, also = false): string {
  const name = areaName(pull.area);
  const parts: string[] = [];
  if (s.energy.count >= MIN_RATED && s.energy.average! > 0) {
    parts.push(`${workDone(pull.area)} gave me energy (${formatEnergy(s.energy.average!)} on a scale from −2 to +2)`);
  }
  if (s.longings.length > 0)
    parts.push(s.longings.length === 1 ? 'I noted that I miss it' : 'I keep noting that I miss it');
  if (s.meaning.calling > 0) parts.push('it feels more like a calling than a job');
  if (s.praise.length > s.critiques.length && s.praise.length > 0) {
    parts.push(`${describeWitnesses(witnessesOf(s.praise))} told me to keep at it`);
  }
  return also ? `${name} too: ${joinReasons(parts)}.` : `${name} is where my energy points: ${joinReasons(parts)}.`;
}

const WORK_DONE: Record<string, string> = {
  coding: 'the code I wrote this year',
  debugging: 'the debugging I did this year',
  teaching: 'the teaching I did this year',
  research: 'the research I did this year',
  'developer-relations': 'the developer relations work I did this year',
  'managing-projects': 'the projects I ran this year',
  'leading-teams': 'leading the team this year',
  'managing-people': 'managing people this year',
};

/** "the code I wrote this year": an area's work as the subject of a sentence. */
function workDone(area: AreaId): string {
  return WORK_DONE[area] ?? `the ${areaName(area).toLowerCase()} work I did this year`;
}
