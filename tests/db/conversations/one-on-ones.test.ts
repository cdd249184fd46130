import { LatitudeDb } from '../../../src/db/database';
import { saveCapture } from '../../../src/db/entries/capture';
import { addPerson, deletePerson, listPeople } from '../../../src/db/people';
import { listConversationEntries, listOneOnOnes, openTodaysOneOnOne } from '../../../src/db/conversations/one-on-ones';
import { listPersonActionItems, saveActionItem, setActionItemDone } from '../../../src/db/conversations/action-items';
import { loadPinnedPoints } from '../../../src/db/conversations/pinned-points';
import { loadPrepSource } from '../../../src/db/prep-source';
import { buildPrep } from '../../../src/domain/prep/build-prep';
import { periodOfLastMonths } from '../../../src/domain/prep/period';
import { editConversationAgenda, savePrepAgenda } from '../../../src/db/conversations/agenda';
import { isStaleWrite } from '../../../src/db/revisions';
import type { RecordEnv } from '../../../src/domain/record';
import { makeFeedback, makeWin } from '../../fixtures/entries';
import {
  ANA,
  BO,
  BOS_ITEM,
  DONE_IN_FIRST,
  FIRST_TALK,
  OPEN_FROM_FIRST,
  OPEN_FROM_SECOND,
  SECOND_TALK,
} from '../../fixtures/one-on-ones';

const env = (now: Date): RecordEnv => ({ now, newId: () => crypto.randomUUID() });
const MARCH_12 = new Date(2025, 2, 12, 14, 30);

let db: LatitudeDb;
beforeEach(async () => {
  db = new LatitudeDb();
  await db.people.bulkPut([ANA, BO]);
  await db.conversations.bulkPut([FIRST_TALK, SECOND_TALK]);
  await db.actionItems.bulkPut([OPEN_FROM_FIRST, DONE_IN_FIRST, OPEN_FROM_SECOND, BOS_ITEM]);
});
afterEach(() => db.close());

