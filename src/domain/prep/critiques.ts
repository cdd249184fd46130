import type { AreaId } from '../area';
import type { Entry, Feedback } from '../entry';
import type { AreaStats } from './area-stats';
import { compareText, type LogView } from './log-view';
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
  /** Later wins or "keep" feedback on the same point (linked first, then oldest first); empty while unanswered. */
  answeredBy: Entry[];
  /** Its words of substance, to recognise what else is about the same point. */
  topic: ReadonlySet<string>;
}

const DELEGATE =
  /\b(delegat\w*|hand(ing)?\s+(it\s+|that\s+|this\s+|them\s+)?(over|off)|let (others|someone|the team|them)|step(ping)? back from|give (it|that|this) away|bottleneck)\b/i;

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
  const pending: Pending[] = [];
  const byArea = new Map<AreaId, Pending[]>();
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
    const answers = new Set(
      (view.linkedFrom.get(feedback.id) ?? []).filter((entry) => entry.occurredOn > feedback.occurredOn),
    );
    const critique: Pending = {
      feedback: feedback as Critique['feedback'],
      lessOf,
      topic: stems(feedback.text),
      answers,
      winAreas,
    };
    pending.push(critique);
    for (const area of areas) {
      const list = byArea.get(area);
      if (list) list.push(critique);
      else byArea.set(area, [critique]);
    }
  }
  // An entry in several areas is read once.
  const words = new Map<string, Set<string>>();
  for (const [area, questions] of byArea) answerInArea(area, questions, stats.get(area)?.answerers ?? [], words);
  return pending.map(({ feedback, lessOf, topic, answers }) => {
    const isLinked = (entry: Entry) => (entry.about ?? []).includes(feedback.id);
    const answeredBy = [...answers]
      .sort(
        (a, b) =>
          Number(isLinked(b)) - Number(isLinked(a)) ||
          compareText(a.occurredOn, b.occurredOn) ||
          compareText(a.id, b.id),
      )
      .slice(0, ANSWERS_KEPT);
    return { feedback, lessOf, answeredBy, topic };
  });
}

/** A critique while its answers are being found. */
interface Pending extends Omit<Critique, 'answeredBy'> {
  answers: Set<Entry>;
  winAreas: readonly AreaId[];
}

/** Enough answers to cite; a critique with more is no more answered. */
const ANSWERS_KEPT = 2;

/**
 * One pass over an area's answerers (one's own wins, others' "keep"), oldest first, with the
 * critiques raised in it (oldest first).
 * A critique is open from the day after it was raised; each entry that can answer (one's own win,
 * others' "keep") is checked against the open critiques that share one of its words, and answers
 * those sharing two. A critique with enough answers closes. The cost follows the words entries and
 * critiques share, not every later entry for every critique.
 */
function answerInArea(
  area: AreaId,
  questions: readonly Pending[],
  newestFirst: readonly Entry[],
  words: Map<string, Set<string>>,
): void {
  const open = new Map<string, Set<Pending>>();
  const found = new Map<Pending, number>();
  let next = 0;
  let waiting = 0;
  const close = (q: Pending) => {
    for (const word of q.topic) open.get(word)?.delete(q);
    waiting -= 1;
  };
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const entry = newestFirst[i]!;
    for (; next < questions.length && questions[next]!.feedback.occurredOn < entry.occurredOn; next++) {
      const q = questions[next]!;
      if (q.topic.size < 2) continue;
      found.set(q, 0);
      waiting += 1;
      for (const word of q.topic) {
        const set = open.get(word);
        if (set) set.add(q);
        else open.set(word, new Set([q]));
      }
    }
    if (waiting === 0) {
      if (next === questions.length) return;
      continue;
    }
    const win = entry.kind === 'win';
    let shared: Map<Pending, number> | undefined;
    for (const word of answerStems(entry, words)) {
      const asking = open.get(word);
      if (!asking) continue;
      for (const q of asking) {
        if (win && !q.winAreas.includes(area)) continue;
        shared ??= new Map();
        const count = (shared.get(q) ?? 0) + 1;
        shared.set(q, count);
        if (count !== 2 || q.answers.has(entry)) continue;
        q.answers.add(entry);
        const answers = found.get(q)! + 1;
        found.set(q, answers);
        if (answers === ANSWERS_KEPT) close(q);
      }
    }
  }
}

/** An entry's words, as what answers a critique says them: a win's text, impact and result. */
function answerStems(entry: Entry, cache: Map<string, Set<string>>): Set<string> {
  let found = cache.get(entry.id);
  if (!found) {
    found = stems(entry.text);
    if (entry.kind === 'win')
      for (const detail of [entry.impact, entry.result]) if (detail) for (const stem of stems(detail)) found.add(stem);
    cache.set(entry.id, found);
  }
  return found;
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

/**
 * The first five letters of each word of four letters or more, common words left out, from the
 * first sentence only: that is where a note says what it is about; the story after it would make
 * any two long entries look alike.
 */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  // Letters of the Latin scripts and digits, and "1:1s"; apostrophes end a word ("team's" is "team").
  for (const raw of firstSentence(text)
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f:]+/)) {
    const word = raw.charCodeAt(0) === 58 || raw.charCodeAt(raw.length - 1) === 58 ? raw.replace(/^:+|:+$/g, '') : raw;
    if (word.length < 4 || COMMON.has(word)) continue;
    out.add(word.slice(0, 5));
  }
  return out;
}

/** Two words of substance in common: one ("docs") is a coincidence, two are a subject. */
function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return (end === -1 ? text : text.slice(0, end)).slice(0, 200);
}

function sharesWords(topic: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const stem of words) if (topic.has(stem) && ++shared === 2) return true;
  return false;
}

/**
 * Whether a piece of text (an action item) is about the same point as one of the critiques:
 * "Share the Q1 roadmap draft with product before planning" is the fix for "start sharing the
 * team's roadmap with product before planning", the user's own to carry, not a duty to hand over.
 */
export function echoesCritique(text: string, critiques: readonly Critique[]): boolean {
  if (critiques.length === 0) return false;
  const words = stems(text);
  return critiques.some((c) => sharesWords(c.topic, words));
}
