import { createLastPersonStore } from '../../../src/browser/last-person-store';
import { LatitudeDb } from '../../../src/db/database';
import { listOneOnOnes, todaysMeeting } from '../../../src/db/conversations/one-on-ones';
import { createSidePanelState, type SidePanelState } from '../../../src/ui/sidepanel/side-panel-state';
import { createTestClock } from '../../fixtures/clock';
import { FAILURES, injectWriteFault } from '../../fixtures/faults';
import { ANA, BO, FIRST_TALK, OPEN_FROM_FIRST, OPEN_FROM_SECOND, SECOND_TALK } from '../../fixtures/one-on-ones';
import { testView } from '../../fixtures/view-drafts';

let db: LatitudeDb;
let copied: string[];
const opened: SidePanelState[] = [];
beforeEach(async () => {
  copied = [];
  db = new LatitudeDb();
  await db.people.bulkPut([ANA, BO]);
  await db.conversations.bulkPut([FIRST_TALK, SECOND_TALK]);
  await db.actionItems.bulkPut([OPEN_FROM_FIRST, OPEN_FROM_SECOND]);
});
afterEach(() => {
  for (const state of opened.splice(0)) state.dispose();
  db.close();
});

function panel(view = testView('sidepanel')) {
  const state = createSidePanelState({
    db,
    views: view.views,
    lastPerson: createLastPersonStore(),
    clock: { ...createTestClock(), newId: () => crypto.randomUUID() },
    exporter: {
      copy: async (text) => {
        copied.push(text);
      },
      download: () => {},
    },
  });
  opened.push(state);
  return { state, view };
}

/** Waits for the panel's live read of the people. */
async function peopleRead(state: SidePanelState) {
  await vi.waitFor(() => expect(state.people.value.status).toBe('ready'));
}

/** A panel with Ana chosen and today's 1:1 with her open. */
async function withAna(view = testView('sidepanel')) {
  const made = panel(view);
  await peopleRead(made.state);
  made.state.choose(ANA.id);
  await vi.waitFor(() => expect(made.state.todays.value).toBeDefined());
  const today = made.state.todays.value!;
  return { ...made, today, todayId: today.id };
}

const storedOwn = async (id: string) => (await db.conversations.get(id))?.agenda.own?.map((point) => point.text);

describe('side panel state: the person and today’s 1:1', () => {
  it('opens today’s 1:1 when a person is chosen, remembers them, and not again when the list is read again', async () => {
    const { state, todayId } = await withAna();
    expect(state.person.value?.name).toBe('Ana');
    expect(createLastPersonStore().load()).toBe(ANA.id);
    // Renamed in another view: the panel follows, and keeps today's 1:1.
    await db.people.update(ANA.id, { name: 'Ana Lima' });
    await vi.waitFor(() => expect(state.person.value?.name).toBe('Ana Lima'));
    expect(state.todays.value?.id).toBe(todayId);
    expect((await listOneOnOnes(db, ANA.id)).length).toBe(3);
  });

  it('keeps the new person’s name as a draft until they are stored, then chooses them', async () => {
    const first = panel();
    first.state.typePerson({ name: 'Chen', relationship: 'report' });
    first.view.close();

    const second = panel();
    expect(second.state.newPerson.value).toEqual({ name: 'Chen', relationship: 'report' });
    expect(await second.state.addPerson()).toBe(true);
    expect(second.state.newPerson.value.name).toBe('');
    expect(second.state.person.value).toMatchObject({ name: 'Chen', relationship: 'report' });
    second.view.close();
    expect(panel().state.newPerson.value.name).toBe('');
  });

  it('refuses a name over 100 characters, naming the field and the limit, and keeps it', async () => {
    const { state } = panel();
    state.typePerson({ name: 'N'.repeat(101) });
    expect(await state.addPerson()).toBe(false);
    expect(state.personErrors.value).toEqual([{ field: 'name', message: 'A name has at most 100 characters.' }]);
    expect(state.newPerson.value.name).toBe('N'.repeat(101));
    expect(await db.people.count()).toBe(2);
  });
});

