import type { Entry } from '../entry';
import { entryStrength, strongest } from './evidence';
import type { TalkingPoint } from './types';

/** No ids: one shared empty list, as thousands of points cite no action item. */
export const NONE: readonly string[] = Object.freeze([]);

/** One entry as a point of its own: its text, cited by its id. */
export function entryPoint(sectionId: string, entry: Entry, detail = describeEntry(entry)): TalkingPoint {
  return {
    key: `${sectionId}:${entry.id}`,
    type: 'evidence',
    strength: entryStrength(entry),
    text: entry.text,
    ...(detail ? { detail } : {}),
    entryIds: [entry.id],
    actionItemIds: NONE,
  };
}

/**
 * A point whose strength is judged on some of the entries it cites only (say, the wins that
 * answer a piece of feedback, not the feedback itself).
 */
export function judgedPoint(
  key: string,
  text: string,
  cited: readonly Entry[],
  judgedOn: readonly Entry[],
  detail?: string,
): TalkingPoint {
  return {
    key,
    type: 'evidence',
    strength: strongest(judgedOn) === 'backed' ? 'backed' : 'thin',
    text,
    ...(detail ? { detail } : {}),
    entryIds: cited.map((entry) => entry.id),
    actionItemIds: NONE,
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
    entryIds: entries.map((entry) => entry.id),
    actionItemIds: NONE,
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
    entryIds: cited.entryIds ?? NONE,
    actionItemIds: cited.actionItemIds ?? NONE,
  };
}

const SCOPE_LABELS = { self: 'Own work', team: 'Team', org: 'Organization', company: 'Company-wide' } as const;

/** The line under a point: scope and effect for a win, who said it for feedback. */
export function describeEntry(entry: Entry): string | undefined {
  // An entry often shows in several sections; entries are never mutated (an edit stores a new
  // object), so one answer per object is kept, '' standing for "nothing to say".
  let detail = described.get(entry);
  if (detail === undefined) {
    detail = detailOf(entry) ?? '';
    described.set(entry, detail);
  }
  return detail || undefined;
}

const described = new WeakMap<Entry, string>();

function detailOf(entry: Entry): string | undefined {
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
