import { carriedForwardItems, dueSoonItems, moveOwnPoint, oneOnOneSummaryMarkdown } from '../../src/domain/one-on-one';
import { makeFeedback } from '../fixtures/entries';
import { testId } from '../fixtures/ids';
import {
  BOS_ITEM,
  DONE_IN_FIRST,
  FIRST_TALK,
  OPEN_FROM_FIRST,
  OPEN_FROM_SECOND,
  SECOND_TALK,
} from '../fixtures/one-on-ones';
import type { Entry } from '../../src/domain/entry';

const TODAY_ID = testId(9999);

function note(text: string, tags: string[] = []): Entry {
  return { ...makeFeedback(), kind: 'note', text, tags } as Entry;
}

describe('carriedForwardItems', () => {
  it('keeps open items from earlier conversations, soonest due first, undated last', () => {
    const later = { ...OPEN_FROM_FIRST, id: testId(1), dueOn: '2025-03-20' };
    const items = [OPEN_FROM_SECOND, later, DONE_IN_FIRST, OPEN_FROM_FIRST];
    expect(carriedForwardItems(items, TODAY_ID).map((i) => i.id)).toEqual([
      OPEN_FROM_FIRST.id,
      later.id,
      OPEN_FROM_SECOND.id,
    ]);
  });

  it('leaves out items of the current conversation, done ones and tombstones', () => {
    const deleted = { ...OPEN_FROM_FIRST, id: testId(2), deletedAt: '2025-03-11T00:00:00.000Z' };
    expect(carriedForwardItems([OPEN_FROM_FIRST, OPEN_FROM_SECOND, DONE_IN_FIRST, deleted], SECOND_TALK.id)).toEqual([
      OPEN_FROM_FIRST,
    ]);
    expect(carriedForwardItems([], FIRST_TALK.id)).toEqual([]);
  });
});

describe('dueSoonItems', () => {
  it('takes open items due within three days, overdue included, and nothing undated', () => {
    const overdue = { ...BOS_ITEM, id: testId(3), dueOn: '2025-03-01' };
    const inThree = { ...BOS_ITEM, id: testId(4), dueOn: '2025-03-15' };
    const inFour = { ...BOS_ITEM, id: testId(5), dueOn: '2025-03-16' };
    const doneSoon = { ...DONE_IN_FIRST, dueOn: '2025-03-12' };
    expect(
      dueSoonItems([inFour, inThree, OPEN_FROM_SECOND, doneSoon, OPEN_FROM_FIRST, overdue], '2025-03-12').map(
        (i) => i.id,
      ),
    ).toEqual([overdue.id, OPEN_FROM_FIRST.id, inThree.id]);
  });

  it('crosses month ends', () => {
    expect(dueSoonItems([{ ...BOS_ITEM, dueOn: '2025-03-02' }], '2025-02-27')).toHaveLength(1);
  });
});

describe('oneOnOneSummaryMarkdown', () => {
  it('lists notes, feedback received, decisions and action items by owner, escaped', () => {
    const markdown = oneOnOneSummaryMarkdown({
      personName: 'Ana',
      date: '2025-03-12',
      entries: [
        note('Reorg <b>lands</b> in April'),
        note('We go with *option B*', ['Decision']),
        makeFeedback({ text: 'Your RFCs are clear' }),
        makeFeedback({ text: 'Given, not received', direction: 'given' }),
      ],
      actionItems: [OPEN_FROM_SECOND, { ...OPEN_FROM_FIRST, text: '# not a heading' }, DONE_IN_FIRST],
      agenda: {
        pinned: [],
        hidden: [],
        own: [
          { id: 'a', text: 'Team health', done: true },
          { id: 'b', text: 'Budget' },
        ],
      },
    });
    expect(markdown).toBe(
      [
        '# 1:1 with Ana, 2025-03-12',
        '',
        '## Notes',
        '',
        '- Reorg \\<b\\>lands\\</b\\> in April',
        '',
        '## Feedback received',
        '',
        '- Your RFCs are clear',
        '',
        '## Decisions',
        '',
        '- We go with \\*option B\\*',
        '',
        '## Agenda covered',
        '',
        '- Team health',
        '',
        '## Action items',
        '',
        '### Mine',
        '',
        '- [ ] \\# not a heading (due 2025-03-14)',
        '- [x] Book the offsite',
        '',
        "### Ana's",
        '',
        '- [ ] Share the promotion criteria',
        '',
      ].join('\n'),
    );
  });

  it('says None for empty parts', () => {
    const markdown = oneOnOneSummaryMarkdown({ personName: 'Bo', date: '2025-03-12', entries: [], actionItems: [] });
    expect(markdown).toContain('## Notes\n\n- None');
    expect(markdown).toContain("### Bo's\n\n- None");
  });
});

describe('moveOwnPoint', () => {
  const agenda = {
    pinned: [],
    hidden: [],
    own: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
    ],
  };
  it('swaps with the neighbour, and does nothing at the ends', () => {
    expect(moveOwnPoint(agenda, 'c', -1).own?.map((p) => p.id)).toEqual(['a', 'c', 'b']);
    expect(moveOwnPoint(agenda, 'a', 1).own?.map((p) => p.id)).toEqual(['b', 'a', 'c']);
    expect(moveOwnPoint(agenda, 'a', -1)).toBe(agenda);
    expect(moveOwnPoint(agenda, 'c', 1)).toBe(agenda);
    expect(moveOwnPoint(agenda, 'zzz', 1)).toBe(agenda);
  });
});