describe('one-on-one repositories', () => {
  it("creates today's 1:1 once and resumes it after; history is newest first", async () => {
    const created = await openTodaysOneOnOne(db, ANA.id, env(MARCH_12));
    expect(created).toMatchObject({ kind: 'one-on-one', personId: ANA.id, date: '2025-03-12' });
    const resumed = await openTodaysOneOnOne(db, ANA.id, env(new Date(2025, 2, 12, 17, 0)));
    expect(resumed.id).toBe(created.id);
    expect((await listOneOnOnes(db, ANA.id)).map((c) => c.date)).toEqual(['2025-03-12', '2025-03-10', '2025-03-03']);
    expect(await listOneOnOnes(db, BO.id)).toEqual([]);
  });

  it('keeps a prep of the same person out of the 1:1 history', async () => {
    await savePrepAgenda(db, { kind: 'promotion', personId: ANA.id }, { pinned: [], hidden: [] }, env(MARCH_12));
    expect((await listOneOnOnes(db, ANA.id)).map((c) => c.id)).toEqual([SECOND_TALK.id, FIRST_TALK.id]);
  });

  it('adds people, refusing a blank name', async () => {
    expect(await addPerson(db, { name: '  ', relationship: 'peer' }, env(MARCH_12))).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'A name cannot be empty.' }],
    });
    const added = await addPerson(db, { name: ' Chen ', relationship: 'report' }, env(MARCH_12));
    expect(added).toMatchObject({ ok: true, value: { name: 'Chen', relationship: 'report' } });
    expect((await listPeople(db)).map((p) => p.name)).toEqual(['Ana', 'Bo', 'Chen']);
  });

  it('lists the entries captured during a conversation, newest first', async () => {
    const today = await openTodaysOneOnOne(db, ANA.id, env(MARCH_12));
    await saveCapture(db, { kind: 'note', text: 'first', conversationId: today.id }, env(MARCH_12));
    await saveCapture(
      db,
      { kind: 'note', text: 'second', conversationId: today.id },
      env(new Date(2025, 2, 12, 14, 31)),
    );
    await saveCapture(db, { kind: 'win', text: 'not in the 1:1' }, env(MARCH_12));
    expect((await listConversationEntries(db, today)).map((e) => e.text)).toEqual(['second', 'first']);
  });

  it('stores action items validated, and ticks them done and open again', async () => {
    const refused = await saveActionItem(db, { text: ' ', owner: 'me', dueOn: 'soon' }, env(MARCH_12));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors.map((e) => e.field).sort()).toEqual(['dueOn', 'text']);
    const saved = await saveActionItem(
      db,
      { text: 'Send notes', owner: 'them', personId: ANA.id, dueOn: '2025-03-13' },
      env(MARCH_12),
    );
    expect(saved).toMatchObject({ ok: true, value: { text: 'Send notes', owner: 'them', dueOn: '2025-03-13' } });
    await setActionItemDone(db, OPEN_FROM_FIRST.id, true, env(MARCH_12));
    expect((await db.actionItems.get(OPEN_FROM_FIRST.id))?.doneAt).toBe(MARCH_12.toISOString());
    await setActionItemDone(db, OPEN_FROM_FIRST.id, false, env(MARCH_12));
    expect(await db.actionItems.get(OPEN_FROM_FIRST.id)).not.toHaveProperty('doneAt');
    expect((await listPersonActionItems(db, ANA.id)).length).toBe(4);
  });

  it('refuses an agenda with a blank own point', async () => {
    const add = (text: string) =>
      editConversationAgenda(db, FIRST_TALK.id, { type: 'add-own', point: { id: 'a', text } }, env(MARCH_12));
    expect(await add(' ')).toEqual({
      ok: false,
      message: 'A point of your own must have text, at most 10,000 characters.',
    });
    expect((await db.conversations.get(FIRST_TALK.id))?.agenda.own).toBeUndefined();
    expect(await add('ok')).toMatchObject({ ok: true, conversation: { agenda: { own: [{ id: 'a', text: 'ok' }] } } });
  });

  it('ticks an item on what is stored: ticked in two views, it keeps the first time; deleted, it is refused', async () => {
    const first = await setActionItemDone(db, OPEN_FROM_FIRST.id, true, env(MARCH_12));
    const again = await setActionItemDone(db, OPEN_FROM_FIRST.id, true, env(new Date(2025, 2, 12, 15, 0)));
    expect(again.doneAt).toBe(first.doneAt);
    expect((await db.actionItems.get(OPEN_FROM_FIRST.id))?.rev).toBe(first.rev);

    await db.actionItems.put({ ...OPEN_FROM_SECOND, deletedAt: MARCH_12.toISOString() });
    const refused = await setActionItemDone(db, OPEN_FROM_SECOND.id, true, env(MARCH_12)).catch(
      (error: unknown) => error,
    );
    expect(isStaleWrite(refused) && refused.message).toBe('This was deleted in another view.');
    expect((await db.actionItems.get(OPEN_FROM_SECOND.id))?.doneAt).toBeUndefined();
  });

  it('deletes a person keeping their entries, 1:1s and items without them', async () => {
    const feedback = makeFeedback({ person: 'Ana' });
    const other = makeFeedback({ person: 'Bo' });
    await db.entries.bulkPut([feedback, other]);
    await deletePerson(db, ANA.id, true, env(MARCH_12));
    expect((await listPeople(db)).map((p) => p.name)).toEqual(['Bo']);
    expect(await db.entries.get(feedback.id)).not.toHaveProperty('person');
    expect((await db.entries.get(other.id))?.person).toBe('Bo');
    expect((await db.conversations.get(FIRST_TALK.id))?.personId).toBeUndefined();
    expect((await db.actionItems.get(OPEN_FROM_FIRST.id))?.personId).toBeUndefined();
    expect((await db.actionItems.get(OPEN_FROM_FIRST.id))?.deletedAt).toBeUndefined();
  });

  it('deletes a person with their entries, 1:1s and items (as tombstones)', async () => {
    const feedback = makeFeedback({ person: 'Ana' });
    const inTalk = makeWin({ conversationId: FIRST_TALK.id });
    const unrelated = makeWin();
    await db.entries.bulkPut([feedback, inTalk, unrelated]);
    await deletePerson(db, ANA.id, false, env(MARCH_12));
    expect((await db.entries.get(feedback.id))?.deletedAt).toBeDefined();
    expect((await db.entries.get(inTalk.id))?.deletedAt).toBeDefined();
    expect((await db.entries.get(unrelated.id))?.deletedAt).toBeUndefined();
    expect((await db.conversations.get(SECOND_TALK.id))?.deletedAt).toBeDefined();
    expect((await db.actionItems.get(OPEN_FROM_SECOND.id))?.deletedAt).toBeDefined();
    expect((await db.actionItems.get(BOS_ITEM.id))?.deletedAt).toBeUndefined();
  });

  it('finds the points pinned on the prep page for a person, with their wording', async () => {
    expect(await loadPinnedPoints(db, ANA.id, MARCH_12)).toBeUndefined();
    await savePrepAgenda(
      db,
      { kind: 'promotion', personId: ANA.id },
      { pinned: ['gone:key'], hidden: [] },
      env(MARCH_12),
    );
    expect(await loadPinnedPoints(db, ANA.id, MARCH_12)).toEqual({ kind: 'promotion', label: 'Promotion', points: [] });
  });
});

