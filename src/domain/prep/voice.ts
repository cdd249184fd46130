import type { Entry, Feedback, Win } from '../entry';
import { truncate } from './truncate';

/*
 * Sentences the user can say aloud. A log is written in shorthand ("Fixed the flaky suite"); a
 * talking point is said in the first person ("I fixed the flaky suite, which cut CI from 22 to 9
 * minutes."). Words only, no grammar engine: where a line does not start with a verb in the past,
 * it is introduced instead of bent.
 */

const IRREGULAR_PAST = new Set(
  'built brought bought caught chose came cut did drew drove fed felt fought found forgot gave got grew held hid hit kept knew laid led left lent let lost made meant met paid put quit ran rang read rode rose said sat saw sent set shed shook shot showed shut slept sold sought spent spoke split spread stood stuck struck swept swore taught told thought threw took tore understood undertook upheld wove won wound wrote withdrew overcame oversaw overtook rebuilt redid rewrote reran began became broke ate fell flew froze'.split(
    ' ',
  ),
);

/** Words ending in "ed" that are not verbs in the past. */
const NOT_PAST = new Set(
  'need speed seed feed bed red shed bred breed creed greed heed weed bleed steed hundred sacred naked wicked'.split(
    ' ',
  ),
);

/** Whether a word reads as a verb in the past tense ("shipped", "led", "wrote"). */
function isPastVerb(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PAST.has(w) || (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST.has(w));
}

/** Words that open a sentence and are not names, so they can go lower case mid-sentence. */
const COMMON_OPENERS = new Set(
  'the a an our my their this that these those it its we they he she there some every all each no one two three four five most more less fewer half new start stop keep'.split(
    ' ',
  ),
);

function firstWord(text: string): string {
  return /^[\p{L}'-]+/u.exec(text)?.[0] ?? '';
}

function lowerFirst(text: string): string {
  // "Lena now leads…", "CI builds…": a name or an acronym keeps its case; "The", "Cut" do not.
  const word = firstWord(text);
  const lower = word.toLowerCase();
  if (!COMMON_OPENERS.has(lower) && !isPastVerb(word)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function clean(text: string, length = 220): string {
  return truncate(
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.!;:,\s]+$/u, ''),
    length,
  );
}

/** "Fixed the flaky suite" → "I fixed the flaky suite"; "We shipped…" and "I led…" stay. */
export function inFirstPerson(text: string): string {
  const line = clean(text);
  if (/^(i|we|my|our)\b/i.test(line)) return line.charAt(0).toUpperCase() + line.slice(1);
  // A line that does not open with a verb ("Lena promoted to senior: I wrote her packet", "Second
  // CFP accepted") is already sayable as it stands; bending it would only garble it.
  return isPastVerb(firstWord(line)) ? `I ${lowerFirst(line)}` : line;
}

/** The first clause of a win, for a sentence that only names it: "I set up the incident process". */
export function shortWin(text: string): string {
  const said = inFirstPerson(text);
  const cut = /[:;]|\s[—–-]\s/.exec(said);
  return cut && cut.index >= 20 ? said.slice(0, cut.index) : said;
}

/**
 * A win as the user would say it, with its effect: "I found the race condition in the retry
 * queue, which stopped the double charges (0 incidents since March)."
 */
export function winSentence(win: Win): string {
  let sentence = inFirstPerson(win.text);
  const impact = win.impact ? clean(win.impact, 160) : '';
  if (impact) {
    sentence += isPastVerb(firstWord(impact)) ? `, which ${lowerFirst(impact)}` : `; the result: ${lowerFirst(impact)}`;
  }
  if (win.metric) sentence += ` (${clean(win.metric, 80)})`;
  return `${sentence}.`;
}

const RELATIONSHIP_WORDS = {
  manager: 'my manager',
  peer: 'a peer',
  report: 'who reports to me',
  skip: 'my manager’s manager',
  other: undefined,
} as const;

/** "Priya, my manager," / "Tom, who reports to me," / "Dana" / "Someone". */
export function whoSaid(entry: Entry, capital = true): string {
  const name = entry.person?.trim();
  const relation = entry.kind === 'feedback' && entry.relationship ? RELATIONSHIP_WORDS[entry.relationship] : undefined;
  if (!name) return capital ? 'Someone' : 'someone';
  return relation ? `${name}, ${relation},` : name;
}

/** "Priya (manager)": who said it, short, for the line under a point. */
export function whoShort(entry: Entry): string {
  const name = entry.person?.trim() || 'someone unnamed';
  return entry.kind === 'feedback' && entry.relationship && entry.relationship !== 'other'
    ? `${name} (${entry.relationship})`
    : name;
}

const QUOTE_LENGTH = 160;

/** The first words of what someone said, in quotes. */
export function quoteOf(entry: Entry): string {
  return `“${truncate(entry.text.replace(/\s+/g, ' ').trim(), QUOTE_LENGTH)}”`;
}

/** Praise as the user would pass it on: "Priya, my manager, told me: “…”". */
export function praiseSentence(entry: Entry): string {
  const verb = entry.kind === 'talent' ? 'said I am good at this' : 'told me';
  return `${whoSaid(entry)} ${verb}: ${quoteOf(entry)}`;
}

/** "asked me to start writing down decisions" from a start/stop feedback, quoting its words. */
export function critiqueSentence(feedback: Feedback): string {
  // The first clause carries the ask; the reasons after it ("…: you are the bottleneck") are in
  // the evidence beneath, in their words.
  const first =
    /^(.{20,}?)(?:[.!?;:](?:\s|$)|\s[—–-]\s)/.exec(feedback.text.replace(/\s+/g, ' ').trim())?.[1] ?? feedback.text;
  const text = clean(first, QUOTE_LENGTH);
  if (/^(start|stop)\b/i.test(text)) return `${whoSaid(feedback)} asked me to ${lowerFirst(text)}`;
  return `${whoSaid(feedback)} asked me to ${feedback.signal === 'stop' ? 'stop' : 'start'} this: “${text}”`;
}

const WORK: Record<string, string> = {
  coding: 'coding',
  debugging: 'debugging',
  teaching: 'teaching',
  research: 'research',
  'developer-relations': 'developer relations work',
  'managing-projects': 'project management',
  'leading-teams': 'team leadership',
  'managing-people': 'people management',
};

/** An area as work one can do more of: "more coding", "more developer relations work". */
export function workIn(area: string, name: string): string {
  return WORK[area] ?? `${name.toLowerCase()} work`;
}
