import { areaName } from './area';
import type { Entry, EntryKind } from './entry';
import { escapeMarkdownText } from './markdown-text';
import { localDate } from './record';

const KIND_HEADINGS: Record<EntryKind, string> = {
  win: 'Wins',
  feedback: 'Feedback',
  talent: 'Talents',
  note: 'Notes',
};

const KIND_ORDER: readonly EntryKind[] = ['win', 'feedback', 'talent', 'note'];

const QUARTER_MONTHS = ['January to March', 'April to June', 'July to September', 'October to December'];

/** `2025 Q1`, from a calendar date `YYYY-MM-DD`. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)} Q${Math.ceil(month / 3)}`;
}

/**
 * The whole log as a brag document: newest quarter first, then wins, feedback, talents and notes,
 * each entry with its details. Deleted entries are left out. Every piece of captured text goes
 * through `escapeMarkdownText`, so the file shows exactly what was typed or selected and cannot
 * carry markup or links of its own.
 */
export function buildBragDocument(entries: readonly Entry[], now: Date): string {
  const live = entries.filter((entry) => !entry.deletedAt);
  const lines = ['# Brag document', '', `Exported from Latitude on ${localDate(now)}: ${live.length} entries.`];
  const byQuarter = new Map<string, Entry[]>();
  for (const entry of [...live].sort(newestFirst)) {
    const quarter = quarterOf(entry.occurredOn);
    byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), entry]);
  }
  for (const [quarter, inQuarter] of byQuarter) {
    const months = QUARTER_MONTHS[Number(quarter.slice(-1)) - 1];
    lines.push('', `## ${quarter} (${months})`);
    for (const kind of KIND_ORDER) {
      const ofKind = inQuarter.filter((entry) => entry.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push('', `### ${KIND_HEADINGS[kind]}`, '');
      for (const entry of ofKind) lines.push(...entryLines(entry));
    }
  }
  return `${lines.join('\n')}\n`;
}

function newestFirst(a: Entry, b: Entry): number {
  return b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt);
}

const ITEM_INDENT = '  ';
const DETAIL_INDENT = '    ';

function entryLines(entry: Entry): string[] {
  const lines = [`- ${entry.occurredOn}: ${escapeMarkdownText(entry.text, ITEM_INDENT)}`];
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
      detail(entry.direction === 'received' ? 'From' : 'To', [entry.person, entry.relationship].filter(Boolean).join(', '));
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
  detail('Areas', entry.areas.map(areaName).join(', '));
  detail('Tags', entry.tags.join(', '));
  if (entry.source) detail('Source', `${entry.source.title || entry.source.url} (${entry.source.url})`);
  return lines;
}
