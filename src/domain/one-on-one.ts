import type { ActionItem } from './action-item';
import { closeBidiControls } from './bidi';
import type { Agenda } from './conversation';
import type { Entry } from './entry';
import { escapeMarkdown } from './prep/markdown-escape';
import { addDays } from './prep/period';

/** How many days ahead a commitment counts as due soon. */
export const DUE_SOON_DAYS = 3;

function isOpen(item: ActionItem): boolean {
  return !item.deletedAt && !item.doneAt;
}

/** Earliest due date first, undated last, then in the order they were agreed. */
export function byDueThenCreated(a: ActionItem, b: ActionItem): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === undefined) return 1;
    if (b.dueOn === undefined) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/**
 * The open action items agreed with a person in earlier conversations (or in none): what carries
 * forward into the conversation `currentConversationId` until someone ticks it done. Items agreed
 * in the current conversation are listed with that conversation, not here.
 */
export function carriedForwardItems(
  items: readonly ActionItem[],
  currentConversationId: string | undefined,
): ActionItem[] {
  return items.filter((item) => isOpen(item) && item.conversationId !== currentConversationId).sort(byDueThenCreated);
}

/** Open commitments due within `days` days of `today`, overdue ones included, soonest first. */
export function dueSoonItems(items: readonly ActionItem[], today: string, days = DUE_SOON_DAYS): ActionItem[] {
  const limit = addDays(today, days);
  return items.filter((item) => isOpen(item) && item.dueOn !== undefined && item.dueOn <= limit).sort(byDueThenCreated);
}

/** Tags that mark a note as a decision, so the summary can list decisions on their own. */
export const DECISION_TAGS = ['decision', 'decided'] as const;

function isDecision(entry: Entry): boolean {
  return entry.tags.some((tag) => (DECISION_TAGS as readonly string[]).includes(tag.toLowerCase()));
}

export interface OneOnOneSummaryInput {
  personName: string;
  date: string;
  entries: readonly Entry[];
  actionItems: readonly ActionItem[];
  agenda?: Agenda;
}

/**
 * The Markdown to paste after a 1:1: notes, feedback received, decisions (notes tagged
 * "decision"), other captures, agenda items covered, and action items by owner. Every captured
 * text is escaped: it reads as the same words and never becomes markup, and no line leaves a bidi
 * control open (`closeBidiControls`, domain/bidi.ts).
 */
export function oneOnOneSummaryMarkdown({
  personName,
  date,
  entries,
  actionItems,
  agenda,
}: OneOnOneSummaryInput): string {
  const live = [...entries].filter((entry) => !entry.deletedAt).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  const decisions = live.filter(isDecision);
  const notes = live.filter((entry) => entry.kind === 'note' && !isDecision(entry));
  const feedback = live.filter(
    (entry) => entry.kind === 'feedback' && entry.direction === 'received' && !isDecision(entry),
  );
  const other = live.filter((entry) => (entry.kind === 'win' || entry.kind === 'talent') && !isDecision(entry));
  const items = actionItems.filter((item) => !item.deletedAt).sort(byDueThenCreated);
  const covered = (agenda?.own ?? []).filter((point) => point.done);

  const lines = [`# 1:1 with ${escapeMarkdown(personName)}, ${date}`, ''];
  const section = (title: string, bullets: string[]) => {
    lines.push(`## ${title}`, '');
    lines.push(...(bullets.length ? bullets : ['- None']), '');
  };
  const bullet = (entry: Entry) => `- ${escapeMarkdown(entry.text)}`;
  const itemLine = (item: ActionItem) =>
    `- [${item.doneAt ? 'x' : ' '}] ${escapeMarkdown(item.text)}${item.dueOn ? ` (due ${item.dueOn})` : ''}`;

  section('Notes', notes.map(bullet));
  section('Feedback received', feedback.map(bullet));
  section('Decisions', decisions.map(bullet));
  if (other.length)
    section(
      'Wins and talents',
      other.map((e) => `- ${e.kind === 'win' ? 'Win' : 'Talent'}: ${escapeMarkdown(e.text)}`),
    );
  if (covered.length)
    section(
      'Agenda covered',
      covered.map((point) => `- ${escapeMarkdown(point.text)}`),
    );
  lines.push('## Action items', '');
  lines.push(
    '### Mine',
    '',
    ...(items.some((i) => i.owner === 'me') ? items.filter((i) => i.owner === 'me').map(itemLine) : ['- None']),
    '',
  );
  lines.push(
    `### ${escapeMarkdown(personName)}'s`,
    '',
    ...(items.some((i) => i.owner === 'them') ? items.filter((i) => i.owner === 'them').map(itemLine) : ['- None']),
  );
  return closeBidiControls(`${lines.join('\n')}\n`);
}

/** Own agenda items: one moved up or down by one place; at the ends nothing changes. */
export function moveOwnPoint(agenda: Agenda, id: string, by: -1 | 1): Agenda {
  const own = [...(agenda.own ?? [])];
  const from = own.findIndex((point) => point.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= own.length) return agenda;
  [own[from], own[to]] = [own[to]!, own[from]!];
  return { ...agenda, own };
}
