import { areaName } from './area';
import { closeBidiControls } from './bidi';
import type { Entry, EntryKind } from './entry';
import { entryDetailLines, type EntryNames, ITEM_INDENT } from './entry-markdown';
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
 * each entry with its details (entry-markdown.ts; `names` names custom areas, which entries store
 * by id). Deleted entries are left out. Every piece of captured text goes through
 * `escapeMarkdownText`, so the file shows exactly what was typed or selected and cannot carry
 * markup or links of its own; and no line leaves a bidi control open (`closeBidiControls`).
 */
export function buildBragDocument(entries: readonly Entry[], now: Date, names: EntryNames = { areaName }): string {
  const live = entries.filter((entry) => !entry.deletedAt);
  const lines = ['# Brag document', '', `Exported from Latitude on ${localDate(now)}: ${live.length} entries.`];
  const byQuarter = new Map<string, Entry[]>();
  for (const entry of [...live].sort(newestFirst)) {
    const quarter = quarterOf(entry.occurredOn);
    const inQuarter = byQuarter.get(quarter);
    if (inQuarter) inQuarter.push(entry);
    else byQuarter.set(quarter, [entry]);
  }
  for (const [quarter, inQuarter] of byQuarter) {
    const months = QUARTER_MONTHS[Number(quarter.slice(-1)) - 1];
    lines.push('', `## ${quarter} (${months})`);
    for (const kind of KIND_ORDER) {
      const ofKind = inQuarter.filter((entry) => entry.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push('', `### ${KIND_HEADINGS[kind]}`, '');
      for (const entry of ofKind) lines.push(...entryLines(entry, names));
    }
  }
  return closeBidiControls(`${lines.join('\n')}\n`);
}

function newestFirst(a: Entry, b: Entry): number {
  return b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt);
}

function entryLines(entry: Entry, names: EntryNames): string[] {
  return [`- ${entry.occurredOn}: ${escapeMarkdownText(entry.text, ITEM_INDENT)}`, ...entryDetailLines(entry, names)];
}
