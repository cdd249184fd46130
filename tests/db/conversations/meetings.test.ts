// Today's meeting: the conversation the side panel captures into when no person is picked, and
// its move to a person later (src/db/conversations/one-on-ones.ts).
import { LatitudeDb } from '../../../src/db/database';
import { saveCapture } from '../../../src/db/entries/capture';
import {
  captureInTodaysMeeting,
  listConversationEntries,
  listOneOnOnes,
  moveMeetingTo,
  openTodaysOneOnOne,
  todaysMeeting,
} from '../../../src/db/conversations/one-on-ones';
import { listConversationActionItems, saveActionItem } from '../../../src/db/conversations/action-items';
import { isStaleWrite } from '../../../src/db/revisions';
import type { RecordEnv } from '../../../src/domain/record';
import { injectWriteFault } from '../../fixtures/faults';
import { ANA } from '../../fixtures/one-on-ones';

const env = (now: Date): RecordEnv => ({ now, newId: () => crypto.randomUUID() });
const MARCH_12 = new Date(2025, 2, 12, 14, 30);
const LATER = new Date(2025, 2, 12, 16, 0);

let db: LatitudeDb;
beforeEach(async () => {
  db = new LatitudeDb();
  await db.people.put(ANA);
});
afterEach(() => db.close());

const note = (text: string, at = MARCH_12) =>
  captureInTodaysMeeting(db, env(at), (conversationId) =>
    saveCapture(db, { kind: 'note', text, tags: [], areas: [], conversationId }, env(at)),
  );

