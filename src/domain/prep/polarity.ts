import type { Entry } from '../entry';

/**
 * What an entry in one's own words says about its areas. Presence is not polarity: a note that
 * says "I miss building things" is tagged Writing code, yet it is a pull towards coding, not
 * energy spent coding; a talent note rated neutral says "I can, but it costs me".
 *
 * - `claim`: what it says and its energy agree that this is a strength that gives energy;
 * - `doubt`: neutral or negative energy, or words of strain ("dread", "drains me");
 * - `longing`: a wish for work one is not doing ("I miss…", "I wish…", "I'd love to…");
 * - `plain`: a record with no stance (a win or a note logged without energy).
 */
export type Stance = 'claim' | 'doubt' | 'longing' | 'plain';

// English, German, Spanish, French: the languages these wordings were checked in. Words only, no
// grammar: "I miss" and "wish I could" are the phrases people write in a work diary.
const LONGING =
  /\b(i miss|i'?ve missed|missing (building|coding|writing|the)|miss (building|coding|writing|doing|being)|i wish|wish i (could|had|did|was)|i'?d love to|i would love to|i long to|longing|yearn\w*|want to get back|get back to|itching to|vermisse|ich wünschte|echo de menos|ojalá|me gustaría|je regrette de ne|ça me manque)\b/i;

const STRAIN =
  /\b(dread\w*|hate|hated|drain\w*|exhaust\w*|tired of|burn(ed|t)[ -]?out|struggl\w*|not good at|bad at|takes everything|out of me|anxious|anxiety|overwhelm\w*|frustrat\w*|miserable|bored|boring|sick of|can'?t stand|a slog|weighs on)\b/i;

export function stanceOf(entry: Entry): Stance {
  if (LONGING.test(entry.text)) return 'longing';
  if (STRAIN.test(entry.text)) return 'doubt';
  if (entry.energy !== undefined) return entry.energy >= 1 ? 'claim' : 'doubt';
  // Unrated: a talent note is a claim by what it is; a win or a note only records what happened.
  return entry.kind === 'talent' ? 'claim' : 'plain';
}

/** Whether an entry records what someone else said about one's work. */
export function isOthersWord(entry: Entry): boolean {
  return (
    (entry.kind === 'feedback' && entry.direction === 'received') ||
    (entry.kind === 'talent' && entry.evidence === 'others')
  );
}

/**
 * A private line: a note or a talent note in one's own words. It informs the judgment and may be
 * listed as evidence beneath a point, but it is never a talking point as written ("I dread the
 * pager" is not something to say to one's manager in those words).
 */
export function isPrivate(entry: Entry): boolean {
  return entry.kind === 'note' || (entry.kind === 'talent' && entry.evidence === 'self');
}

/** Words of strain, for private lines that must not be quoted even as "what I learned". */
export function soundsStrained(text: string): boolean {
  return STRAIN.test(text);
}
