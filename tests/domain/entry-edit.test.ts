import { chooseWin, linkedWinId } from '../../src/domain/about';
import {
  addTag,
  applyEntryDraft,
  changeKind,
  differingFields,
  draftFromEntry,
  entryEditDraftSchema,
  lengthErrors,
  renameTagIn,
} from '../../src/domain/entry-edit';
import { makeEntry, testId } from '../fixtures/log-entries';

const NOW = new Date('2025-06-01T12:00:00.000Z');

describe('editing an entry', () => {
  const win = makeEntry({
    kind: 'win',
    text: 'Shipped it',
    tags: ['billing'],
    impact: 'Invoices in 3 minutes',
    source: { url: 'https://example.com/pr/1', title: 'PR' },
    conversationId: '00000000-0000-4000-8000-00000000aaaa',
  });

  it('keeps identity, creation time and links, and stamps updatedAt', () => {
    const result = applyEntryDraft(
      win,
      { ...draftFromEntry(win), text: '  Shipped it early  ', tags: 'billing, #q2' },
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      entry: {
        id: win.id,
        createdAt: win.createdAt,
        updatedAt: NOW.toISOString(),
        text: 'Shipped it early',
        tags: ['billing', 'q2'],
        impact: 'Invoices in 3 minutes',
        source: win.source,
        conversationId: win.conversationId,
      },
    });
  });

  it('drops blanked optional fields and a removed page link', () => {
    const result = applyEntryDraft(win, { ...draftFromEntry(win), impact: '  ', keepSource: false }, NOW);
    expect(result.ok && result.entry).not.toHaveProperty('impact');
    expect(result.ok && result.entry).not.toHaveProperty('source');
  });

  it('refuses what a capture would refuse, naming each field', () => {
    const result = applyEntryDraft(
      win,
      {
        ...draftFromEntry(win),
        text: ' ',
        tags: 'x'.repeat(41),
        occurredOn: '2025-02-30',
        evidenceUrl: 'javascript:alert(1)',
      },
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        { field: 'text', message: 'Write something first: the entry is empty.' },
        { field: 'tags', message: 'Tag 1: A tag has at most 40 characters.' },
        { field: 'occurredOn', message: 'Date is not valid.' },
        { field: 'evidenceUrl', message: 'Evidence link is not valid.' },
      ]),
    });
  });

  it('changes the kind, keeping the fields both kinds share', () => {
    const result = changeKind(win, 'feedback', NOW);
    expect(result.ok && result.entry).toMatchObject({
      kind: 'feedback',
      direction: 'received',
      impact: 'Invoices in 3 minutes',
    });
    expect(result.ok && result.entry).not.toHaveProperty('metric');
    const talent = changeKind(
      makeEntry({ kind: 'feedback', person: 'Ana', direction: 'received' } as never),
      'talent',
      NOW,
    );
    expect(talent.ok && talent.entry).toMatchObject({ kind: 'talent', evidence: 'others' });
  });

  it('adds a tag once, ignoring case, within the limit of 20', () => {
    expect(addTag(win, ' #Q2 ', NOW)).toMatchObject({ ok: true, entry: { tags: ['billing', 'Q2'] } });
    expect(addTag(win, 'BILLING', NOW)).toEqual({ ok: true, entry: win });
    const full = makeEntry({ tags: Array.from({ length: 20 }, (_, i) => `t${i}`) });
    expect(addTag(full, 'one-more', NOW)).toEqual({
      ok: false,
      errors: [{ field: 'tags', message: 'Use at most 20 tags.' }],
    });
  });

  it('renames a tag within a list, merging duplicates', () => {
    expect(renameTagIn(['Billing', 'infra', 'q2'], 'billing', 'infra')).toEqual(['infra', 'q2']);
    expect(renameTagIn(['a,b', 'c'], 'c', 'd')).toEqual(['a,b', 'd']);
  });

  describe('the win a piece of feedback is about', () => {
    const talk = testId(501);
    const praise = makeEntry({
      kind: 'feedback',
      text: 'Your KubeCon talk was the clearest explanation of our rollout model',
    });
    const linked = makeEntry({ kind: 'feedback', text: 'Great talk', about: [talk] });

    it('links the chosen win, and removes the link when none is chosen', () => {
      const draft = { ...draftFromEntry(praise), about: chooseWin(talk) };
      expect(applyEntryDraft(praise, draft, NOW)).toMatchObject({ ok: true, entry: { about: [talk] } });

      expect(draftFromEntry(linked).about).toEqual([talk]);
      expect(linkedWinId(draftFromEntry(linked))).toBe(talk);
      const cleared = applyEntryDraft(linked, { ...draftFromEntry(linked), about: chooseWin(undefined) }, NOW);
      expect(cleared.ok && cleared.entry).not.toHaveProperty('about');
    });

    it('keeps a link when other fields are edited, even to a win deleted since', () => {
      const result = applyEntryDraft(linked, { ...draftFromEntry(linked), text: 'Great talk, clear slides' }, NOW);
      expect(result).toMatchObject({ ok: true, entry: { text: 'Great talk, clear slides', about: [talk] } });
    });

    it('refuses a link that is not an entry id, on its own field', () => {
      const result = applyEntryDraft(praise, { ...draftFromEntry(praise), about: ['not-an-id'] }, NOW);
      expect(result).toEqual({ ok: false, errors: [{ field: 'about', message: 'About a win is not valid.' }] });
    });

    it('leaves the link behind when the kind changes, and brings it back on switching back', () => {
      const asWin = changeKind(linked, 'win', NOW);
      expect(asWin.ok && asWin.entry).not.toHaveProperty('about');
      const draft = { ...draftFromEntry(linked), kind: 'note' as const };
      expect(applyEntryDraft(linked, { ...draft, kind: 'feedback' }, NOW)).toMatchObject({
        ok: true,
        entry: { about: [talk] },
      });
    });

    it('keeps the links of another kind, which the editor does not show', () => {
      const note = makeEntry({ kind: 'note', text: 'Talked about the talk', about: [talk] });
      const result = applyEntryDraft(note, { ...draftFromEntry(note), about: [] }, NOW);
      expect(result).toMatchObject({ ok: true, entry: { about: [talk] } });
    });
  });
});