describe('side panel state: agenda items', () => {
  it('keeps what is typed per person as this view’s draft, found again after a reload and at the next 1:1', async () => {
    const { state, view, today } = await withAna();
    state.typeAgenda(today, 'Ask about the reorg');
    state.typeAgenda({ id: crypto.randomUUID(), personId: BO.id }, 'For Bo');
    view.close();

    const reloaded = panel(testView('sidepanel', view.session)).state;
    expect(reloaded.agendaTexts.value).toEqual({ [ANA.id]: 'Ask about the reorg', [BO.id]: 'For Bo' });
    // An earlier (or a later) 1:1 with Ana shows the same item being typed.
    expect(reloaded.agendaText(FIRST_TALK)).toBe('Ask about the reorg');
  });

  it('clears the text only once the item is stored, and only that view’s draft', async () => {
    const other = testView('sidepanel');
    const otherState = panel(other).state;
    const { state, today, todayId } = await withAna();
    otherState.typeAgenda(today, 'Typed in the other window');
    state.typeAgenda(today, 'Ask about the reorg');

    const adding = state.addAgendaItem(today);
    expect(state.agendaText(today)).toBe('Ask about the reorg');
    expect(await adding).toBe(true);
    expect(state.agendaText(today)).toBe('');
    expect(await storedOwn(todayId)).toEqual(['Ask about the reorg']);
    expect(otherState.agendaText(today)).toBe('Typed in the other window');
  });

  it('keeps what was typed while the item was being stored', async () => {
    const { state, today } = await withAna();
    state.typeAgenda(today, 'First point');
    const adding = state.addAgendaItem(today);
    state.typeAgenda(today, 'Second point, typed meanwhile');
    await adding;
    expect(state.agendaText(today)).toBe('Second point, typed meanwhile');
  });

  it('refuses blank and over-long items before writing, with a message naming the field and the limit', async () => {
    const { state, today, todayId } = await withAna();
    expect(await state.addAgendaItem(today)).toBe(false);
    expect(state.agendaProblem.value).toEqual({
      conversationId: todayId,
      place: 'add',
      message: 'Write the agenda item first.',
    });
    state.typeAgenda(today, 'x'.repeat(10_001));
    expect(state.agendaProblem.value).toBeUndefined();
    expect(await state.addAgendaItem(today)).toBe(false);
    expect(state.agendaProblem.value?.message).toBe(
      'The agenda item has 10,001 characters; keep it to 10,000 at most.',
    );
    expect(state.agendaText(today)).toBe('x'.repeat(10_001));
    expect(await storedOwn(todayId)).toBeUndefined();
  });

  it('merges with another panel’s edits: points added and ticked in two windows all stay', async () => {
    const first = await withAna();
    const second = await withAna();
    expect(second.todayId).toBe(first.todayId);
    first.state.typeAgenda(first.today, 'Team health');
    await first.state.addAgendaItem(first.today);
    // The second panel has not seen the first's point yet; its own add keeps it.
    second.state.typeAgenda(second.today, 'Conference budget');
    await second.state.addAgendaItem(second.today);
    const [health] = (await db.conversations.get(first.todayId))!.agenda.own!;
    await second.state.editAgenda(second.today, { type: 'own-done', id: health!.id, done: true });
    await first.state.editAgenda(first.today, { type: 'own-done', id: health!.id, done: true });
    expect((await db.conversations.get(first.todayId))?.agenda.own).toEqual([
      { id: health!.id, text: 'Team health', done: true },
      { id: expect.any(String), text: 'Conference budget' },
    ]);
  });

  it('offers Save mine anyway and Discard mine when the 1:1 was deleted in another view', async () => {
    const { state, today, todayId } = await withAna();
    const stored = (await db.conversations.get(todayId))!;
    await db.conversations.put({ ...stored, deletedAt: '2025-03-12T15:00:00.000Z' });
    state.typeAgenda(today, 'Still want to raise this');

    expect(await state.addAgendaItem(today)).toBe(false);
    expect(state.agendaConflict.value).toMatchObject({
      conversationId: todayId,
      message: 'This was deleted in another view.',
    });
    expect(state.agendaText(today)).toBe('Still want to raise this');

    expect(await state.saveAgendaAnyway()).toBe(true);
    expect(state.agendaConflict.value).toBeUndefined();
    expect((await db.conversations.get(todayId))?.deletedAt).toBeUndefined();
    expect(await storedOwn(todayId)).toEqual(['Still want to raise this']);

    await db.conversations.put({ ...(await db.conversations.get(todayId))!, deletedAt: '2025-03-12T15:05:00.000Z' });
    state.typeAgenda(today, 'Never mind this one');
    await state.addAgendaItem(today);
    state.discardAgenda();
    expect(state.agendaConflict.value).toBeUndefined();
    expect(state.agendaText(today)).toBe('');
    expect((await db.conversations.get(todayId))?.deletedAt).toBeDefined();
  });
});

