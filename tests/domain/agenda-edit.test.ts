import { agendaEditConflict, applyAgendaEdit, setPinned, wordingOf } from '../../src/domain/agenda-edit';
import type { Agenda } from '../../src/domain/conversation';
import { AGENDA_ITEM_RULE, OWN_POINT_RULE, REWORD_RULE, textProblem } from '../../src/domain/text-limit';

const empty: Agenda = { pinned: [], hidden: [] };
const withOwn: Agenda = {
  pinned: [],
  hidden: [],
  own: [
    { id: 'a', text: 'Team health' },
    { id: 'b', text: 'Budget', done: true },
  ],
};

describe('agenda edits, applied to what is stored', () => {
  it('adds an own point once, even when the same edit is applied twice', () => {
    const edit = { type: 'add-own', point: { id: 'c', text: 'Offsite' } } as const;
    const once = applyAgendaEdit(withOwn, edit);
    expect(applyAgendaEdit(once, edit).own?.map((p) => p.text)).toEqual(['Team health', 'Budget', 'Offsite']);
  });

  it('merges edits made in two views: each applies to the other’s result', () => {
    // View 1 adds a point while view 2, holding the older agenda, ticks one off.
    const stored = applyAgendaEdit(withOwn, { type: 'add-own', point: { id: 'c', text: 'Offsite' } });
    const merged = applyAgendaEdit(stored, { type: 'own-done', id: 'a', done: true });
    expect(merged.own).toEqual([
      { id: 'a', text: 'Team health', done: true },
      { id: 'b', text: 'Budget', done: true },
      { id: 'c', text: 'Offsite' },
    ]);
  });

  it('sets done and pinned to the state asked for: two views ticking the same box agree', () => {
    const ticked = applyAgendaEdit(applyAgendaEdit(withOwn, { type: 'own-done', id: 'a', done: true }), {
      type: 'own-done',
      id: 'a',
      done: true,
    });
    expect(ticked.own?.[0]).toEqual({ id: 'a', text: 'Team health', done: true });
    expect(applyAgendaEdit(withOwn, { type: 'own-done', id: 'b', done: false }).own?.[1]).toEqual({
      id: 'b',
      text: 'Budget',
    });

    const pinned = applyAgendaEdit(
      applyAgendaEdit({ ...empty, hidden: ['k'] }, { type: 'pin', key: 'k', pinned: true }),
      { type: 'pin', key: 'k', pinned: true },
    );
    expect(pinned).toEqual({ pinned: ['k'], hidden: [] });
    expect(setPinned(pinned, 'k', false)).toEqual(empty);
  });

  it('moves, removes, hides and shows as the prep and the side panel always did', () => {
    expect(applyAgendaEdit(withOwn, { type: 'move-own', id: 'b', by: -1 }).own?.map((p) => p.id)).toEqual(['b', 'a']);
    expect(applyAgendaEdit(withOwn, { type: 'remove-own', id: 'a' }).own?.map((p) => p.id)).toEqual(['b']);
    expect(applyAgendaEdit({ ...empty, pinned: ['k'] }, { type: 'hide', key: 'k' })).toEqual({
      pinned: [],
      hidden: ['k'],
    });
    expect(applyAgendaEdit({ ...empty, hidden: ['k'] }, { type: 'show', key: 'k' })).toEqual(empty);
  });

  it('remembers the lateral target area with every edit', () => {
    expect(applyAgendaEdit(empty, { type: 'pin', key: 'k', pinned: true }, 'teaching')).toEqual({
      pinned: ['k'],
      hidden: [],
      targetArea: 'teaching',
    });
  });
});

describe('a rewording that would overwrite another view’s', () => {
  const reword = (text: string, base: string | undefined) =>
    ({ type: 'reword', key: 'k', text, original: 'Generated', base }) as const;

  it('goes through when the stored wording is still the one it began from', () => {
    expect(agendaEditConflict(empty, reword('Mine', undefined))).toBeUndefined();
    expect(agendaEditConflict({ ...empty, reworded: { k: 'Before' } }, reword('Mine', 'Before'))).toBeUndefined();
    expect(wordingOf(applyAgendaEdit(empty, reword('Mine', undefined)), 'k')).toBe('Mine');
  });

  it('is refused with the other wording when the point was reworded elsewhere since', () => {
    expect(agendaEditConflict({ ...empty, reworded: { k: 'Theirs' } }, reword('Mine', undefined))).toEqual({
      theirs: 'Theirs',
    });
    expect(agendaEditConflict({ ...empty, reworded: { k: 'Theirs' } }, reword('Mine', 'Before'))).toEqual({
      theirs: 'Theirs',
    });
    // Restored to the generated text elsewhere: theirs is no wording at all.
    expect(agendaEditConflict(empty, reword('Mine', 'Before'))).toEqual({ theirs: undefined });
  });

  it('is no conflict when both views chose the same words', () => {
    expect(agendaEditConflict({ ...empty, reworded: { k: 'Same' } }, reword(' Same ', 'Before'))).toBeUndefined();
  });

  it('never concerns the other edits, which merge', () => {
    expect(
      agendaEditConflict({ ...empty, reworded: { k: 'Theirs' } }, { type: 'pin', key: 'k', pinned: true }),
    ).toBeUndefined();
  });

  it('does not take a wording from the prototype for a point keyed like one of its properties', () => {
    expect(wordingOf(empty, 'toString')).toBeUndefined();
  });
});

describe('length limits, checked before a write', () => {
  it('names the field and the limit', () => {
    expect(textProblem('a'.repeat(10_001), AGENDA_ITEM_RULE)).toBe(
      'The agenda item has 10,001 characters; keep it to 10,000 at most.',
    );
    expect(textProblem(`  ${'b'.repeat(10_000)}  `, OWN_POINT_RULE)).toBeUndefined();
    expect(textProblem('c'.repeat(12_345), REWORD_RULE)).toBe(
      'The reworded point has 12,345 characters; keep it to 10,000 at most.',
    );
  });

  it('says what to write when blank, where blank is not allowed', () => {
    expect(textProblem('   ', AGENDA_ITEM_RULE)).toBe('Write the agenda item first.');
    expect(textProblem('   ', OWN_POINT_RULE)).toBe('Write the point first.');
    expect(textProblem('', REWORD_RULE)).toBeUndefined();
  });
});
