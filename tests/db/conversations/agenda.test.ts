import {
  editConversationAgenda,
  editPrepAgenda,
  findPrepConversation,
  savePrepAgenda,
} from '../../../src/db/conversations/agenda';
import { LatitudeDb } from '../../../src/db/database';
import { isStaleWrite } from '../../../src/db/revisions';
import type { Conversation } from '../../../src/domain/conversation';
import type { RecordEnv } from '../../../src/domain/record';

let counter = 0;
const env = (iso: string): RecordEnv => ({
  now: new Date(iso),
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
});
const ANA = '00000000-0000-4000-8000-00000000a0a0';

describe('prep agenda storage', () => {
  it('creates the conversation on the first edit and updates it after', async () => {
    const db = new LatitudeDb('conversations-test');
    expect(await findPrepConversation(db, { kind: 'promotion' })).toBeUndefined();
    const first = await savePrepAgenda(
      db,
      { kind: 'promotion' },
      { pinned: ['impact:x'], hidden: [] },
      env('2024-07-01T09:00:00Z'),
    );
    expect(first).toMatchObject({ ok: true, conversation: { kind: 'promotion', date: expect.any(String), notes: '' } });
    const second = await savePrepAgenda(
      db,
      { kind: 'promotion' },
      { pinned: [], hidden: ['impact:x'] },
      env('2024-07-01T10:00:00Z'),
    );
    expect(second.ok && second.conversation.id).toBe(first.ok && first.conversation.id);
    expect(await db.conversations.count()).toBe(1);
    expect((await findPrepConversation(db, { kind: 'promotion' }))?.agenda).toEqual({
      pinned: [],
      hidden: ['impact:x'],
    });
  });

  it('keeps each kind and each person apart', async () => {
    const db = new LatitudeDb('conversations-test-2');
    await savePrepAgenda(db, { kind: 'promotion' }, { pinned: ['a'], hidden: [] }, env('2024-07-01T09:00:00Z'));
    await savePrepAgenda(
      db,
      { kind: 'promotion', personId: ANA },
      { pinned: ['b'], hidden: [] },
      env('2024-07-01T09:00:00Z'),
    );
    await savePrepAgenda(
      db,
      { kind: 'review', personId: ANA },
      { pinned: ['c'], hidden: [] },
      env('2024-07-01T09:00:00Z'),
    );
    expect((await findPrepConversation(db, { kind: 'promotion' }))?.agenda.pinned).toEqual(['a']);
    expect((await findPrepConversation(db, { kind: 'promotion', personId: ANA }))?.agenda.pinned).toEqual(['b']);
    expect((await findPrepConversation(db, { kind: 'review', personId: ANA }))?.agenda.pinned).toEqual(['c']);
    expect(await findPrepConversation(db, { kind: 'review' })).toBeUndefined();
  });

  it('refuses an invalid agenda and writes nothing', async () => {
    const db = new LatitudeDb('conversations-test-3');
    const result = await savePrepAgenda(
      db,
      { kind: 'review' },
      { pinned: [], hidden: [], own: [{ id: 'p', text: '   ' }] },
      env('2024-07-01T09:00:00Z'),
    );
    expect(result).toEqual({ ok: false, message: 'A point of your own must have text, at most 10,000 characters.' });
    expect(await db.conversations.count()).toBe(0);
  });
});

describe('agenda edits from several views', () => {
  const day = env('2024-07-01T09:00:00Z');
  let db: LatitudeDb;
  beforeEach(() => {
    db = new LatitudeDb(`conversations-edits-${++counter}`);
  });
  afterEach(() => db.close());

  it('merges edits made on older copies: a point added in one view and a pin in another both stay', async () => {
    await editPrepAgenda(
      db,
      { kind: 'promotion' },
      { type: 'add-own', point: { id: 'p1', text: 'Ask about the staff track' } },
      day,
    );
    await editPrepAgenda(db, { kind: 'promotion' }, { type: 'pin', key: 'impact:x', pinned: true }, day);
    await editPrepAgenda(
      db,
      { kind: 'promotion' },
      { type: 'add-own', point: { id: 'p2', text: 'Budget for the conference' } },
      day,
    );
    const stored = await findPrepConversation(db, { kind: 'promotion' });
    expect(stored?.agenda).toEqual({
      pinned: ['impact:x'],
      hidden: [],
      own: [
        { id: 'p1', text: 'Ask about the staff track' },
        { id: 'p2', text: 'Budget for the conference' },
      ],
    });
    expect(stored?.rev).toBe(3);
    expect(await db.conversations.count()).toBe(1);
  });

  it('refuses a rewording begun before another view’s, with that view’s version; Save mine anyway stores it', async () => {
    const reword = (text: string, base: string | undefined) =>
      ({ type: 'reword', key: 'impact:x', text, original: 'Generated', base }) as const;
    await editPrepAgenda(db, { kind: 'review' }, reword('Theirs', undefined), day);

    const refused = await editPrepAgenda(db, { kind: 'review' }, reword('Mine', undefined), day).catch(
      (error: unknown) => error,
    );
    expect(isStaleWrite<Conversation>(refused)).toBe(true);
    expect(isStaleWrite<Conversation>(refused) && refused.stored?.agenda.reworded).toEqual({ 'impact:x': 'Theirs' });
    expect(isStaleWrite(refused) && refused.message).toBe('This changed in another view.');
    expect((await findPrepConversation(db, { kind: 'review' }))?.agenda.reworded).toEqual({ 'impact:x': 'Theirs' });

    await editPrepAgenda(db, { kind: 'review' }, reword('Mine', undefined), day, { force: true });
    expect((await findPrepConversation(db, { kind: 'review' }))?.agenda.reworded).toEqual({ 'impact:x': 'Mine' });
    // Begun from the wording now stored, a rewording goes through.
    await editPrepAgenda(db, { kind: 'review' }, reword('Mine, shorter', 'Mine'), day);
    expect((await findPrepConversation(db, { kind: 'review' }))?.agenda.reworded).toEqual({
      'impact:x': 'Mine, shorter',
    });
  });

  it('refuses an edit to a 1:1 deleted in another view, and brings it back with Save mine anyway', async () => {
    const made = await editPrepAgenda(db, { kind: 'review' }, { type: 'pin', key: 'k', pinned: true }, day);
    const id = made.ok ? made.conversation.id : '';
    const gone = { ...(await db.conversations.get(id))!, deletedAt: '2024-07-01T09:30:00.000Z' };
    await db.conversations.put(gone);
    const add = { type: 'add-own', point: { id: 'p', text: 'Still want to say this' } } as const;

    const refused = await editConversationAgenda(db, id, add, day).catch((error: unknown) => error);
    expect(isStaleWrite(refused) && refused.message).toBe('This was deleted in another view.');
    expect((await db.conversations.get(id))?.agenda.own).toBeUndefined();

    const back = await editConversationAgenda(db, id, add, day, { force: true });
    expect(back).toMatchObject({ ok: true });
    const stored = await db.conversations.get(id);
    expect(stored?.deletedAt).toBeUndefined();
    expect(stored?.agenda).toEqual({ pinned: ['k'], hidden: [], own: [{ id: 'p', text: 'Still want to say this' }] });
  });

  it('keeps the lateral target area with the edit', async () => {
    await editPrepAgenda(db, { kind: 'lateral' }, { type: 'pin', key: 'k', pinned: true }, day, {
      targetArea: 'teaching',
    });
    expect((await findPrepConversation(db, { kind: 'lateral' }))?.agenda.targetArea).toBe('teaching');
  });
});
