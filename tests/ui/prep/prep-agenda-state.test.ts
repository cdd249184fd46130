import { findPrepConversation } from '../../../src/db/conversations/agenda';
import { LatitudeDb } from '../../../src/db/database';
import { createPrepAgendaState } from '../../../src/ui/prep/prep-agenda-state';
import { testView } from '../../fixtures/view-drafts';

const PROMOTION = { kind: 'promotion' } as const;
const POINT = 'impact:billing';
const GENERATED = 'I led the billing migration.';

let db: LatitudeDb;
let dbs = 0;
beforeEach(() => {
  db = new LatitudeDb(`prep-agenda-state-${++dbs}`);
});
afterEach(() => db.close());

function tab(view = testView('prep')) {
  const state = createPrepAgendaState({
    db,
    clock: { now: () => new Date('2025-03-12T10:00:00Z'), newId: () => crypto.randomUUID() },
    views: view.views,
  });
  state.select(PROMOTION);
  return { state, view };
}

async function ready(state: ReturnType<typeof tab>['state']) {
  await vi.waitFor(() => expect(state.ready.value).toBe(true));
}

const stored = async () => (await findPrepConversation(db, PROMOTION))?.agenda;

describe('prep agenda state: points of one’s own', () => {
  it('keeps the point typed as the tab’s draft, found again after a reload, cleared once stored', async () => {
    const first = tab();
    first.state.typeOwn('Ask about the staff track');
    first.view.close();
    first.state.dispose();

    const reloaded = tab(testView('prep', first.view.session));
    await ready(reloaded.state);
    expect(reloaded.state.ownText.value).toBe('Ask about the staff track');
    const adding = reloaded.state.addOwn();
    expect(reloaded.state.ownText.value).toBe('Ask about the staff track');
    expect(await adding).toBe(true);
    expect(reloaded.state.ownText.value).toBe('');
    expect((await stored())?.own?.map((p) => p.text)).toEqual(['Ask about the staff track']);
    await vi.waitFor(() =>
      expect(reloaded.state.agenda.value.own?.map((p) => p.text)).toEqual(['Ask about the staff track']),
    );
    reloaded.state.dispose();
  });

  it('keeps a draft per conversation: switching to another keeps each', async () => {
    const { state } = tab();
    state.typeOwn('For the promotion');
    state.select({ kind: 'review' });
    expect(state.ownText.value).toBe('');
    state.typeOwn('For the review');
    state.select(PROMOTION);
    expect(state.ownText.value).toBe('For the promotion');
    state.dispose();
  });

  it('refuses blank and over-long points before writing, naming the field and the limit', async () => {
    const { state } = tab();
    expect(await state.addOwn()).toBe(false);
    expect(state.ownProblem.value).toBe('Write the point first.');
    state.typeOwn('p'.repeat(10_001));
    expect(state.ownProblem.value).toBeUndefined();
    expect(await state.addOwn()).toBe(false);
    expect(state.ownProblem.value).toBe('The point has 10,001 characters; keep it to 10,000 at most.');
    expect(state.ownText.value).toBe('p'.repeat(10_001));
    expect(await db.conversations.count()).toBe(0);
    state.dispose();
  });
});

describe('prep agenda state: pins and ticks', () => {
  it('shows a pin at once and stores it merged with another tab’s edits', async () => {
    const one = tab();
    const two = tab();
    await ready(one.state);
    await ready(two.state);
    one.state.edit({ type: 'pin', key: POINT, pinned: true });
    expect(one.state.agenda.value.pinned).toEqual([POINT]);
    two.state.typeOwn('Budget');
    await two.state.addOwn();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ pinned: [POINT], own: [{ text: 'Budget' }] }));
    await vi.waitFor(() => expect(two.state.agenda.value.pinned).toEqual([POINT]));
    one.state.dispose();
    two.state.dispose();
  });
});

