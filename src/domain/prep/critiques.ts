import type { AreaId } from '../area';
import type { Entry, Feedback } from '../entry';
import type { AreaStats } from './area-stats';
import type { LogView } from './log-view';
import { isOthersWord } from './polarity';
import { MANAGING_AREAS } from './role-reading';

/** A start or stop someone raised, and what has answered it since. */
export interface Critique {
  feedback: Feedback & { signal: 'start' | 'stop' };
  /**
   * The work it asks the user to do less of: the areas of a stop, or of a start that asks to
   * delegate or hand over ("start delegating the incident debugging"). Leading and managing are
   * how that happens, not what is given up, so they are never among them.
   */
  lessOf: AreaId[];
  /** Later wins or "keep" feedback in the same area (oldest first); empty while unanswered. */
  answeredBy: Entry[];
}

const DELEGATE = /\b(delegat\w*|hand(ing)?\s+(it\s+|that\s+|this\s+|them\s+)?(over|off)|let (others|someone|the team|them)|step(ping)? back from|give (it|that|this) away|bottleneck)\b/i;

/**
 * Every start and stop others raised in the period, oldest first, each with what answered it: a
 * later win, or later "keep" feedback, in one of its areas. Only later evidence answers a point;
 * a later note of one's own never does (hearing it is not showing the change). For a request to
 * do less of something, more of that work is no answer: only a win in its other areas (say,
 * managing people, for "delegate the debugging") or feedback that the change was seen.
 */
export function readCritiques(view: LogView, stats: ReadonlyMap<AreaId, AreaStats>): Critique[] {
  const critiques: Critique[] = [];
  for (let i = view.received.length - 1; i >= 0; i--) {
    const feedback = view.received[i]!;
    if (feedback.signal !== 'start' && feedback.signal !== 'stop') continue;
    const areas = [...new Set(feedback.areas)];
    const asksLess = feedback.signal === 'stop' || DELEGATE.test(feedback.text);
    const lessOf = asksLess ? areas.filter((area) => !MANAGING_AREAS.includes(area)) : [];
    // "Stop scheduling status meetings" (managing projects) is answered by a managing-projects win
    // that replaces them: when every area is to be done less of, a win in it still answers.
    const winAreas = lessOf.length < areas.length ? areas.filter((area) => !lessOf.includes(area)) : areas;
    const answeredBy: Entry[] = [];
    for (const area of areas) {
      const s = stats.get(area);
      if (!s) continue;
      for (const entry of s.entries) {
        if (entry.occurredOn <= feedback.occurredOn) break; // newest first: the rest is earlier
        const answers =
          (entry.kind === 'win' && winAreas.includes(area) && !isOthersWord(entry)) ||
          (isOthersWord(entry) && entry.kind === 'feedback' && entry.signal === 'keep');
        if (answers && !answeredBy.includes(entry)) answeredBy.push(entry);
      }
    }
    answeredBy.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
    critiques.push({ feedback: feedback as Critique['feedback'], lessOf, answeredBy });
  }
  return critiques;
}

/** Areas others asked the user to do less of: crafting never proposes more of them. */
export function lessOfAreas(critiques: readonly Critique[]): Set<AreaId> {
  return new Set(critiques.flatMap((c) => c.lessOf));
}

/** Praise linked to the win it is about (`about`), by win id, in log order. */
export function praiseByWin(view: LogView): Map<string, Entry[]> {
  const byWin = new Map<string, Entry[]>();
  for (const entry of view.othersWord) {
    if (!entry.about || (entry.kind === 'feedback' && (entry.signal === 'start' || entry.signal === 'stop'))) continue;
    for (const id of new Set(entry.about)) {
      const list = byWin.get(id);
      if (list) list.push(entry);
      else byWin.set(id, [entry]);
    }
  }
  return byWin;
}
