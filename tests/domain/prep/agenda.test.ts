import type { Agenda } from '../../../src/domain/conversation';
import { agendaSchema } from '../../../src/domain/conversation';
import {
  addOwnPoint,
  applyAgenda,
  EMPTY_AGENDA,
  hidePoint,
  removeOwnPoint,
  rewordPoint,
  showPoint,
  toggleOwnPointDone,
  togglePin,
} from '../../../src/domain/prep/agenda';
import type { Prep, TalkingPoint } from '../../../src/domain/prep/types';

const point = (key: string): TalkingPoint => ({
  key,
  type: 'plan',
  strength: 'none',
  text: `Text of ${key}`,
  entryIds: [],
  actionItemIds: [],
});

const prep = {
  sections: [{ id: 's', title: 'S', points: ['a', 'b', 'c', 'd', 'e'].map((k) => point(`s:${k}`)) }],
} as unknown as Prep;

describe('applyAgenda', () => {
  it('puts pinned points first in pin order, leaves hidden ones out, uses rewordings', () => {
    const agenda: Agenda = { pinned: ['s:d', 's:b'], hidden: ['s:c'], reworded: { 's:e': 'My words' } };
    const [section] = applyAgenda(prep, agenda);
    expect(section!.points.map((p) => [p.point.key, p.text, p.pinned, p.reworded])).toEqual([
      ['s:d', 'Text of s:d', true, false],
      ['s:b', 'Text of s:b', true, false],
      ['s:a', 'Text of s:a', false, false],
      ['s:e', 'My words', false, true],
    ]);
    expect(section!.hidden.map((p) => p.point.key)).toEqual(['s:c']);
  });

  it('limits each section but never leaves a pinned point out', () => {
    const [section] = applyAgenda(prep, { pinned: ['s:e', 's:d'], hidden: [] }, 3);
    expect(section!.points.map((p) => p.point.key)).toEqual(['s:e', 's:d', 's:a']);
    expect(section!.more).toBe(2);
    const [tight] = applyAgenda(prep, { pinned: ['s:e', 's:d'], hidden: [] }, 1);
    expect(tight!.points.map((p) => p.point.key)).toEqual(['s:e', 's:d']);
  });
});

describe('agenda edits', () => {
  it('pins and unpins; hiding unpins; showing brings it back', () => {
    let agenda = togglePin(EMPTY_AGENDA, 'k');
    expect(agenda.pinned).toEqual(['k']);
    agenda = hidePoint(agenda, 'k');
    expect(agenda).toEqual({ pinned: [], hidden: ['k'] });
    expect(showPoint(agenda, 'k')).toEqual(EMPTY_AGENDA);
    expect(togglePin(togglePin(EMPTY_AGENDA, 'k'), 'k')).toEqual(EMPTY_AGENDA);
  });

  it('rewords, and a blank or original wording restores the generated text', () => {
    const agenda = rewordPoint(EMPTY_AGENDA, 'k', '  New words ', 'Old words');
    expect(agenda.reworded).toEqual({ k: 'New words' });
    expect(rewordPoint(agenda, 'k', '', 'Old words')).toEqual(EMPTY_AGENDA);
    expect(rewordPoint(agenda, 'k', 'Old words', 'Old words')).toEqual(EMPTY_AGENDA);
  });

  it('adds, ticks and removes own points, and stays valid for the Conversation schema', () => {
    let agenda = addOwnPoint(EMPTY_AGENDA, { id: 'p1', text: 'Ask about budget' });
    agenda = toggleOwnPointDone(agenda, 'p1');
    expect(agenda.own).toEqual([{ id: 'p1', text: 'Ask about budget', done: true }]);
    expect(agendaSchema.safeParse(agenda).success).toBe(true);
    expect(removeOwnPoint(agenda, 'p1')).toEqual(EMPTY_AGENDA);
  });
});
