import type { Entry } from '../entry';
import type { Strength } from './types';

/**
 * How well one entry supports what the user says.
 *
 * A win is `strong` with an effect (an impact or a metric) plus a way for someone else to check or
 * weigh it (a link, a witness, praise linked to it, or org/company scope); `some` with one of
 * these; `thin` as a bare line. Feedback is others' word: `strong` when it names who said it and
 * what it changed, `some` when it names who said it. Talent notes on others' word that name them
 * are `some`; one's own notes are `thin`: they are claims, not evidence.
 */
export function entryStrength(entry: Entry, linkedPraise = 0): 'strong' | 'some' | 'thin' {
  switch (entry.kind) {
    case 'win': {
      const effect = Boolean(entry.impact || entry.metric);
      const support =
        Boolean(entry.evidenceUrl || entry.source?.url || entry.person) ||
        linkedPraise > 0 ||
        entry.scope === 'org' ||
        entry.scope === 'company';
      if (effect && support) return 'strong';
      return effect || support ? 'some' : 'thin';
    }
    case 'feedback':
      if (entry.direction === 'given' || !entry.person) return 'thin';
      return entry.impact ? 'strong' : 'some';
    case 'talent':
      return entry.evidence === 'others' && entry.person ? 'some' : 'thin';
    case 'note':
      return 'thin';
  }
}

const RANK = { strong: 0, some: 1, thin: 2, none: 3 } as const;

export function strengthRank(strength: Strength): number {
  return RANK[strength];
}

export const STRENGTH_LABELS: Record<Strength, string> = {
  strong: 'Strong',
  some: 'Some evidence',
  thin: 'Thin',
  none: 'No evidence yet',
};