describe('pinned points', () => {
  it("shows a pinned point in the user's wording", async () => {
    await db.entries.put(makeWin({ text: 'Cut build time', impact: 'Builds 40% faster', occurredOn: '2025-03-01' }));
    const period = periodOfLastMonths(12, MARCH_12);
    const prep = buildPrep(await loadPrepSource(db, period), { kind: 'review', period, personId: ANA.id }, MARCH_12);
    const key = prep.sections.flatMap((s) => s.points).find((p) => p.type === 'evidence')!.key;
    await savePrepAgenda(
      db,
      { kind: 'review', personId: ANA.id },
      { pinned: [key], hidden: [], reworded: { [key]: 'Faster builds' } },
      env(MARCH_12),
    );
    expect(await loadPinnedPoints(db, ANA.id, MARCH_12)).toEqual({
      kind: 'review',
      label: 'Review',
      points: [{ key, text: 'Faster builds' }],
    });
  });

  it('builds pinned lateral points for the area the prep page went to, not the first area', async () => {
    await db.entries.bulkPut([
      makeWin({
        text: 'Gave the meetup talk on retries',
        impact: 'Two teams adopted the pattern',
        occurredOn: '2025-02-10',
        areas: ['teaching'],
      }),
      makeWin({
        text: 'Fixed the flaky deploy',
        impact: 'Deploys green again',
        occurredOn: '2025-02-12',
        areas: ['coding'],
      }),
    ]);
    const period = periodOfLastMonths(12, MARCH_12);
    const prep = buildPrep(
      await loadPrepSource(db, period),
      { kind: 'lateral', targetArea: 'teaching', period, personId: ANA.id },
      MARCH_12,
    );
    const key = prep.sections.find((s) => s.id === 'transferable')!.points[0]!.key;
    await savePrepAgenda(
      db,
      { kind: 'lateral', personId: ANA.id },
      { pinned: [key], hidden: [], targetArea: 'teaching' },
      env(MARCH_12),
    );
    const pinned = await loadPinnedPoints(db, ANA.id, MARCH_12);
    expect(pinned?.points).toEqual([
      { key, text: 'I gave the meetup talk on retries; the result: two teams adopted the pattern.' },
    ]);
  });
});
