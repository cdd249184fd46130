import { findPrepConversation, savePrepAgenda } from '../../src/db/conversations';
import { LatitudeDb } from '../../src/db/database';
import type { RecordEnv } from '../../src/domain/record';

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
    const first = await savePrepAgenda(db, { kind: 'promotion' }, { pinned: ['impact:x'], hidden: [] }, env('2024-07-01T09:00:00Z'));
    expect(first).toMatchObject({ ok: true, conversation: { kind: 'promotion', date: expect.any(String), notes: '' } });
    const second = await savePrepAgenda(db, { kind: 'promotion' }, { pinned: [], hidden: ['impact:x'] }, env('2024-07-01T10:00:00Z'));
    expect(second.ok && second.conversation.id).toBe(first.ok && first.conversation.id);
    expect(await db.conversations.count()).toBe(1);
    expect((await findPrepConversation(db, { kind: 'promotion' }))?.agenda).toEqual({ pinned: [], hidden: ['impact:x'] });
  });

  it('keeps each kind and each person apart', async () => {
    const db = new LatitudeDb('conversations-test-2');
    await savePrepAgenda(db, { kind: 'promotion' }, { pinned: ['a'], hidden: [] }, env('2024-07-01T09:00:00Z'));
    await savePrepAgenda(db, { kind: 'promotion', personId: ANA }, { pinned: ['b'], hidden: [] }, env('2024-07-01T09:00:00Z'));
    await savePrepAgenda(db, { kind: 'review', personId: ANA }, { pinned: ['c'], hidden: [] }, env('2024-07-01T09:00:00Z'));
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
