import type { ActionItem } from '../action-item';
import type { Entry, Win } from '../entry';
import { entryStrength } from './evidence';
import type { LogReading } from './reading';
import { winStrength } from './reading';
import type { Quote, TalkingPoint } from './types';
import { praiseSentence, quoteOf, whoShort, winSentence } from './voice';

/** No ids: one shared empty list, as thousands of points cite no action item. */
export const NONE: readonly string[] = Object.freeze([]);

const SCOPE_LABELS = { self: 'Own work', team: 'Team', org: 'Organization', company: 'Company-wide' } as const;

/**
 * A win said in the user's voice, with the praise linked to it quoted beside it, as strong as its
 * evidence (linked praise counts). The detail says how far it reached, by how much, who saw it,
 * and in which role.
 */
/** A win's point without its key: the same in every section it stands in. */
export type SaidWin = Omit<Extract<TalkingPoint, { type: 'evidence' }>, 'key'>;

export function winPoint(sectionId: string, win: Win, reading: LogReading): TalkingPoint {
  // A win can stand in several sections: what is said of it is worked out once per reading.
  let said = reading.winPoints.get(win.id);
  if (!said) {
    said = sayWin(win, reading);
    reading.winPoints.set(win.id, said);
  }
  return { ...said, key: `${sectionId}:${win.id}` };
}

function sayWin(win: Win, reading: LogReading): SaidWin {
  const praise = reading.praiseFor.get(win.id) ?? [];
  const quotes: Quote[] = praise
    .slice(0, 3)
    .map((entry) => ({ entryId: entry.id, text: quoteOf(entry), by: whoShort(entry) }));
  const detail = [
    win.scope ? SCOPE_LABELS[win.scope] : undefined,
    win.metric ? `Metric: ${win.metric}` : undefined,
    win.person ? `Witness: ${win.person}` : undefined,
    roleAt(win, reading),
  ].filter(Boolean);
  return {
    type: 'evidence',
    strength: winStrength(reading, win),
    text: winSentence(win),
    ...(detail.length ? { detail: detail.join(' · ') } : {}),
    ...(quotes.length ? { quotes } : {}),
    entryIds: [win.id, ...praise.slice(0, 3).map((entry) => entry.id)],
    actionItemIds: NONE,
  };
}

/**
 * At most this many wins are points of a section: enough for any conversation (a reader takes in
 * ten), and a log of ten thousand entries stays within the prep's time budget. The rest are
 * counted, so the section can say how many more the log holds.
 */
export const WIN_POINTS = 100;

/** Points for the first `WIN_POINTS` of `wins` (already in the section's order), and how many were left out. */
export function winPoints(
  sectionId: string,
  wins: readonly Win[],
  reading: LogReading,
): { points: TalkingPoint[]; omitted: number } {
  const shown = wins.length > WIN_POINTS ? wins.slice(0, WIN_POINTS) : wins;
  return { points: shown.map((win) => winPoint(sectionId, win, reading)), omitted: wins.length - shown.length };
}

/** Which role a win belongs to, when the role history says: "As Senior engineer". */
function roleAt(win: Win, reading: LogReading): string | undefined {
  const { role } = reading;
  if (role.assumed || !role.since) return undefined;
  if (win.occurredOn >= role.since) return `As ${role.title}`;
  return role.previous ? `As ${role.previous.title}` : 'Before this role';
}

/** Someone's words passed on: "Priya, my manager, told me: “…”". */
export function praisePoint(sectionId: string, entry: Entry): TalkingPoint {
  return {
    key: `${sectionId}:${entry.id}`,
    type: 'evidence',
    strength: entryStrength(entry),
    text: praiseSentence(entry),
    ...(entry.kind === 'feedback' && entry.impact ? { detail: `Impact: ${entry.impact}` } : {}),
    entryIds: [entry.id],
    actionItemIds: NONE,
  };
}

/** A point that rests on entries it names: evidence, as strong as the best of them. */
export function evidencePoint(
  key: string,
  text: string,
  entries: readonly Entry[],
  extra: { detail?: string; quotes?: readonly Quote[]; strength?: 'strong' | 'some' | 'thin' } = {},
): TalkingPoint {
  const strength = extra.strength ?? bestStrength(entries);
  return {
    key,
    type: 'evidence',
    strength,
    text,
    ...(extra.detail ? { detail: extra.detail } : {}),
    ...(extra.quotes?.length ? { quotes: extra.quotes } : {}),
    entryIds: unique(entries),
    actionItemIds: NONE,
  };
}

/** A reading of the log (energy, a trend, where it pulls): cites entries, carries no strength. */
export function insightPoint(key: string, text: string, entries: readonly Entry[] = [], detail?: string): TalkingPoint {
  return {
    key,
    type: 'insight',
    strength: 'none',
    text,
    ...(detail ? { detail } : {}),
    entryIds: unique(entries),
    actionItemIds: NONE,
  };
}

export function gapPoint(
  key: string,
  text: string,
  nextStep: string,
  entries: readonly Entry[] = [],
  detail?: string,
): TalkingPoint {
  return {
    key,
    type: 'gap',
    strength: 'none',
    text,
    ...(detail ? { detail } : {}),
    nextStep,
    entryIds: unique(entries),
    actionItemIds: NONE,
  };
}

export function planPoint(
  key: string,
  text: string,
  cited: { entries?: readonly Entry[]; items?: readonly ActionItem[]; detail?: string } = {},
): TalkingPoint {
  return {
    key,
    type: 'plan',
    strength: 'none',
    text,
    ...(cited.detail ? { detail: cited.detail } : {}),
    entryIds: cited.entries ? unique(cited.entries) : NONE,
    actionItemIds: cited.items ? cited.items.map((item) => item.id) : NONE,
  };
}

function bestStrength(entries: readonly Entry[]): 'strong' | 'some' | 'thin' {
  let best: 'strong' | 'some' | 'thin' = 'thin';
  for (const entry of entries) {
    const strength = entryStrength(entry);
    if (strength === 'strong') return strength;
    if (strength === 'some') best = 'some';
  }
  return best;
}

function unique(entries: readonly Entry[]): string[] {
  return [...new Set(entries.map((entry) => entry.id))];
}

/** How many entries a point that sums up many cites: enough to check it, few enough to read. */
export const CITED_PER_POINT = 8;
