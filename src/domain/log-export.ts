import type { ActionItem } from './action-item';
import { areaNamer, type CustomArea } from './area';
import { closeBidiControls } from './bidi';
import type { Conversation } from './conversation';
import { type Entry, KIND_LABELS } from './entry';
import { energyInWords, entryDetailLines, ITEM_INDENT, meaningInWords } from './entry-markdown';
import { tokenize } from './entry-search';
import { type DateRange, isFiltered, type LogFilter, PERIOD_LABELS, periodRange, sameLabel } from './log-filter';
import { compareNewestFirst, describeKindCounts, groupEntries } from './log-groups';
import { escapeMarkdownText } from './markdown-text';
import { byDueThenCreated } from './one-on-one';
import type { Person } from './person';
import { escapeMarkdown } from './prep/markdown-escape';
import { truncate } from './prep/truncate';
import { PREP_KIND_LABELS } from './prep/types';
import { localDate } from './record';

/*
 * The log page's "Download Markdown": the log as the page shows it (the same filter and search),
 * with everything that belongs to it: each entry with its fields (energy and meaning in words,
 * areas by name, the win feedback is about, the 1:1 it was captured in), then the conversations
 * with their notes, action items (open and done) and the user's own points, then the action items
 * agreed outside any conversation.
 *
 * Which conversations go with a filtered log: conversations have a date and a person, so the
 * period and person filters apply to them as to entries. The other filters (kind, area, tag,
 * energy, meaning, search words) are about entries only; under them a conversation goes in when an
 * entry of the export was captured in it, and action items from no conversation stay out.
 */

export interface LogExportInput {
  /** The entries the view shows (all of them, not one page), in any order. Tombstones are left out. */
  entries: readonly Entry[];
  /** Entries that exported ones link to (`about`) but that are not exported themselves. */
  linked?: readonly Entry[];
  conversations: readonly Conversation[];
  actionItems: readonly ActionItem[];
  /** Everyone, tombstones too: old conversations and items still name their person. */
  people: readonly Pick<Person, 'id' | 'name'>[];
  /** The user's own areas, tombstones too, to name the areas entries store by id. */
  customAreas: readonly Pick<CustomArea, 'id' | 'name'>[];
  filter: LogFilter;
  /** The local date relative periods count back from. */
  today: string;
  now: Date;
}

/** What goes into the file besides the entries, by the rule above. */
export interface ExportedConversations {
  conversations: Conversation[];
  /** Action items by the id of their (exported) conversation. */
  itemsByConversation: Map<string, ActionItem[]>;
  /** Action items agreed outside any conversation still in the log. */
  otherItems: ActionItem[];
}

/** `latitude-log-2026-12-02.md`, or `latitude-log-filtered-2026-12-02.md` for part of the log. */
export function logExportFileName(filter: LogFilter, now: Date): string {
  return `latitude-log-${narrowed(filter) ? 'filtered-' : ''}${localDate(now)}.md`;
}

const ABOUT_LENGTH = 80;

