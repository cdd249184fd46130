import type { Entry } from '../entry';
import type { Strength } from './types';

/**
 * How well one entry supports a claim. `backed` needs both halves: what changed (an impact or a
 * metric) and a way for someone else to check it (a link, or a witness: the person it names, who
 * for feedback is the person who gave it). Anything less is `thin`, still worth citing.
 */
export function entryStrength(entry: Entry): 'backed' | 'thin' {
  switch (entry.kind) {
    case 'win': {
      const effect = Boolean(entry.impact || entry.metric);
      const checkable = Boolean(entry.evidenceUrl || entry.source?.url || entry.person);
      return effect && checkable ? 'backed' : 'thin';
    }
    case 'feedback':
      return entry.impact && entry.person ? 'backed' : 'thin';
    case 'talent':
    case 'note':
      return 'thin';
  }
}

/** A point is as strong as the best entry it cites; with none, it is a gap. */
export function strongest(entries: readonly Entry[]): Strength {
  if (entries.length === 0) return 'none';
  return entries.some((entry) => entryStrength(entry) === 'backed') ? 'backed' : 'thin';
}

export const STRENGTH_LABELS: Record<Strength, string> = {
  backed: 'Backed',
  thin: 'Thin',
  none: 'No evidence yet',
};
