import { actionItemSchema } from '../../src/domain/action-item';
import { areaName, BUILT_IN_AREAS } from '../../src/domain/area';
import { conversationSchema } from '../../src/domain/conversation';
import { entrySchema } from '../../src/domain/entry';
import { personSchema } from '../../src/domain/person';
import { testId } from '../fixtures/ids';

const common = {
  id: testId(1),
  createdAt: '2025-03-12T10:00:00.000Z',
  updatedAt: '2025-03-12T10:00:00+01:00',
};
const entryCommon = { ...common, text: 'Something', occurredOn: '2025-03-12', tags: [], areas: [] };

const person = { ...common, name: 'Ana', relationship: 'manager' };
const conversation = {
  ...common,
  kind: 'step-down',
  personId: testId(2),
  date: '2025-03-14',
  agenda: { pinned: ['k1'], hidden: [], own: [{ id: 'p1', text: 'Ask about mentoring' }] },
  notes: '',
};
const actionItem = { ...common, text: 'Write the handover doc', owner: 'me', personId: testId(2), dueOn: '2025-04-01' };

const entries = {
  win: {
    ...entryCommon,
    kind: 'win',
    impact: 'Cut invoice errors',
    metric: '-40%',
    evidenceUrl: 'https://example.com/dashboard',
    scope: 'org',
    energy: 2,
    meaning: 'calling',
    source: { url: 'https://example.com/pr/1', title: 'PR' },
  },
  feedback: {
    ...entryCommon,
    kind: 'feedback',
    direction: 'given',
    relationship: 'peer',
    signal: 'stop',
    person: 'Bo',
  },
  talent: { ...entryCommon, kind: 'talent', evidence: 'others' },
  note: { ...entryCommon, kind: 'note', conversationId: testId(3) },
};

interface Parser {
  safeParse(value: unknown): { success: boolean; error?: { issues: unknown[] } };
}
type Case = [name: string, schema: Parser, value: unknown];

const validCases: Case[] = [
  ['person', personSchema, person],
  ['conversation', conversationSchema, conversation],
  ['action item', actionItemSchema, actionItem],
  ...Object.entries(entries).map(([kind, value]): Case => [`${kind} entry`, entrySchema, value]),
];

describe('record schemas', () => {
  it.each(validCases)('accepts a valid %s', (_, schema, value) => {
    const result = schema.safeParse(value);
    expect(result.error?.issues).toBeUndefined();
  });

  it.each<Case>([
    ['person without a name', personSchema, { ...person, name: '  ' }],
    ['person with an unknown relationship', personSchema, { ...person, relationship: 'friend' }],
    ['person with a non-UUID id', personSchema, { ...person, id: '42' }],
    ['person with a date-only createdAt', personSchema, { ...person, createdAt: '2025-03-12' }],
    ['conversation of an unknown kind', conversationSchema, { ...conversation, kind: 'coffee' }],
    ['conversation on an impossible date', conversationSchema, { ...conversation, date: '2025-13-01' }],
    ['conversation without agenda', conversationSchema, { ...conversation, agenda: undefined }],
    ['action item owned by nobody', actionItemSchema, { ...actionItem, owner: 'nobody' }],
    ['action item with empty text', actionItemSchema, { ...actionItem, text: '' }],
    ['action item with a malformed doneAt', actionItemSchema, { ...actionItem, doneAt: 'yesterday' }],
    ['entry of an unknown kind', entrySchema, { ...entries.win, kind: 'brag' }],
    ['win with a javascript: evidence link', entrySchema, { ...entries.win, evidenceUrl: 'javascript:alert(1)' }],
    ['win with an unknown scope', entrySchema, { ...entries.win, scope: 'planet' }],
    ['win with energy 3', entrySchema, { ...entries.win, energy: 3 }],
    ['win with an unknown meaning', entrySchema, { ...entries.win, meaning: 'hobby' }],
    ['feedback without direction', entrySchema, { ...entries.feedback, direction: undefined }],
    ['feedback with an unknown signal', entrySchema, { ...entries.feedback, signal: 'maybe' }],
    ['talent without evidence', entrySchema, { ...entries.talent, evidence: undefined }],
    ['note with a tombstone that is not a timestamp', entrySchema, { ...entries.note, deletedAt: 'now' }],
    ['entry with 21 tags', entrySchema, { ...entries.note, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }],
    ['entry with a blank tag', entrySchema, { ...entries.note, tags: [' '] }],
    ['entry with a javascript: source', entrySchema, { ...entries.note, source: { url: 'javascript:x', title: '' } }],
  ])('rejects a %s', (_, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });

  it('stores text and tags trimmed', () => {
    const parsed = entrySchema.parse({ ...entries.note, text: '  a note ', tags: [' billing '] });
    expect(parsed).toMatchObject({ text: 'a note', tags: ['billing'] });
  });
});

describe('areas', () => {
  it('has the eight jobs in tech from the talk, with ids that are valid slugs', () => {
    expect(BUILT_IN_AREAS.map((a) => a.id)).toEqual([
      'coding',
      'leading-teams',
      'managing-people',
      'managing-projects',
      'developer-relations',
      'teaching',
      'research',
      'debugging',
    ]);
    expect(areaName('developer-relations')).toBe('Developer relations');
    expect(areaName('my-own-area')).toBe('my-own-area');
  });
});