describe('side panel state: action items', () => {
  it('ticks an item on what is stored, and says so beside it when it was deleted elsewhere', async () => {
    const { state } = await withAna();
    expect(await state.toggleItem(OPEN_FROM_FIRST.id, true)).toBe(true);
    expect((await db.actionItems.get(OPEN_FROM_FIRST.id))?.doneAt).toBeDefined();

    await db.actionItems.put({
      ...(await db.actionItems.get(OPEN_FROM_FIRST.id))!,
      deletedAt: '2025-03-12T15:00:00.000Z',
    });
    expect(await state.toggleItem(OPEN_FROM_FIRST.id, false)).toBe(false);
    expect(state.itemErrors.value.get(OPEN_FROM_FIRST.id)).toBe('This action item was deleted in another view.');
  });
});

describe('side panel state: capture with no person picked', () => {
  it('saves a note and an action item into today’s meeting, then moves it to the person picked', async () => {
    const { state } = panel();
    await peopleRead(state);
    state.capture.update({ text: 'Team sync: freeze on Friday' });
    expect(await state.capture.submit()).toBe(true);
    state.capture.update({ kind: 'action-item', text: 'Send the freeze dates' });
    expect(await state.capture.submit()).toBe(true);
    const meeting = (await todaysMeeting(db, '2025-03-12'))!;
    expect(meeting.personId).toBeUndefined();
    expect((await db.entries.toArray()).map((e) => [e.text, e.person, e.conversationId])).toEqual([
      ['Team sync: freeze on Friday', undefined, meeting.id],
    ]);

    state.capture.update({ kind: 'note', text: 'Typed before picking' });
    state.choose(ANA.id);
    await vi.waitFor(() => expect(state.todays.value).toBeDefined());
    expect(state.capture.draft.value.text).toBe('Typed before picking');
    expect(await state.moveMeeting(meeting)).toBe(true);
    expect(state.moveFailure.value).toBeUndefined();
    const todayId = state.todays.value!.id;
    expect((await db.entries.toArray()).map((e) => [e.person, e.conversationId])).toEqual([['Ana', todayId]]);
    expect((await db.actionItems.where('conversationId').equals(todayId).toArray()).map((i) => i.personId)).toEqual([
      ANA.id,
    ]);
    expect(await todaysMeeting(db, '2025-03-12')).toBeUndefined();

    // Moving it again (another view's stale copy) is refused, saying so.
    expect(await state.moveMeeting(meeting)).toBe(false);
    expect(state.moveFailure.value).toMatch(/moved or deleted in another view/);
  });

  it('a save made while the people are still being read goes to the person remembered, not the meeting', async () => {
    createLastPersonStore().save(ANA.id);
    const { state } = panel();
    state.capture.update({ text: 'Said before the list was read' });
    const saving = state.capture.submit();
    expect(state.people.value.status).toBe('loading');
    expect(await saving).toBe(true);
    expect(await todaysMeeting(db, '2025-03-12')).toBeUndefined();
    expect((await db.entries.toArray()).map((e) => e.person)).toEqual(['Ana']);
  });
});