describe("today's meeting", () => {
  it('is made on the first capture and resumed for the rest of the day; a new day has a new one', async () => {
    expect(await todaysMeeting(db, '2025-03-12')).toBeUndefined();
    const first = await note('Platform team: freeze starts Friday');
    const second = await note('Ask Lee about the rota', LATER);
    expect(first.ok && second.ok).toBe(true);
    const meeting = await todaysMeeting(db, '2025-03-12');
    expect(meeting).toMatchObject({ kind: 'one-on-one', date: '2025-03-12' });
    expect(meeting?.personId).toBeUndefined();
    expect(await db.conversations.count()).toBe(1);
    expect((await listConversationEntries(db, meeting!)).map((e) => e.text)).toEqual([
      'Ask Lee about the rota',
      'Platform team: freeze starts Friday',
    ]);

    await note('Next day', new Date(2025, 2, 13, 9, 0));
    expect(await db.conversations.count()).toBe(2);
    expect((await todaysMeeting(db, '2025-03-13'))?.id).not.toBe(meeting!.id);
  });

  it('is not a 1:1 with anyone: a person’s today is separate', async () => {
    await note('Team sync');
    const withAna = await openTodaysOneOnOne(db, ANA.id, env(MARCH_12));
    expect(withAna.id).not.toBe((await todaysMeeting(db, '2025-03-12'))!.id);
    expect((await listOneOnOnes(db, ANA.id)).map((c) => c.id)).toEqual([withAna.id]);
  });

  it('a refused capture (blank text) makes no meeting', async () => {
    const refused = await note('   ');
    expect(refused.ok).toBe(false);
    expect(await db.conversations.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
  });

  it.each(['quota', 'abort', 'version-change'] as const)(
    'a capture failing (%s) rejects and leaves no meeting behind',
    async (failure) => {
      const faulty = new LatitudeDb('faulty-meeting');
      const fault = injectWriteFault(faulty);
      fault.failNext({ table: 'entries', failure });
      await expect(
        captureInTodaysMeeting(faulty, env(MARCH_12), (conversationId) =>
          saveCapture(faulty, { kind: 'note', text: 'Kept?', tags: [], areas: [], conversationId }, env(MARCH_12)),
        ),
      ).rejects.toBeDefined();
      expect(fault.failures).toBe(1);
      expect(await faulty.conversations.count()).toBe(0);
      await faulty.delete();
    },
  );
});

describe('moving a meeting to a person', () => {
  async function meetingWithItem() {
    await note('Platform team: freeze starts Friday');
    await captureInTodaysMeeting(db, env(MARCH_12), (conversationId) =>
      saveActionItem(db, { text: 'Send the freeze dates', owner: 'me', conversationId }, env(MARCH_12)),
    );
    return (await todaysMeeting(db, '2025-03-12'))!;
  }

  it('puts its entries and action items into today’s 1:1 with them, naming them, in one transaction', async () => {
    const meeting = await meetingWithItem();
    // Captured after the view read the meeting: it moves too.
    await note('One more', LATER);
    const existing = await openTodaysOneOnOne(db, ANA.id, env(MARCH_12));

    const moved = await moveMeetingTo(db, meeting, ANA.id, env(LATER));
    expect(moved).toMatchObject({ ok: true, conversation: { id: existing.id, personId: ANA.id } });
    expect(await todaysMeeting(db, '2025-03-12')).toBeUndefined();
    expect((await db.conversations.get(meeting.id))?.deletedAt).toBeDefined();
    const entries = await listConversationEntries(db, existing);
    expect(entries.map((e) => [e.text, e.person])).toEqual([
      ['One more', 'Ana'],
      ['Platform team: freeze starts Friday', 'Ana'],
    ]);
    expect(await listConversationActionItems(db, existing.id)).toEqual([
      expect.objectContaining({ text: 'Send the freeze dates', personId: ANA.id, conversationId: existing.id }),
    ]);
    expect((await listOneOnOnes(db, ANA.id)).map((c) => c.id)).toEqual([existing.id]);
  });

  it('makes today’s 1:1 when there is none yet', async () => {
    const meeting = await meetingWithItem();
    const moved = await moveMeetingTo(db, meeting, ANA.id, env(LATER));
    if (!moved.ok) throw new Error(moved.message);
    expect(moved.conversation).toMatchObject({ personId: ANA.id, date: '2025-03-12' });
    expect((await listConversationEntries(db, moved.conversation)).map((e) => e.person)).toEqual(['Ana']);
  });

  it('refuses a meeting moved or deleted in another view since it was shown, writing nothing', async () => {
    const meeting = await meetingWithItem();
    const bo = { ...ANA, id: crypto.randomUUID(), name: 'Bo' };
    await db.people.put(bo);
    expect((await moveMeetingTo(db, meeting, bo.id, env(LATER))).ok).toBe(true);
    const error = await moveMeetingTo(db, meeting, ANA.id, env(LATER)).catch((e: unknown) => e);
    expect(isStaleWrite(error)).toBe(true);
    expect(await listOneOnOnes(db, ANA.id)).toEqual([]);
    expect((await db.entries.toArray()).map((e) => e.person)).toEqual(['Bo']);
  });

  it('refuses a person deleted meanwhile, saying so, and writes nothing', async () => {
    const meeting = await meetingWithItem();
    await db.people.put({ ...ANA, deletedAt: LATER.toISOString(), updatedAt: LATER.toISOString() });
    expect(await moveMeetingTo(db, meeting, ANA.id, env(LATER))).toEqual({
      ok: false,
      message: 'This person was deleted in another view. Choose someone else.',
    });
    expect((await todaysMeeting(db, '2025-03-12'))?.id).toBe(meeting.id);
  });

  it.each(['quota', 'abort', 'version-change'] as const)('a write failing (%s) moves nothing', async (failure) => {
    const faulty = new LatitudeDb('faulty-move');
    const fault = injectWriteFault(faulty);
    await faulty.people.put(ANA);
    await captureInTodaysMeeting(faulty, env(MARCH_12), (conversationId) =>
      saveCapture(faulty, { kind: 'note', text: 'Stays put', tags: [], areas: [], conversationId }, env(MARCH_12)),
    );
    const meeting = (await todaysMeeting(faulty, '2025-03-12'))!;
    fault.failNext({ table: 'entries', failure });
    await expect(moveMeetingTo(faulty, meeting, ANA.id, env(LATER))).rejects.toBeDefined();
    expect((await todaysMeeting(faulty, '2025-03-12'))?.id).toBe(meeting.id);
    expect((await faulty.entries.toArray()).map((e) => [e.person, e.conversationId])).toEqual([
      [undefined, meeting.id],
    ]);
    expect(await listOneOnOnes(faulty, ANA.id)).toEqual([]);
    await faulty.delete();
  });
});
