import { type Entry, KIND_LABELS } from './entry';

/**
 * How entries are searched: which fields, how words are split and compared, how matches rank.
 * This is plain configuration, so the rules can be tested without the search library; the index
 * itself (MiniSearch) lives with the log page.
 */

/**
 * A word: letters and digits of any script (with their combining marks), emoji, and the "+" and
 * "#" of "c++" or "c#". Everything else separates words, so "<script>" is the word "script", and
 * quotes or regex symbols in a query are separators, never a pattern.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the joiner and variation selector are listed alone on purpose, so an emoji sequence stays one word.
const WORD = /[\p{L}\p{N}\p{M}\p{Extended_Pictographic}\u200d\ufe0f+#_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Case and accents do not matter ("José" is found by "jose"), nor a leading "#" ("#billing" finds
 * the tag billing).
 */
export function normalizeTerm(term: string): string | null {
  const normalized = term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/^[#+]+/, '');
  return normalized.length > 0 ? normalized : null;
}

/** Where each word of `text` starts and ends, for highlighting what matched. */
export function wordSpans(text: string): { start: number; end: number; term: string | null }[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    term: normalizeTerm(match[0]),
  }));
}

export const SEARCH_FIELDS = ['text', 'details', 'tags', 'person', 'title', 'labels'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchDocument = { id: string } & Record<SearchField, string>;

/** What an entry contributes to the index, field by field. */
export function searchDocument(entry: Entry, areaName: (id: string) => string): SearchDocument {
  return {
    id: entry.id,
    text: entry.text,
    details: detailTexts(entry).join('\n'),
    tags: entry.tags.join('\n'),
    person: entry.person ?? '',
    title: entry.source?.title ?? '',
    labels: [KIND_LABELS[entry.kind], ...labelWords(entry), ...entry.areas.map(areaName)].join('\n'),
  };
}

/** The kind-specific free text: impact, metric, STAR and SBI parts. */
export function detailTexts(entry: Entry): string[] {
  const parts: (string | undefined)[] = [];
  switch (entry.kind) {
    case 'win':
      parts.push(entry.impact, entry.metric, entry.situation, entry.task, entry.action, entry.result);
      break;
    case 'feedback':
      parts.push(entry.situation, entry.behavior, entry.impact);
      break;
    default:
      break;
  }
  return parts.filter((part): part is string => Boolean(part));
}

function labelWords(entry: Entry): string[] {
  const words: (string | undefined)[] = [entry.meaning];
  if (entry.kind === 'win') words.push(entry.scope);
  if (entry.kind === 'feedback') words.push(entry.direction, entry.relationship, entry.signal);
  if (entry.kind === 'talent') words.push(entry.evidence);
  return words.filter((word): word is string => Boolean(word));
}

/**
 * Ranking: the entry's own words count most, then tags and the person, then the rest. Every word
 * of the query must match (AND). Words of three letters or more also match as prefixes, so results
 * come while a word is still being typed ("migr" finds "migration"); shorter ones only match
 * whole, since "p" would match most of the log and tell nothing. Words of five letters or more
 * forgive one typo, nine or more two.
 */
export const SEARCH_OPTIONS = {
  fields: [...SEARCH_FIELDS],
  tokenize,
  processTerm: normalizeTerm,
  searchOptions: {
    boost: { text: 3, tags: 2, person: 2, title: 1.5, details: 1.5, labels: 0.5 },
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
    combineWith: 'AND',
  },
} as const;
