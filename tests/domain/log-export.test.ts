import type { ActionItem } from '../../src/domain/action-item';
import type { Conversation } from '../../src/domain/conversation';
import type { Entry } from '../../src/domain/entry';
import {
  buildLogMarkdown,
  exportedConversations,
  type LogExportInput,
  logExportFileName,
} from '../../src/domain/log-export';
import { EMPTY_FILTER, type LogFilter } from '../../src/domain/log-filter';
import { generateLog, GENERATED_NOW } from '../fixtures/generate-log';
import { makeActionItem, makeConversation, makeEntry, makePerson } from '../fixtures/db/records';

const NOW = new Date(2025, 2, 20, 9, 0);
const TODAY = '2025-03-20';

const dana = makePerson(1, { name: 'Dana Ross', relationship: 'manager' });
const leo = makePerson(2, { name: 'Leo Park' });
const oneOnOne = makeConversation(10, {
  personId: dana.id,
  date: '2025-03-12',
  notes: 'Talked about the staff path\nand the on-call load',
  agenda: {
    pinned: [],
    hidden: [],
    own: [
      { id: 'p1', text: 'Ask about the staff-engineer track', done: true },
      { id: 'p2', text: 'Raise the pager load' },
    ],
  },
});
const promotionPrep = makeConversation(11, {
  kind: 'promotion',
  title: 'Promotion prep',
  date: '2025-02-01',
  agenda: { pinned: [], hidden: [], own: [{ id: 'p3', text: 'Name the three launches' }] },
});
const withLeo = makeConversation(12, { personId: leo.id, date: '2025-01-15' });
const deletedTalk = makeConversation(13, {
  personId: dana.id,
  date: '2025-03-01',
  deletedAt: '2025-03-02T10:00:00.000Z',
});

const win = makeEntry(20, {
  text: 'Cut invoice time from 40 minutes to 3',
  occurredOn: '2025-03-10',
  impact: 'On-time invoices',
  scope: 'org',
  energy: 2,
  meaning: 'calling',
  areas: ['coding', 'site-reliability'],
  tags: ['billing'],
} as Partial<Entry>);
const praise = makeEntry(21, {
  kind: 'feedback',
  direction: 'received',
  person: 'Dana Ross',
  relationship: 'manager',
  signal: 'keep',
  text: 'Keep writing the rollback plan first',
  occurredOn: '2025-03-12',
  createdAt: '2025-03-12T10:05:00.000Z',
  about: [win.id],
  conversationId: oneOnOne.id,
  energy: -1,
} as Partial<Entry>);
const note = makeEntry(22, {
  kind: 'note',
  text: 'Agreed to pair on the RFC',
  occurredOn: '2025-03-12',
  createdAt: '2025-03-12T10:10:00.000Z',
  conversationId: oneOnOne.id,
  meaning: 'job',
  energy: 0,
} as Partial<Entry>);
const oldTalent = makeEntry(23, {
  kind: 'talent',
  evidence: 'self',
  text: 'Explaining systems',
  occurredOn: '2024-11-02',
} as Partial<Entry>);
const deletedWin = makeEntry(24, {
  text: 'A deleted win',
  occurredOn: '2025-03-11',
  deletedAt: '2025-03-11T12:00:00.000Z',
});

const items: ActionItem[] = [
  makeActionItem(30, {
    text: 'Send the RFC draft',
    personId: dana.id,
    conversationId: oneOnOne.id,
    dueOn: '2025-03-19',
  }),
  makeActionItem(31, {
    text: 'Book the design review room',
    owner: 'them',
    personId: dana.id,
    conversationId: oneOnOne.id,
    doneAt: '2025-03-14T09:00:00.000Z',
  }),
  makeActionItem(32, { text: 'Read the ledger RFC', personId: leo.id, createdAt: '2025-02-10T10:00:00.000Z' }),
  makeActionItem(33, { text: 'A deleted item', conversationId: oneOnOne.id, deletedAt: '2025-03-13T10:00:00.000Z' }),
  makeActionItem(34, { text: 'From a deleted talk', personId: dana.id, conversationId: deletedTalk.id }),
];

function input(
  filter: Partial<LogFilter> = {},
  entries: Entry[] = [win, praise, note, oldTalent, deletedWin],
): LogExportInput {
  return {
    entries,
    conversations: [oneOnOne, promotionPrep, withLeo, deletedTalk],
    actionItems: items,
    people: [dana, leo],
    customAreas: [{ id: 'site-reliability', name: 'Site reliability' }],
    filter: { ...EMPTY_FILTER, group: 'month', ...filter },
    today: TODAY,
    now: NOW,
  };
}

