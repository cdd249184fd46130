import type { AreaId } from '../area';
import type { Entry, Feedback } from '../entry';
import type { AreaStats } from './area-stats';
import type { LogView } from './log-view';
import { isOthersWord } from './polarity';
import { PEOPLE_AREAS } from './role-reading';

/** A start or stop someone raised, and what has answered it since. */
export interface Critique {
  feedback: Feedback & { signal: 'start' | 'stop' };
  /**
   * The work it asks the user to do less of: the areas of a stop, or of a start that asks to
   * delegate or hand over ("start delegating the incident debugging"). Leading and managing people
   * are how that happens, not what is given up, so they are never among them.
   */
  lessOf: AreaId[];
  /** Later wins or "keep" feedback in the same area (oldest first); empty while unanswered. */
  answeredBy: Entry[];
}

const DELEGATE = /\b(delegat\w*|hand(ing)?\s+(it\s+|that\s+|this\s+|them\s+)?(over|off)|let (others|someone|the team|them)|step(ping)? back from|give (it|that|this) away|bottleneck)\b/i;

/**
 * Every start and stop others raised in the period, oldest first, each with what answered it:
 * later evidence on the same point. That is a later entry the user linked to the feedback, or a
 * later win or "keep" feedback in one of its areas that shares its subject (two words of substance
 * in common: "priorities … planning" and "priority calls … Monday planning"). A later note of one's own never answers
 * it (hearing it is not showing the change), nor does unrelated work that happens to share an area.
 * For a request to delegate, more of that work is no answer: only a win in its other areas (say,
 * managing people, for "delegate the debugging") or feedback that the change was seen.
 */
export function readCritiques(view: LogView, stats: ReadonlyMap<AreaId, AreaStats>): Critique[] {
  const critiques: Critique[] = [];
  const linked = new Map<string, Entry[]>();
  for (const entry of view.entries) {
    if (isOthersWord(entry)) continue;
    for (const id of entry.about ?? []) linked.set(id, [...(linked.get(id) ?? []), entry]);
  }
  for (let i = view.received.length - 1; i >= 0; i--) {
    const feedback = view.received[i]!;
    if (feedback.signal !== 'start' && feedback.signal !== 'stop') continue;
    const areas = [...new Set(feedback.areas)];
    const delegates = DELEGATE.test(feedback.text);
    const lessOf = delegates || feedback.signal === 'stop' ? areas.filter((area) => !PEOPLE_AREAS.includes(area)) : [];
    // "Delegate the debugging" is not answered by more debugging, only by a win in its other areas
    // (managing people: someone else led it). "Stop scheduling status meetings" is answered by a
    // win in the same area that replaced them.
    const winAreas = delegates ? areas.filter((area) => !lessOf.includes(area)) : areas;
    // What the user linked to this feedback answers it, whatever its area.
    const answeredBy: Entry[] = (linked.get(feedback.id) ?? []).filter((entry) => entry.occurredOn > feedback.occurredOn);
    const topic = stems(feedback.text);
    for (const area of areas) {
      const s = stats.get(area);
      if (!s) continue;
      for (const entry of s.entries) {
        if (entry.occurredOn <= feedback.occurredOn) break; // newest first: the rest is earlier
        const kind =
          (entry.kind === 'win' && winAreas.includes(area) && !isOthersWord(entry)) ||
          (isOthersWord(entry) && entry.kind === 'feedback' && entry.signal === 'keep');
        if (kind && !answeredBy.includes(entry) && sharesTopic(topic, entry)) answeredBy.push(entry);
      }
    }
    // What the user linked comes first, then the rest oldest first.
    const isLinked = (entry: Entry) => (entry.about ?? []).includes(feedback.id);
    answeredBy.sort(
      (a, b) => Number(isLinked(b)) - Number(isLinked(a)) || (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0),
    );
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

/** Words too common in work notes to say two entries are about the same thing. */
const COMMON = new Set(
  'about after again also because been before being could doing done every from have here into just like make more most much need only other over really should some such than that their them then there these they thing this those through time very want were what when where which while will with without work would your team teams sprint week weeks month start stop keep please'.split(
    ' ',
  ),
);

/** The first five letters of each word of four letters or more, common words left out. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\d][\p{L}\d'’:-]*/gu) ?? []) {
    const clean = word.replace(/['’].*$/, '');
    if (clean.length < 4 || COMMON.has(clean)) continue;
    out.add(clean.slice(0, 5));
  }
  return out;
}

function sharesTopic(topic: ReadonlySet<string>, entry: Entry): boolean {
  return sharesWords(topic, entry.kind === 'win' ? [entry.text, entry.impact, entry.result].filter(Boolean).join(' ') : entry.text);
}

/** Two words of substance in common: one ("docs") is a coincidence, two are a subject. */
function sharesWords(topic: ReadonlySet<string>, text: string): boolean {
  let shared = 0;
  for (const stem of stems(text)) if (topic.has(stem) && ++shared === 2) return true;
  return false;
}

/**
 * Whether a piece of text (an action item) is about the same point as one of the critiques:
 * "Share the Q1 roadmap draft with product before planning" is the fix for "start sharing the
 * team's roadmap with product before planning", the user's own to carry, not a duty to hand over.
 */
export function echoesCritique(text: string, critiques: readonly Critique[]): boolean {
  return critiques.some((c) => sharesWords(stems(c.feedback.text), text));
}