/** The Markdown file; every line closes the bidi controls it opens (domain/bidi.ts). */
export function buildLogMarkdown(input: LogExportInput): string {
  const entries = input.entries.filter((entry) => !entry.deletedAt).sort(compareNewestFirst);
  const areaName = areaNamer(input.customAreas);
  const personName = personNamer(input.people);
  const scope = exportedConversations({ ...input, entries });
  const conversationIds = new Set(scope.conversations.map((c) => c.id));
  const conversationNames = new Map(
    input.conversations.filter((c) => !c.deletedAt).map((c) => [c.id, conversationName(c, personName)]),
  );
  const byId = new Map<string, Entry>();
  for (const entry of input.linked ?? []) byId.set(entry.id, entry);
  for (const entry of entries) byId.set(entry.id, entry);
  const names = {
    areaName,
    about: (id: string) => {
      const linked = byId.get(id);
      return linked && !linked.deletedAt
        ? `${linked.occurredOn}: ${truncate(oneLine(linked.text), ABOUT_LENGTH)}`
        : 'a deleted entry';
    },
    conversation: (id: string) => conversationNames.get(id),
  };

  const itemCount =
    scope.otherItems.length + [...scope.itemsByConversation.values()].reduce((sum, items) => sum + items.length, 0);
  const pointCount = scope.conversations.reduce((sum, c) => sum + (c.agenda.own?.length ?? 0), 0);
  const counts = [
    count(entries.length, 'entry', 'entries'),
    count(scope.conversations.length, 'conversation', 'conversations'),
    count(itemCount, 'action item', 'action items'),
    count(pointCount, 'point of your own', 'points of your own'),
  ];
  const lines = [
    '# Latitude log',
    '',
    `Exported from Latitude on ${localDate(input.now)}: ${counts.join(', ')}.`,
    '',
    narrowed(input.filter) ? `Filtered to ${describeFilter(input.filter, input.today, areaName)}.` : 'The whole log.',
    '',
    '## Entries',
  ];

  if (entries.length === 0) lines.push('', 'No entries match these filters.');
  for (const group of groupEntries(entries, input.filter.group)) {
    lines.push('', `### ${group.label}: ${describeKindCounts(group.counts)}`, '');
    for (const entry of group.entries) {
      lines.push(`- ${entry.occurredOn}, ${KIND_LABELS[entry.kind]}: ${escapeMarkdownText(entry.text, ITEM_INDENT)}`);
      lines.push(...entryDetailLines(entry, names));
    }
  }

  if (scope.conversations.length > 0) {
    const captured = new Map<string, Entry[]>();
    for (const entry of [...entries].reverse()) {
      if (!entry.conversationId || !conversationIds.has(entry.conversationId)) continue;
      const list = captured.get(entry.conversationId);
      if (list) list.push(entry);
      else captured.set(entry.conversationId, [entry]);
    }
    lines.push('', '## Conversations');
    for (const conversation of scope.conversations) {
      lines.push('', `### ${escapeMarkdown(conversationNames.get(conversation.id)!)}`);
      const notes = [
        ...(conversation.notes.trim() ? [`- ${escapeMarkdownText(conversation.notes, ITEM_INDENT)}`] : []),
        ...(captured.get(conversation.id) ?? []).map(
          (entry) => `- ${KIND_LABELS[entry.kind]}: ${escapeMarkdownText(entry.text, ITEM_INDENT)}`,
        ),
      ];
      if (notes.length) lines.push('', '#### Notes', '', ...notes);
      const items = scope.itemsByConversation.get(conversation.id) ?? [];
      if (items.length) lines.push('', '#### Action items', '', ...items.map((item) => itemLine(item, personName)));
      const own = conversation.agenda.own ?? [];
      if (own.length) {
        lines.push('', '#### Your points', '');
        for (const point of own) {
          lines.push(
            `- [${point.done ? 'x' : ' '}] ${escapeMarkdownText(point.text, ITEM_INDENT)} (${point.done ? 'done' : 'open'})`,
          );
        }
      }
      if (!notes.length && !items.length && !own.length) lines.push('', 'Nothing was noted in this conversation.');
    }
  }

  if (scope.otherItems.length > 0) {
    lines.push('', '## Other action items', '', ...scope.otherItems.map((item) => itemLine(item, personName)));
  }
  return closeBidiControls(`${lines.join('\n')}\n`);
}

/** The conversations and action items that go with the exported entries (the rule at the top). */
export function exportedConversations(
  input: Pick<LogExportInput, 'entries' | 'conversations' | 'actionItems' | 'people' | 'filter' | 'today'>,
): ExportedConversations {
  const { filter } = input;
  const range = periodRange(filter, input.today);
  const personName = personNamer(input.people);
  const entryOnly = narrowsEntriesOnly(filter);
  const withPerson = (personId: string | undefined) =>
    filter.person === undefined || (personId !== undefined && sameLabel(personName(personId) ?? '', filter.person));
  const capturedIn = new Set<string>();
  if (entryOnly)
    for (const entry of input.entries)
      if (entry.conversationId && !entry.deletedAt) capturedIn.add(entry.conversationId);

  const live = input.conversations.filter((c) => !c.deletedAt);
  const liveIds = new Set(live.map((c) => c.id));
  const conversations = live
    .filter((c) => inRange(c.date, range) && withPerson(c.personId) && (!entryOnly || capturedIn.has(c.id)))
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
  const itemsByConversation = new Map<string, ActionItem[]>(conversations.map((c) => [c.id, []]));
  const otherItems: ActionItem[] = [];
  for (const item of input.actionItems) {
    if (item.deletedAt) continue;
    if (item.conversationId && liveIds.has(item.conversationId)) {
      itemsByConversation.get(item.conversationId)?.push(item);
    } else if (!entryOnly && withPerson(item.personId) && inRange(localDate(new Date(item.createdAt)), range)) {
      otherItems.push(item);
    }
  }
  for (const items of itemsByConversation.values()) items.sort(byDueThenCreated);
  otherItems.sort(byDueThenCreated);
  return { conversations, itemsByConversation, otherItems };
}

