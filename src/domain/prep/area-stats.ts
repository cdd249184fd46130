import type { AreaId } from '../area';
import type { Entry, Feedback, Talent } from '../entry';
import { summarizeEnergy } from './energy-trend';
import type { LogView } from './log-view';
import type { EnergySummary, Meaning } from './types';

/** What the log says about one area, split by whose word it is. */
export interface AreaStats {
  area: AreaId;
  /** Newest first. */
  entries: Entry[];
  /** In one's own words: wins, notes, self talent notes, feedback given. */
  own: Entry[];
  /** Self-assessment proper: talent notes on one's own word. */
  selfClaims: Talent[];
  /**
   * Others saying it: received feedback marked "keep" or unmarked (recognition is usually logged
   * without a signal), and talent notes on others' word.
   */
  othersPraise: Entry[];
  /** Others asking for a change: received feedback marked "start" or "stop". */
  othersCritique: Feedback[];
  energy: EnergySummary;
  meaning: Record<Meaning, number>;
}

export function buildAreaStats(view: LogView): Map<AreaId, AreaStats> {
  const stats = new Map<AreaId, AreaStats>();
  for (const area of view.areas) {
    const entries = view.byArea.get(area) ?? [];
    const own: Entry[] = [];
    const selfClaims: Talent[] = [];
    const othersPraise: Entry[] = [];
    const othersCritique: Feedback[] = [];
    const meaning: Record<Meaning, number> = { job: 0, career: 0, calling: 0 };
    for (const entry of entries) {
      if (entry.meaning) meaning[entry.meaning] += 1;
      if (isOthersWord(entry)) {
        if (entry.kind === 'feedback' && (entry.signal === 'start' || entry.signal === 'stop')) {
          othersCritique.push(entry);
        } else {
          othersPraise.push(entry);
        }
      } else {
        own.push(entry);
        if (entry.kind === 'talent') selfClaims.push(entry);
      }
    }
    stats.set(area, {
      area,
      entries,
      own,
      selfClaims,
      othersPraise,
      othersCritique,
      energy: summarizeEnergy(entries),
      meaning,
    });
  }
  return stats;
}

/** Whether an entry records what someone else said about one's work. */
export function isOthersWord(entry: Entry): boolean {
  return (
    (entry.kind === 'feedback' && entry.direction === 'received') ||
    (entry.kind === 'talent' && entry.evidence === 'others')
  );
}
