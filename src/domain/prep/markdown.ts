import type { ActionItem } from '../action-item';
import { closeBidiControls } from '../bidi';
import type { Agenda } from '../conversation';
import { type Entry, KIND_LABELS } from '../entry';
import { applyAgenda, type ShownPoint } from './agenda';
import { formatEnergy, TREND_LABELS } from './energy-trend';
import { STRENGTH_LABELS } from './evidence';
import { escapeMarkdown, markdownLink } from './markdown-escape';
import { READINESS_LABELS } from './readiness';
import { truncate } from './truncate';
import { CRAFTING_LABELS, FINDING_LABELS, FIT_LABELS, type Prep, REASON_STATUS_LABELS } from './types';

export interface MarkdownInput {
  prep: Prep;
  agenda: Agenda;
  /** The entries and action items the prep cites, to quote them as evidence. */
  entries: ReadonlyMap<string, Entry>;
  actionItems: ReadonlyMap<string, ActionItem>;
  /** Points per section (pinned ones always go in). */
  limit?: number;
}

const EVIDENCE_LENGTH = 200;
export const MARKDOWN_LIMIT = 10;

/**
 * The prep as a Markdown document, with the user's pins, hidden points, rewordings and own points.
 * Every piece of text goes through `escapeMarkdown`, whether typed, captured from a page or
 * generated, so the only markup in the file is the structure written here; and no line leaves a
 * bidi control open (`closeBidiControls`, domain/bidi.ts).
 */
export function prepToMarkdown({ prep, agenda, entries, actionItems, limit = MARKDOWN_LIMIT }: MarkdownInput): string {
  const e = escapeMarkdown;
  const lines: string[] = [`# ${e(prep.title)}`, '', `**Say first:** ${e(prep.opening)}`, ''];
  lines.push(`- Period: ${e(prep.request.period.from)} to ${e(prep.request.period.to)}`);
  if (prep.personName) lines.push(`- With: ${e(prep.personName)}`);
  lines.push(`- Prepared on: ${e(prep.today)}`, '');

  lines.push('## What your log says', '');
  for (const line of prep.reading.lines) lines.push(`- ${e(line.text)}`);
  lines.push('', `**${FIT_LABELS[prep.fit.verdict]}.** ${e(prep.fit.text)}`, '');
  if (prep.target) lines.push(`**Where to:** ${e(prep.target.reason)}`, '');

  lines.push(`## Readiness: ${READINESS_LABELS[prep.readiness.level]}`, '', e(prep.readiness.summary), '');
  for (const reason of prep.readiness.reasons) {
    lines.push(`- ${REASON_STATUS_LABELS[reason.status]}: ${e(reason.text)}`);
  }
  lines.push('');

  if (prep.captureNext.length > 0) {
    lines.push('## What to capture next', '');
    prep.captureNext.forEach((next, index) => {
      lines.push(`${index + 1}. ${e(next.text)}`);
    });
    lines.push('');
  }

  const own = agenda.own ?? [];
  if (own.length > 0) {
    lines.push('## Your points', '');
    for (const point of own) lines.push(`- [${point.done ? 'x' : ' '}] ${e(point.text)}`);
    lines.push('');
  }

  for (const section of applyAgenda(prep, agenda, limit)) {
    lines.push(`## ${e(section.title)}`, '');
    if (section.intro) lines.push(`_${e(section.intro)}_`, '');
    for (const shown of section.points) lines.push(...pointLines(shown, entries, actionItems));
    if (section.more + section.omitted > 0) lines.push(`- …and ${section.more + section.omitted} more in the log.`);
    lines.push('');
  }

  if (prep.selfVsOthers && prep.selfVsOthers.length > 0) {
    lines.push('## Self vs others', '');
    for (const finding of prep.selfVsOthers) {
      lines.push(`- **${FINDING_LABELS[finding.kind]}.** ${e(finding.text)} ${e(finding.advice)}`);
    }
    lines.push('');
  }

  if (prep.talentMap && prep.talentMap.areas.length > 0) {
    lines.push(
      '## Talent map',
      '',
      '| Area | Own word | Others | Energy | Trend | Felt as |',
      '| --- | ---: | ---: | ---: | --- | --- |',
    );
    for (const area of prep.talentMap.areas) {
      const energy = area.energy.average === null ? '–' : formatEnergy(area.energy.average);
      const meaning = (['calling', 'career', 'job'] as const)
        .filter((m) => area.meaning[m] > 0)
        .map((m) => `${m} ${area.meaning[m]}`)
        .join(', ');
      lines.push(
        `| ${e(area.name)} | ${area.selfCount} | ${area.othersCount} | ${energy} | ${e(area.energy.trend === 'unknown' ? '–' : TREND_LABELS[area.energy.trend])} | ${e(meaning || '–')} |`,
      );
    }
    lines.push('');
  }

  if (prep.talentMap && prep.talentMap.suggestions.length > 0) {
    lines.push('## Job-crafting suggestions', '');
    for (const suggestion of prep.talentMap.suggestions) {
      lines.push(`- **${CRAFTING_LABELS[suggestion.type]}.** ${e(suggestion.text)}`);
    }
    lines.push('');
  }

  return closeBidiControls(`${lines.join('\n').trimEnd()}\n`);
}

function pointLines(
  shown: ShownPoint,
  entries: ReadonlyMap<string, Entry>,
  actionItems: ReadonlyMap<string, ActionItem>,
): string[] {
  const e = escapeMarkdown;
  const { point } = shown;
  // Strength belongs to evidence: readings of the log and plans carry no badge.
  const label = point.type === 'evidence' || point.type === 'gap' ? ` _(${STRENGTH_LABELS[point.strength]})_` : '';
  const detail = point.detail ? ` — ${e(point.detail)}` : '';
  const lines = [`- ${shown.pinned ? '**Pinned.** ' : ''}${e(shown.text)}${detail}${label}`];
  for (const quote of point.quotes ?? []) lines.push(`  - ${e(quote.by)} said: ${e(quote.text)}`);
  for (const id of point.entryIds) {
    const entry = entries.get(id);
    if (entry) lines.push(`  - ${evidenceLine(entry, shown.text)}`);
  }
  for (const id of point.actionItemIds) {
    const item = actionItems.get(id);
    if (item) lines.push(`  - Action item: ${e(item.text)}${item.dueOn ? ` · due ${e(item.dueOn)}` : ''}`);
  }
  if (point.type === 'gap') lines.push(`  - Next: ${e(point.nextStep)}`);
  return lines;
}

/** Date, kind, text (unless the point already says it), who, and the link to check it. */
function evidenceLine(entry: Entry, pointText: string): string {
  const e = escapeMarkdown;
  const parts = [e(entry.occurredOn), KIND_LABELS[entry.kind]];
  if (entry.text !== pointText) parts.push(e(truncate(entry.text.replace(/\s+/g, ' ').trim(), EVIDENCE_LENGTH)));
  if (entry.person) parts.push(e(entry.person));
  const link = markdownLink((entry.kind === 'win' && entry.evidenceUrl) || entry.source?.url || '');
  if (link) parts.push(link);
  return parts.join(' · ');
}

/** `latitude-promotion-2024-07-01.md` */
export function markdownFileName(prep: Prep): string {
  return `latitude-${prep.request.kind}-${prep.today}.md`;
}
