import type { AreaId } from '../area';
import type { Entry, Feedback, Win } from '../entry';
import { summarizeEnergy } from './energy-trend';
import { entryStrength } from './evidence';
import type { LogView } from './log-view';
import { isOthersWord } from './polarity';
import type { EnergySummary, Meaning } from './types';

/** What the log says about one area, split by whose word it is and by what it says. */
export interface AreaStats {
  area: AreaId;
  /** Newest first, as everywhere in the view. */
  entries: Entry[];
  /** In one's own words: wins, notes, self talent notes, feedback given. */
  own: Entry[];
  /** Own entries whose words and energy agree that this is a strength (see `stanceOf`). */
  claims: Entry[];
  /** Own entries rated neutral or negative, or written in words of strain. */
  doubts: Entry[];
  /** Own entries wishing for this work: a pull towards the area, not energy spent in it. */
  longings: Entry[];
  wins: Win[];
  /** Wins with some or strong evidence: the area is shown in the work, not only claimed. */
  shown: Win[];
  /** Others saying it: feedback marked keep or unmarked, and talent notes on others' word. */
  praise: Entry[];
  /** Others asking for a change: feedback marked start or stop. */
  critiques: Feedback[];
  /** What can answer a critique: one's own wins and others' "keep", newest first. */
  answerers: Entry[];
  /** Energy spent in the area: one's own entries, longings left out. */
  energy: EnergySummary;
  meaning: Record<Meaning, number>;
}

export function buildAreaStats(view: LogView): Map<AreaId, AreaStats> {
  const stats = new Map<AreaId, AreaStats>();
  for (const area of view.areas) {
    const entries = view.byArea.get(area) ?? [];
    const s: AreaStats = {
      area,
      entries,
      own: [],
      claims: [],
      doubts: [],
      longings: [],
      wins: [],
      shown: [],
      praise: [],
      critiques: [],
      answerers: [],
      energy: summarizeEnergy([]),
      meaning: { job: 0, career: 0, calling: 0 },
    };
    const spent: Entry[] = [];
    for (const entry of entries) {
      if (isOthersWord(entry)) {
        if (entry.kind === 'feedback' && (entry.signal === 'start' || entry.signal === 'stop')) s.critiques.push(entry);
        else s.praise.push(entry);
        if (entry.kind === 'feedback' && entry.signal === 'keep') s.answerers.push(entry);
        continue;
      }
      s.own.push(entry);
      if (entry.meaning) s.meaning[entry.meaning] += 1;
      if (entry.kind === 'feedback') {
        // Feedback one gave says how one mentors, not how one feels about the area.
        if (entry.energy !== undefined) spent.push(entry);
        continue;
      }
      const stance = view.stances.get(entry.id)!;
      if (stance === 'longing') s.longings.push(entry);
      else {
        if (stance === 'claim') s.claims.push(entry);
        else if (stance === 'doubt') s.doubts.push(entry);
        if (entry.energy !== undefined) spent.push(entry);
      }
      if (entry.kind === 'win') {
        s.wins.push(entry);
        s.answerers.push(entry);
        if (entryStrength(entry) !== 'thin') s.shown.push(entry);
      }
    }
    s.energy = summarizeEnergy(spent);
    stats.set(area, s);
  }
  return stats;
}