describe('the editor’s length limits', () => {
  const note = makeEntry({ kind: 'note', text: 'Asked about the roadmap' });

  it('name the field, its length and the limit', () => {
    const result = applyEntryDraft(
      note,
      { ...draftFromEntry(note), text: 'x'.repeat(10_001), person: 'p'.repeat(101) },
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'text', message: 'Entry text has 10,001 characters: keep it to 10,000 at most.' },
        { field: 'person', message: 'Person has 101 characters: keep it to 100 at most.' },
      ],
    });
  });

  it('count text as saved (trimmed), and only the fields the kind saves', () => {
    const padded = `  ${'x'.repeat(10_000)}  `;
    expect(lengthErrors({ ...draftFromEntry(note), text: padded, impact: 'y'.repeat(10_001) })).toEqual([]);
    expect(lengthErrors({ ...draftFromEntry(note), kind: 'win', impact: 'y'.repeat(10_001) })).toEqual([
      { field: 'impact', message: 'Impact has 10,001 characters: keep it to 10,000 at most.' },
    ]);
  });
});

describe('two versions of an entry compared', () => {
  const win = makeEntry({ kind: 'win', text: 'Shipped it', tags: ['billing', 'q2'], areas: ['coding', 'teaching'] });

  it('lists the fields that differ, in the editor’s order', () => {
    const mine = { ...draftFromEntry(win), text: 'Shipped it early', energy: '2' };
    const theirs = { ...draftFromEntry(win), tags: 'billing', impact: 'Faster invoices' };
    expect(differingFields(mine, theirs)).toEqual(['text', 'impact', 'tags', 'energy']);
  });

  it('ignores what saving would make equal: spacing, tag spelling, the order of areas', () => {
    const mine = {
      ...draftFromEntry(win),
      text: ' Shipped it ',
      tags: '#billing,  q2',
      areas: ['teaching', 'coding'] as never,
    };
    expect(differingFields(mine, draftFromEntry(win))).toEqual([]);
  });

  it('compares the fields of both kinds when the kind changed', () => {
    const feedback = { ...draftFromEntry(win), kind: 'feedback' as const, behavior: 'Clear slides' };
    expect(differingFields(feedback, draftFromEntry(win))).toEqual(['kind', 'behavior']);
  });
});

describe('the editor’s draft as kept', () => {
  const win = makeEntry({ rev: 2, text: 'Shipped it' });

  it('reads back the entry as opened and the fields as typed', () => {
    const kept = { entryId: win.id, base: win, fields: { ...draftFromEntry(win), text: 'Half typed' } };
    expect(entryEditDraftSchema.safeParse(JSON.parse(JSON.stringify(kept)))).toEqual({ success: true, data: kept });
  });

  it('keeps the typed text of a draft from another version of the editor', () => {
    const parsed = entryEditDraftSchema.safeParse({
      entryId: win.id,
      base: win,
      fields: { text: 'Half typed', someday: 1 },
    });
    expect(parsed).toEqual({ success: true, data: { entryId: win.id, base: win, fields: { text: 'Half typed' } } });
  });

  it('refuses what is not a draft of the editor', () => {
    expect(entryEditDraftSchema.safeParse({ text: 'a capture draft' }).success).toBe(false);
    expect(entryEditDraftSchema.safeParse({ entryId: win.id, base: { id: win.id }, fields: {} }).success).toBe(false);
  });
});
