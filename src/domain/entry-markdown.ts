import type { Energy, Entry, MEANINGS } from './entry';
import { escapeMarkdownText } from './markdown-text';

/** Energy in words, as the person rated it from −2 to +2. */
export const ENERGY_WORDS: Record<Energy, string> = {
  [-2]: 'very draining',
  [-1]: 'draining',
  0: 'neutral',
  1: 'energizing',
  2: 'very energizing',
};

const MEANING_WORDS: Record<(typeof MEANINGS)[number], string> = {
  job: 'felt like a job',
  career: 'felt like a career',
  calling: 'felt like a calling',
};

/** "very energizing (+2)", "neutral (0)", "draining (−1)". */
export function energyInWords(energy: number): string {
  const sign = energy > 0 ? '+' : energy < 0 ? '−' : '';
  return `${ENERGY_WORDS[energy as Energy] ?? 'rated'} (${sign}${Math.abs(energy)})`;
}

export function meaningInWords(meaning: (typeof MEANINGS)[number]): string {
  return MEANING_WORDS[meaning];
}

/** What the Markdown exports need to name what entries store by id. */
export interface EntryNames {
  /** An area's name, custom areas too (entries store the id). */
  areaName(id: string): string;
  /** The line for a linked entry (`about`), or `undefined` to leave it out. */
  about?(id: string): string | undefined;
  /** The conversation an entry was captured in, or `undefined` to leave it out. */
  conversation?(id: string): string | undefined;
}

export const ITEM_INDENT = '  ';
const DETAIL_INDENT = '    ';

/**
 * An entry's details as nested list items under its own line (which the caller writes): the
 * fields of its kind, then who, energy and meaning in words, areas by name, tags and the page it
 * came from. Every value is escaped (`escapeMarkdownText`): what was typed or captured stays text.
 */
export function entryDetailLines(entry: Entry, names: EntryNames): string[] {
  const lines: string[] = [];
  const detail = (label: string, value: string | undefined) => {
    if (value?.trim()) lines.push(`${ITEM_INDENT}- ${label}: ${escapeMarkdownText(value, DETAIL_INDENT)}`);
  };
  switch (entry.kind) {
    case 'win':
      detail('Impact', entry.impact);
      detail('Metric', entry.metric);
      detail('Scope', entry.scope);
      detail('Situation', entry.situation);
      detail('Task', entry.task);
      detail('Action', entry.action);
      detail('Result', entry.result);
      detail('Evidence', entry.evidenceUrl);
      break;
    case 'feedback':
      detail(
        entry.direction === 'received' ? 'From' : 'To',
        [entry.person, entry.relationship].filter(Boolean).join(', '),
      );
      detail('Signal', entry.signal);
      detail('Situation', entry.situation);
      detail('Behavior', entry.behavior);
      detail('Impact', entry.impact);
      break;
    case 'talent':
      detail('Seen by', entry.evidence === 'others' ? (entry.person ?? 'others') : 'myself');
      break;
    case 'note':
      break;
  }
  if (entry.kind !== 'feedback' && entry.kind !== 'talent') detail('With', entry.person);
  for (const id of entry.about ?? []) detail('About', names.about?.(id));
  if (entry.conversationId) detail('During', names.conversation?.(entry.conversationId));
  if (entry.energy !== undefined) detail('Energy', energyInWords(entry.energy));
  if (entry.meaning) detail('Meaning', meaningInWords(entry.meaning));
  detail('Areas', entry.areas.map((id) => names.areaName(id)).join(', '));
  detail('Tags', entry.tags.join(', '));
  if (entry.source) detail('Source', `${entry.source.title || entry.source.url} (${entry.source.url})`);
  return lines;
}