describe('prep agenda state: rewording', () => {
  it('keeps a rewording being typed across a reload, and stores it', async () => {
    const first = tab();
    await ready(first.state);
    first.state.startReword(POINT, GENERATED, undefined);
    first.state.typeReword(POINT, 'Moved billing to the new ledger');
    first.view.close();
    first.state.dispose();

    const { state } = tab(testView('prep', first.view.session));
    await ready(state);
    expect(state.rewordOf(POINT)).toEqual({ text: 'Moved billing to the new ledger' });
    expect(await state.saveReword(POINT, GENERATED)).toBe(true);
    expect(state.rewordOf(POINT)).toBeUndefined();
    expect((await stored())?.reworded).toEqual({ [POINT]: 'Moved billing to the new ledger' });
    state.dispose();
  });

  it('refuses an over-long rewording beside it, and keeps it', async () => {
    const { state } = tab();
    await ready(state);
    state.startReword(POINT, GENERATED, undefined);
    state.typeReword(POINT, 'r'.repeat(10_001));
    expect(await state.saveReword(POINT, GENERATED)).toBe(false);
    expect(state.noteOf(POINT)).toEqual({
      kind: 'problem',
      message: 'The reworded point has 10,001 characters; keep it to 10,000 at most.',
    });
    expect(state.rewordOf(POINT)?.text).toBe('r'.repeat(10_001));
    state.dispose();
  });

  it('shows the other tab’s newer wording instead of overwriting it; Save mine anyway or Discard mine', async () => {
    const mine = tab();
    const theirs = tab();
    await ready(mine.state);
    await ready(theirs.state);
    mine.state.startReword(POINT, GENERATED, undefined);
    theirs.state.startReword(POINT, GENERATED, undefined);
    theirs.state.typeReword(POINT, 'Their wording');
    await theirs.state.saveReword(POINT, GENERATED);

    mine.state.typeReword(POINT, 'My wording');
    expect(await mine.state.saveReword(POINT, GENERATED)).toBe(false);
    expect(mine.state.noteOf(POINT)).toEqual({
      kind: 'conflict',
      message: 'This changed in another view.',
      theirs: 'Their wording',
    });
    expect(mine.state.rewordOf(POINT)?.text).toBe('My wording');
    expect((await stored())?.reworded).toEqual({ [POINT]: 'Their wording' });

    expect(await mine.state.saveRewordAnyway(POINT, GENERATED)).toBe(true);
    expect(mine.state.noteOf(POINT)).toBeUndefined();
    expect((await stored())?.reworded).toEqual({ [POINT]: 'My wording' });

    // Another round: the other tab rewords again from an older view; this time theirs is discarded.
    theirs.state.startReword(POINT, 'Their wording', 'Their wording');
    theirs.state.typeReword(POINT, 'Their second wording');
    expect(await theirs.state.saveReword(POINT, GENERATED)).toBe(false);
    expect(theirs.state.noteOf(POINT)).toMatchObject({ kind: 'conflict', theirs: 'My wording' });
    theirs.state.discardReword(POINT);
    expect(theirs.state.rewordOf(POINT)).toBeUndefined();
    expect((await stored())?.reworded).toEqual({ [POINT]: 'My wording' });
    mine.state.dispose();
    theirs.state.dispose();
  });

  it('restores the generated text unless another tab reworded the point since', async () => {
    const { state } = tab();
    await ready(state);
    state.startReword(POINT, GENERATED, undefined);
    state.typeReword(POINT, 'Mine');
    await state.saveReword(POINT, GENERATED);
    expect(await state.restoreOriginal(POINT, GENERATED, 'Mine')).toBe(true);
    expect((await stored())?.reworded).toBeUndefined();

    const other = tab();
    await ready(other.state);
    other.state.startReword(POINT, GENERATED, undefined);
    other.state.typeReword(POINT, 'Elsewhere');
    await other.state.saveReword(POINT, GENERATED);
    expect(await state.restoreOriginal(POINT, GENERATED, undefined)).toBe(false);
    expect(state.noteOf(POINT)).toMatchObject({ kind: 'conflict', theirs: 'Elsewhere' });
    state.dispose();
    other.state.dispose();
  });
});
