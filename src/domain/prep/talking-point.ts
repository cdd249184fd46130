import type { Entry, Win } from '../entry';
import { entryStrength, strongest } from './evidence';
import { newestFirst } from './log-view';
import type { TalkingPoint } from './types';

/** One entry as a point of its own: its text, cited by its id. */
export function entryPoint(sectionId: string, entry: Entry, detail = describeEntry(entry)): TalkingPoint {
  return {
    key: `${sectionId}:${entry.id}`,
    type: 'evidence',
    strength: entryStrength(entry),
    text: entry.text,
    ...(detail ? { detail } : {}),
    entryIds: [entry.id],
    actionItemIds: [],
  };
}

/** A point that sums up several entries (say, what three people said about one area). */
export function groupPoint(
  key: string,
  text: string,
  entries: readonly Entry[],
  detail?: string,
): TalkingPoint {
  const strength = strongest(entries);
  if (strength === 'none') return gapPoint(key, text, 'Log the evidence for it.');
  return {
    key,
    type: 'evidence',
    strength,
    text,
    ...(detail ? { detail } : {}),
    entryIds: entries.map((entry) => entry.id),
    actionItemIds: [],
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
    entryIds: entries.map((entry) => entry.id),
    actionItemIds: [],
  };
}

export function planPoint(
  key: string,
  text: string,
  cited: { entryIds?: readonly string[]; actionItemIds?: readonly string[]; detail?: string } = {},
): TalkingPoint {
  return {
    key,
    type: 'plan',
    strength: 'none',
    text,
    ...(cited.detail ? { detail: cited.detail } : {}),
    entryIds: cited.entryIds ?? [],
    actionItemIds: cited.actionItemIds ?? [],
  };
}

const SCOPE_LABELS = { self: 'Own work', team: 'Team', org: 'Organization', company: 'Company-wide' } as const;
const SCOPE_RANK = { company: 4, org: 3, team: 2, self: 1 } as const;

/** The line under a point: scope and effect for a win, who said it for feedback. */
export function describeEntry(entry: Entry): string | undefined {
  const parts: string[] = [];
  switch (entry.kind) {
    case 'win':
      if (entry.scope) parts.push(SCOPE_LABELS[entry.scope]);
      if (entry.impact) parts.push(`Impact: ${entry.impact}`);
      if (entry.metric) parts.push(`Metric: ${entry.metric}`);
      if (entry.person) parts.push(`Witness: ${entry.person}`);
      break;
    case 'feedback': {
      const who = entry.person
        ? `${entry.person}${entry.relationship ? ` (${entry.relationship})` : ''}`
        : 'someone unnamed';
      parts.push(entry.direction === 'received' ? `From ${who}` : `To ${who}`);
      if (entry.signal) parts.push(SIGNAL_LABELS[entry.signal]);
      if (entry.impact) parts.push(`Impact: ${entry.impact}`);
      break;
    }
    case 'talent':
      parts.push(entry.evidence === 'self' ? 'Your own note' : `Others' word${entry.person ? `: ${entry.person}` : ''}`);
      break;
    case 'note':
      break;
  }
  return parts.length ? parts.join(' · ') : undefined;
}

export const SIGNAL_LABELS = { start: 'Start', keep: 'Keep', stop: 'Stop' } as const;

/** Widest scope first, then backed before thin, then newest: the order a promotion case reads in. */
export function byImpact(a: Win, b: Win): number {
  const rank = (win: Win) => (win.scope ? SCOPE_RANK[win.scope] : 0);
  const strength = (win: Win) => (entryStrength(win) === 'backed' ? 1 : 0);
  return rank(b) - rank(a) || strength(b) - strength(a) || newestFirst(a, b);
}

/** Backed before thin, then newest. */
export function byStrength(a: Entry, b: Entry): number {
  const strength = (entry: Entry) => (entryStrength(entry) === 'backed' ? 1 : 0);
  return strength(b) - strength(a) || newestFirst(a, b);
}