/** Whether the view is narrowed at all, by a filter or by search words. */
function narrowed(filter: LogFilter): boolean {
  return isFiltered({ ...filter, q: '' }) || tokenize(filter.q).length > 0;
}

/** Filters that only entries have, search words included. */
function narrowsEntriesOnly(filter: LogFilter): boolean {
  return (
    tokenize(filter.q).length > 0 ||
    [filter.kind, filter.area, filter.tag, filter.energy, filter.meaning].some((value) => value !== undefined)
  );
}

function inRange(date: string, range: DateRange): boolean {
  return !(range.from && date < range.from) && !(range.to && date > range.to);
}

const ENERGY_FILTER_WORDS: Record<string, string> = {
  energizing: 'energizing (+1 or +2)',
  draining: 'draining (−1 or −2)',
};

/** "kind Win; energy very energizing (+2); period Last 90 days (2026-09-04 to 2026-12-02)". */
function describeFilter(filter: LogFilter, today: string, areaName: (id: string) => string): string {
  const parts: string[] = [];
  if (tokenize(filter.q).length > 0) parts.push(`search “${escapeMarkdown(filter.q)}”`);
  if (filter.kind) parts.push(`kind ${KIND_LABELS[filter.kind]}`);
  if (filter.area) parts.push(`area ${escapeMarkdown(areaName(filter.area))}`);
  if (filter.tag) parts.push(`tag ${escapeMarkdown(filter.tag)}`);
  if (filter.person) parts.push(`person ${escapeMarkdown(filter.person)}`);
  if (filter.energy) parts.push(`energy ${ENERGY_FILTER_WORDS[filter.energy] ?? energyInWords(Number(filter.energy))}`);
  if (filter.meaning) parts.push(`meaning ${meaningInWords(filter.meaning)}`);
  if (filter.period) {
    const range = periodRange(filter, today);
    const days = range.from || range.to ? ` (${range.from ?? 'the start'} to ${range.to ?? 'today'})` : '';
    parts.push(`period ${PERIOD_LABELS[filter.period]}${days}`);
  }
  return parts.join('; ');
}

function personNamer(people: LogExportInput['people']): (id: string) => string | undefined {
  const names = new Map(people.map((person) => [person.id, person.name]));
  return (id) => names.get(id);
}

/**
 * "1:1 with Dana Ross, 2026-11-20", "Meeting, 2026-12-02" (notes taken in the side panel with no
 * person picked), "Promotion prep, 2026-11-02". Not escaped.
 */
function conversationName(conversation: Conversation, personName: (id: string) => string | undefined): string {
  const person = conversation.personId ? personName(conversation.personId) : undefined;
  const what =
    conversation.kind === 'one-on-one'
      ? conversation.personId
        ? '1:1'
        : 'Meeting'
      : conversation.title?.trim() || `${PREP_KIND_LABELS[conversation.kind]} prep`;
  return `${what}${person ? ` with ${person}` : ''}, ${conversation.date}`;
}

/** `- [ ] Send the RFC draft (mine, open, due 2026-11-27)`; `- [x] … (Dana Ross's, done 2026-11-22)`. */
function itemLine(item: ActionItem, personName: (id: string) => string | undefined): string {
  const person = item.personId ? personName(item.personId) : undefined;
  const owner = item.owner === 'me' ? 'mine' : person ? `${escapeMarkdown(person)}'s` : 'theirs';
  const parts = [owner, item.doneAt ? `done ${localDate(new Date(item.doneAt))}` : 'open'];
  if (item.dueOn) parts.push(`due ${item.dueOn}`);
  if (item.owner === 'me' && person) parts.push(`with ${escapeMarkdown(person)}`);
  return `- [${item.doneAt ? 'x' : ' '}] ${escapeMarkdownText(item.text, ITEM_INDENT)} (${parts.join(', ')})`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