describe('side panel state: the live reads', () => {
  const ready = <T>(result: { value: { status: string; value?: T } }) =>
    result.value.status === 'ready' ? (result.value as { value: T }).value : undefined;

  it('captures each kind into today’s 1:1 and lists it at once, with the agenda carried forward', async () => {
    const { state, todayId } = await withAna();
    await vi.waitFor(() => expect(state.carried.value.map((item) => item.text)).toHaveLength(2));
    expect(state.carried.value.map((item) => item.text).sort()).toEqual([
      'Share the promotion criteria',
      'Write the on-call RFC',
    ]);
    for (const kind of ['note', 'feedback', 'win', 'talent'] as const) {
      state.capture.update({ kind, text: `A ${kind} from the 1:1` });
      expect(await state.capture.submit()).toBe(true);
    }
    state.capture.update({ kind: 'action-item', text: 'Send the notes', owner: 'them', dueOn: '2025-03-13' });
    expect(await state.capture.submit()).toBe(true);

    await vi.waitFor(() => expect(ready<unknown[]>(state.shownEntries)).toHaveLength(4));
    expect(ready<{ kind: string; person?: string; conversationId?: string }[]>(state.shownEntries)).toEqual(
      ['talent', 'win', 'feedback', 'note'].map((kind) =>
        expect.objectContaining({ kind, text: `A ${kind} from the 1:1`, conversationId: todayId }),
      ),
    );
    await vi.waitFor(() => expect(state.shownItems.value.map((item) => item.text)).toEqual(['Send the notes']));
    expect(state.shownItems.value[0]).toMatchObject({ owner: 'them', dueOn: '2025-03-13', personId: ANA.id });
    // Due tomorrow: among the reminders at the top, named by its person.
    await vi.waitFor(() => expect(state.dueSoon.value.map((item) => item.text)).toContain('Send the notes'));
    expect(state.names.value.get(ANA.id)).toBe('Ana');
    await vi.waitFor(() => expect(ready<unknown[]>(state.recent)).toHaveLength(4));
  });

  it('ticks an action item done and undone, and the agenda follows', async () => {
    const { state } = await withAna();
    await vi.waitFor(() => expect(state.carried.value).toHaveLength(2));
    expect(await state.toggleItem(OPEN_FROM_FIRST.id, true)).toBe(true);
    await vi.waitFor(() => expect(state.carried.value.map((item) => item.id)).toEqual([OPEN_FROM_SECOND.id]));
    expect(await state.toggleItem(OPEN_FROM_FIRST.id, false)).toBe(true);
    await vi.waitFor(() => expect(state.carried.value).toHaveLength(2));
    expect((await db.actionItems.get(OPEN_FROM_FIRST.id))?.doneAt).toBeUndefined();
  });

  it('shows an earlier 1:1 and copies its summary, then today’s again', async () => {
    const { state, todayId } = await withAna();
    await vi.waitFor(() =>
      expect(state.earlier.value.map((c) => c.id).sort()).toEqual([FIRST_TALK.id, SECOND_TALK.id]),
    );
    state.show(FIRST_TALK.id);
    expect(state.shown.value?.id).toBe(FIRST_TALK.id);
    await vi.waitFor(() => expect(state.shownItems.value.map((item) => item.text)).toEqual(['Write the on-call RFC']));
    expect(await state.copySummary()).toBe(true);
    expect(state.copyStatus.value).toBe('Summary copied');
    expect(copied[0]).toContain('Write the on-call RFC');
    expect(copied[0]).toContain('2025-03-03');
    state.show(undefined);
    expect(state.shown.value?.id).toBe(todayId);
    expect(state.copyStatus.value).toBe('');
  });

  it('reads the wins for "About a win" only while feedback is captured', async () => {
    const { state } = panel();
    expect(state.winChoices.value.status).toBe('loading');
    state.capture.update({ kind: 'feedback' });
    await vi.waitFor(() => expect(state.winChoices.value).toEqual({ status: 'ready', value: [] }));
    state.capture.update({ kind: 'note' });
    expect(state.winChoices.value.status).toBe('loading');
  });

  it('stops following the database once disposed', async () => {
    const { state } = panel();
    await peopleRead(state);
    state.dispose();
    await db.people.update(ANA.id, { name: 'Ana Lima' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.people.value).toEqual({ status: 'ready', value: [ANA, BO] });
  });
});

describe.each(FAILURES)('side panel state: a write that fails once (%s)', (failure, message) => {
  it('says why beside the action item, the agenda, the meeting move and the person, and keeps what was typed', async () => {
    // A fault is installed before a connection's first query: the panel gets a connection of its own.
    db.close();
    db = new LatitudeDb();
    const fault = injectWriteFault(db);
    const { state, today, todayId } = await withAna();

    fault.failNext({ table: 'actionItems', failure });
    expect(await state.toggleItem(OPEN_FROM_FIRST.id, true)).toBe(false);
    expect(state.itemErrors.value.get(OPEN_FROM_FIRST.id)).toMatch(message);

    state.typeAgenda(today, 'Ask about the reorg');
    fault.failNext({ table: 'conversations', failure });
    expect(await state.addAgendaItem(today)).toBe(false);
    expect(state.agendaProblem.value).toMatchObject({ conversationId: todayId, place: 'add' });
    expect(state.agendaProblem.value?.message).toMatch(message);
    expect(state.agendaText(today)).toBe('Ask about the reorg');

    state.typePerson({ name: 'Chen' });
    fault.failNext({ table: 'people', failure });
    expect(await state.addPerson()).toBe(false);
    expect(state.personErrors.value[0]?.message).toMatch(message);
    expect(state.newPerson.value.name).toBe('Chen');

    // A note captured with nobody picked, then the move of that meeting to Ana, refused once.
    state.choose(undefined);
    state.capture.update({ text: 'Team sync' });
    expect(await state.capture.submit()).toBe(true);
    state.choose(ANA.id);
    await vi.waitFor(() => expect(state.meeting.value.status === 'ready' && state.meeting.value.value).toBeTruthy());
    const meeting = (await todaysMeeting(db, '2025-03-12'))!;
    fault.failNext({ failure });
    expect(await state.moveMeeting(meeting)).toBe(false);
    expect(state.moveFailure.value).toMatch(message);
    expect(await todaysMeeting(db, '2025-03-12')).toBeDefined();
    expect(await state.moveMeeting(meeting)).toBe(true);
    expect(state.moveFailure.value).toBeUndefined();
  });
});