/** The lines of the section that starts with `heading`, up to the next heading of the same level or higher. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.match(/^#+/)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

describe('the log as Markdown', () => {
  it('gives every entry with its fields: energy and meaning in words, custom areas by name, links and the 1:1', () => {
    const markdown = buildLogMarkdown(input());
    expect(markdown.split('\n').slice(0, 6)).toEqual([
      '# Latitude log',
      '',
      'Exported from Latitude on 2025-03-20: 4 entries, 3 conversations, 4 action items, 3 points of your own.',
      '',
      'The whole log.',
      '',
    ]);
    expect(markdown).not.toContain('A deleted win');
    expect(section(markdown, '### March 2025: 1 win, 1 feedback, 1 note')).toEqual([
      '- 2025-03-12, Note: Agreed to pair on the RFC',
      '  - During: 1:1 with Dana Ross, 2025-03-12',
      '  - Energy: neutral (0)',
      '  - Meaning: felt like a job',
      '- 2025-03-12, Feedback: Keep writing the rollback plan first',
      '  - From: Dana Ross, manager',
      '  - Signal: keep',
      '  - About: 2025-03-10: Cut invoice time from 40 minutes to 3',
      '  - During: 1:1 with Dana Ross, 2025-03-12',
      '  - Energy: draining (−1)',
      '- 2025-03-10, Win: Cut invoice time from 40 minutes to 3',
      '  - Impact: On-time invoices',
      '  - Scope: org',
      '  - Energy: very energizing (+2)',
      '  - Meaning: felt like a calling',
      '  - Areas: Writing code, Site reliability',
      '  - Tags: billing',
    ]);
    expect(section(markdown, '### November 2024: 1 talent note')).toEqual([
      '- 2024-11-02, Talent: Explaining systems',
      '  - Seen by: myself',
    ]);
  });

  it('gives each conversation with its notes, action items open and done, and own points', () => {
    const markdown = buildLogMarkdown(input());
    expect(section(markdown, '## Conversations').filter((line) => line.startsWith('### '))).toEqual([
      '### 1:1 with Dana Ross, 2025-03-12',
      '### Promotion prep, 2025-02-01',
      '### 1:1 with Leo Park, 2025-01-15',
    ]);
    expect(section(markdown, '### 1:1 with Dana Ross, 2025-03-12')).toEqual([
      '#### Notes',
      '- Talked about the staff path\\',
      '  and the on-call load',
      '- Feedback: Keep writing the rollback plan first',
      '- Note: Agreed to pair on the RFC',
      '#### Action items',
      '- [ ] Send the RFC draft (mine, open, due 2025-03-19, with Dana Ross)',
      "- [x] Book the design review room (Dana Ross's, done 2025-03-14)",
      '#### Your points',
      '- [x] Ask about the staff-engineer track (done)',
      '- [ ] Raise the pager load (open)',
    ]);
    expect(section(markdown, '### Promotion prep, 2025-02-01')).toEqual([
      '#### Your points',
      '- [ ] Name the three launches (open)',
    ]);
    expect(section(markdown, '### 1:1 with Leo Park, 2025-01-15')).toEqual(['Nothing was noted in this conversation.']);
    // Items of no conversation, or of a deleted one, are listed apart; deleted items not at all.
    expect(section(markdown, '## Other action items')).toEqual([
      '- [ ] Read the ledger RFC (mine, open, with Leo Park)',
      '- [ ] From a deleted talk (mine, open, with Dana Ross)',
    ]);
    expect(markdown).not.toContain('A deleted item');
  });

  it('applies the period and person filters to conversations and action items too', () => {
    const lastMonth = input({ period: 'custom', from: '2025-03-01', to: '2025-03-20' }, [win, praise, note]);
    const scope = exportedConversations(lastMonth);
    expect(scope.conversations.map((c) => c.id)).toEqual([oneOnOne.id]);
    expect(scope.otherItems.map((i) => i.text)).toEqual(['From a deleted talk']);

    const withLeoOnly = exportedConversations(input({ person: 'leo park' }, []));
    expect(withLeoOnly.conversations.map((c) => c.id)).toEqual([withLeo.id]);
    expect(withLeoOnly.otherItems.map((i) => i.text)).toEqual(['Read the ledger RFC']);
  });

  it('keeps, under filters only entries have, the conversations the exported entries were captured in', () => {
    const notes = input({ kind: 'note' }, [note]);
    const markdown = buildLogMarkdown(notes);
    expect(exportedConversations(notes).conversations.map((c) => c.id)).toEqual([oneOnOne.id]);
    expect(markdown).toContain('Filtered to kind Note.');
    expect(section(markdown, '#### Notes')).toEqual([
      '- Talked about the staff path\\',
      '  and the on-call load',
      '- Note: Agreed to pair on the RFC',
    ]);
    expect(markdown).not.toContain('## Other action items');

    const wins = exportedConversations(input({ kind: 'win', q: 'invoice' }, [win]));
    expect(wins.conversations).toEqual([]);
    expect(wins.otherItems).toEqual([]);
  });

  it('says which filters made the file, and names the file for what it is and when', () => {
    const filter = {
      kind: 'win',
      area: 'site-reliability',
      tag: 'billing',
      energy: 'energizing',
      meaning: 'calling',
      period: 'last-90-days',
      q: 'invoice',
    } as const;
    const markdown = buildLogMarkdown(input(filter, [win]));
    expect(markdown).toContain(
      'Filtered to search “invoice”; kind Win; area Site reliability; tag billing; energy energizing (+1 or +2); meaning felt like a calling; period Last 90 days (2024-12-21 to 2025-03-20).',
    );
    expect(logExportFileName({ ...EMPTY_FILTER }, NOW)).toBe('latitude-log-2025-03-20.md');
    expect(logExportFileName({ ...EMPTY_FILTER, group: 'month' }, NOW)).toBe('latitude-log-2025-03-20.md');
    expect(logExportFileName({ ...EMPTY_FILTER, kind: 'win' }, NOW)).toBe('latitude-log-filtered-2025-03-20.md');
    expect(buildLogMarkdown(input({ kind: 'talent', period: 'this-year' }, []))).toContain(
      'No entries match these filters.',
    );
  });

  it('keeps typed text from becoming markup anywhere: notes, points, action items, names', () => {
    const hostile = '# Owned\n- [x] fake <img src=x onerror=alert(1)> [link](https://evil.test)';
    const evilPerson = makePerson(3, { name: '[Eve](https://evil.test)' });
    const talk = makeConversation(14, {
      personId: evilPerson.id,
      date: '2025-03-15',
      notes: hostile,
      agenda: { pinned: [], hidden: [], own: [{ id: 'x', text: hostile }] },
    });
    const markdown = buildLogMarkdown({
      ...input({}, [
        makeEntry(25, { text: hostile, occurredOn: '2025-03-15', conversationId: talk.id, tags: ['<b>'] }),
      ]),
      conversations: [talk],
      actionItems: [makeActionItem(35, { text: hostile, conversationId: talk.id, personId: evilPerson.id })],
      people: [evilPerson],
    });
    expect(markdown).not.toMatch(/^#+ Owned/m);
    expect(markdown).not.toMatch(/(?<!\\)</); // no raw HTML
    expect(markdown).not.toMatch(/(?<!\\)\[(?![ x]\] )/); // no link brackets; only the export's own checkboxes
    expect(markdown).toContain('### 1:1 with \\[Eve\\](https\\://evil.test), 2025-03-15');
    expect(markdown.match(/^- \[[ x]\] /gm)).toHaveLength(2); // the item and the point: the text's fake box is escaped
  });

  it('exports a generated log of 10,000 entries whole', () => {
    const log = generateLog(10_000, { seed: 1 });
    const talks: Conversation[] = log.people.map((person, i) =>
      makeConversation(100 + i, {
        personId: person.id,
        date: `2025-02-${String(i + 1).padStart(2, '0')}`,
        notes: `Notes with ${person.name}`,
        agenda: { pinned: [], hidden: [], own: [{ id: `own-${i}`, text: `Point ${i}` }] },
      }),
    );
    const markdown = buildLogMarkdown({
      entries: log.entries,
      conversations: talks,
      actionItems: log.actionItems,
      people: log.people,
      customAreas: [],
      filter: EMPTY_FILTER,
      today: '2025-03-01',
      now: GENERATED_NOW,
    });
    const live = log.entries.filter((entry) => !entry.deletedAt);
    expect(markdown.match(/^- \d{4}-\d{2}-\d{2}, (Win|Feedback|Talent|Note): /gm)).toHaveLength(live.length);
    expect(markdown.match(/^### 1:1 with /gm)).toHaveLength(talks.length);
    expect(markdown.match(/^- \[[ x]\] Follow up on /gm)).toHaveLength(log.actionItems.length);
    expect(markdown).toContain(
      `Exported from Latitude on 2025-03-01: ${live.length.toLocaleString('en')} entries, 12 conversations, 30 action items, 12 points of your own.`,
    );
  });
});
