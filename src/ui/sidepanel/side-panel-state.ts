import { batch, computed, signal } from '@preact/signals';
import * as z from 'zod/mini';
import type { LastPersonStore } from '../../browser/last-person-store';
import type { TextExporter } from '../../browser/text-export';
import type { ViewDrafts } from '../../browser/view-drafts';
import { editConversationAgenda } from '../../db/conversations/agenda';
import {
  listConversationActionItems,
  listOpenActionItems,
  listPersonActionItems,
  saveActionItem,
  setActionItemDone,
} from '../../db/conversations/action-items';
import {
  captureInTodaysMeeting,
  listConversationEntries,
  listOneOnOnes,
  moveMeetingTo,
  openTodaysOneOnOne,
  todaysMeeting,
} from '../../db/conversations/one-on-ones';
import { addPerson, deletePerson, listPeople } from '../../db/people';
import type { LatitudeDb } from '../../db/database';
import { listRecentEntries, saveCapture } from '../../db/entries/capture';
import { listWinsForLinking } from '../../db/entries/linked-wins';
import { isStaleWrite } from '../../db/revisions';
import type { AgendaEdit } from '../../domain/agenda-edit';
import { addMonths } from '../../domain/calendar';
import type { FieldError } from '../../domain/capture';
import type { Conversation } from '../../domain/conversation';
import { captureDraftSchema, type DraftKind, EMPTY_DRAFT } from '../../domain/draft';
import { RELATIONSHIPS } from '../../domain/entry';
import { carriedForwardItems, dueSoonItems, oneOnOneSummaryMarkdown } from '../../domain/one-on-one';
import type { Person } from '../../domain/person';
import { localDate } from '../../domain/record';
import { AGENDA_ITEM_RULE, textProblem } from '../../domain/text-limit';
import { createCaptureState } from '../capture/capture-state';
import type { AppClock } from '../kit/app-env';
import { createLiveReads } from '../kit/live-reads';
import { writeFailure } from '../kit/write-failure';

export type { PinnedPoints } from '../../db/conversations/pinned-points';

/** How many of the latest entries the panel lists. */
export const PANEL_COUNT = 20;
/** Note first: it is what a call produces most. Alt+Shift+1…Alt+Shift+5 follow this order. */
export const PANEL_KINDS: readonly DraftKind[] = ['note', 'feedback', 'win', 'talent', 'action-item'];
/** "About a win" offers the wins of the last year, newest first, at most this many. */
export const PANEL_LINKABLE_WINS = 50;
const PANEL_LINKABLE_MONTHS = 12;

/**
 * The agenda item being typed for each person (or, for a 1:1 with nobody, each conversation):
 * switching person keeps each, and one typed and left yesterday is there at today's 1:1.
 */
const agendaDraftSchema = z.record(z.string(), z.string());

/** Which agenda item draft a 1:1 shows: its person's. */
export function agendaSlot(conversation: Pick<Conversation, 'id' | 'personId'>): string {
  return conversation.personId ?? conversation.id;
}

type AgendaTarget = Pick<Conversation, 'id' | 'personId'>;
const newPersonDraftSchema = z.object({ name: z.string(), relationship: z.enum(RELATIONSHIPS) });
export type NewPersonDraft = z.infer<typeof newPersonDraftSchema>;
const EMPTY_PERSON: NewPersonDraft = { name: '', relationship: 'manager' };

/** Where an agenda message belongs: under the "Agenda item" field, or under the list of points. */
export type AgendaPlace = 'add' | 'list';

export interface AgendaProblem {
  conversationId: string;
  place: AgendaPlace;
  message: string;
}

/** A save refused because the 1:1 was deleted in another view; the typed text waits for a choice. */
export interface AgendaConflict {
  conversationId: string;
  /** The 1:1 it is about (its person decides which agenda item draft it holds). */
  conversation: AgendaTarget;
  place: AgendaPlace;
  message: string;
  edit: AgendaEdit;
}

export interface SidePanelStateDeps {
  db: LatitudeDb;
  /** The panel's drafts (`openPageDrafts('sidepanel')`): capture, agenda items, the new person. */
  views: ViewDrafts;
  lastPerson: LastPersonStore;
  clock: AppClock;
  /** Where "Copy summary as Markdown" puts the summary. */
  exporter: TextExporter;
}

const stillOpening = (name: string): FieldError[] => [
  { field: 'text', message: `Today’s 1:1 with ${name} could not be opened. Pick them again, then save.` },
];

/**
 * The side panel's state and every write it makes, outside the components: who the 1:1 is with
 * and today's conversation with them, capture into it, the agenda items typed and stored, action
 * items ticked, people added and deleted. Everything typed is a draft of this view until its write
 * commits; a failed write says why where it was typed and keeps the text. Created once per panel.
 */
export function createSidePanelState({ db, views, lastPerson, clock, exporter }: SidePanelStateDeps) {
  const env = () => ({ now: clock.now(), newId: clock.newId });
  const explain = (error: unknown) => writeFailure(error, db);
  const reads = createLiveReads();
  /** The panel's day: a new day's meeting and 1:1 start when the panel is opened again, not mid-call. */
  const today = localDate(clock.now());

  const personId = signal<string | undefined>(lastPerson.load());
  /** The chosen person as listed now (a rename shows at once), once the people are read. */
  const person = signal<Person | undefined>(undefined);
  const todays = signal<Conversation | undefined>(undefined);
  /** Today's 1:1 could not be opened or made; said under the person picker. */
  const openFailure = signal<string | undefined>(undefined);
  let listed: readonly Person[] | undefined;
  let opening = 0;
  /** Today's 1:1 being opened for the person just picked: a save made meanwhile waits for it. */
  let pending: Promise<void> = Promise.resolve();
  let listedNow: () => void = () => {};
  const peopleListed = new Promise<void>((resolve) => (listedNow = resolve));
  /** Which of the person's 1:1s is shown below the form: today's unless an earlier one is picked. */
  const shownId = signal<string | undefined>(undefined);
  /** What "Copy summary as Markdown" did, said beside it. */
  const copyStatus = signal('');

  function openToday(chosen: Person | undefined) {
    const ticket = ++opening;
    batch(() => {
      todays.value = undefined;
      openFailure.value = undefined;
      shownId.value = undefined;
      copyStatus.value = '';
    });
    if (!chosen) {
      pending = Promise.resolve();
      return;
    }
    pending = openTodaysOneOnOne(db, chosen.id, env()).then(
      (conversation) => {
        if (ticket === opening) todays.value = conversation;
      },
      (error: unknown) => {
        if (ticket === opening)
          openFailure.value = `Today’s 1:1 with ${chosen.name} could not be opened: ${explain(error)}`;
      },
    );
  }

  // A new day's conversation starts when the panel is opened again, not mid-call: today's 1:1 is
  // opened when the person changes, not when the list is read again.
  function sync() {
    const found = listed?.find((p) => p.id === personId.value);
    const before = person.value;
    person.value = found;
    if (found?.id !== before?.id) openToday(found);
  }

  function choose(id: string | undefined) {
    personId.value = id;
    lastPerson.save(id);
    sync();
  }

  // Capture lives as long as the panel: the person and conversation are read at save time, so
  // switching person never drops a half-typed note. With nobody picked, what is captured goes
  // into today's meeting (a conversation with no person), made on the first capture.
  type Target =
    | { kind: 'meeting' }
    | { kind: 'one-on-one'; person: Person; conversation: Conversation }
    | { kind: 'opening'; person: Person };
  const target = async (): Promise<Target> => {
    // A person chosen (or remembered) before the people are read is not known yet: wait for them.
    if (personId.value && !listed) await peopleListed;
    await pending;
    const chosen = person.value;
    if (!chosen) return { kind: 'meeting' };
    return todays.value
      ? { kind: 'one-on-one', person: chosen, conversation: todays.value }
      : { kind: 'opening', person: chosen };
  };
  const capture = createCaptureState({
    drafts: views.draft('capture', captureDraftSchema),
    emptyDraft: { ...EMPTY_DRAFT, kind: 'note' },
    explain,
    save: async (input) => {
      const to = await target();
      if (to.kind === 'opening') return { ok: false, errors: stillOpening(to.person.name) };
      if (to.kind === 'meeting') {
        return captureInTodaysMeeting(db, env(), (conversationId) =>
          saveCapture(db, { ...input, conversationId }, env()),
        );
      }
      return saveCapture(db, { ...input, person: to.person.name, conversationId: to.conversation.id }, env());
    },
    saveActionItem: async (draft) => {
      const to = await target();
      if (to.kind === 'opening') return { ok: false, errors: stillOpening(to.person.name) };
      const item = {
        text: draft.text,
        owner: draft.owner ?? 'me',
        ...(draft.dueOn ? { dueOn: draft.dueOn } : {}),
      } as const;
      if (to.kind === 'meeting') {
        return captureInTodaysMeeting(db, env(), (conversationId) =>
          saveActionItem(db, { ...item, conversationId }, env()),
        );
      }
      return saveActionItem(db, { ...item, personId: to.person.id, conversationId: to.conversation.id }, env());
    },
  });

  // Today's meeting given to the person picked: a failure is said beside the offer.
  const moveFailure = signal<string | undefined>(undefined);
  const moving = signal(false);

  // People: the new person's form, kept as a draft; a failed delete said plainly.
  const personDraft = views.draft('new-person', newPersonDraftSchema);
  const newPerson = signal<NewPersonDraft>(personDraft.load() ?? EMPTY_PERSON);
  const personErrors = signal<FieldError[]>([]);
  const personFailure = signal<string | undefined>(undefined);

  // Action items: a tick that could not be stored says so beside the item.
  const itemErrors = signal<ReadonlyMap<string, string>>(new Map());
  function setItemError(id: string, message: string | undefined) {
    const next = new Map(itemErrors.value);
    if (message) next.set(id, message);
    else next.delete(id);
    itemErrors.value = next;
  }

  // Agenda: what is typed for each 1:1, and the last problem or conflict of its writes.
  const agendaDraft = views.draft('agenda', agendaDraftSchema);
  const agendaTexts = signal<Readonly<Record<string, string>>>(agendaDraft.load() ?? {});
  const agendaProblem = signal<AgendaProblem | undefined>(undefined);
  const agendaConflict = signal<AgendaConflict | undefined>(undefined);
  /** An agenda item is being stored: a second Add (a double click) waits for it. */
  const agendaSaving = signal(false);

  function typeAgenda(conversation: AgendaTarget, text: string) {
    const slot = agendaSlot(conversation);
    const { [slot]: _before, ...others } = agendaTexts.value;
    const next = text ? { ...others, [slot]: text } : others;
    agendaTexts.value = next;
    if (Object.keys(next).length) agendaDraft.save(next);
    else agendaDraft.clear();
    const problem = agendaProblem.value;
    if (problem?.conversationId === conversation.id && problem.place === 'add') agendaProblem.value = undefined;
  }

  /** Stores one agenda edit; the outcome is told where `place` says. Resolves true once committed. */
  async function storeAgendaEdit(
    conversation: AgendaTarget,
    edit: AgendaEdit,
    place: AgendaPlace,
    force: boolean,
  ): Promise<boolean> {
    const conversationId = conversation.id;
    agendaProblem.value = undefined;
    try {
      const result = await editConversationAgenda(db, conversationId, edit, env(), { force });
      if (!result.ok) {
        agendaProblem.value = { conversationId, place, message: result.message };
        return false;
      }
      agendaConflict.value = undefined;
      return true;
    } catch (error) {
      if (isStaleWrite(error)) {
        agendaConflict.value = { conversationId, conversation, place, edit, message: error.message };
      } else {
        const kept = place === 'add' ? ' Your text is kept here.' : '';
        agendaProblem.value = { conversationId, place, message: `Not saved: ${explain(error)}${kept}` };
      }
      return false;
    }
  }

  async function addAgendaItem(conversation: AgendaTarget, force = false): Promise<boolean> {
    if (agendaSaving.value) return false;
    const conversationId = conversation.id;
    const slot = agendaSlot(conversation);
    const typed = agendaTexts.value[slot] ?? '';
    const problem = textProblem(typed, AGENDA_ITEM_RULE);
    if (problem) {
      agendaProblem.value = { conversationId, place: 'add', message: problem };
      return false;
    }
    const edit: AgendaEdit = { type: 'add-own', point: { id: clock.newId(), text: typed.trim() } };
    agendaSaving.value = true;
    const saved = await storeAgendaEdit(conversation, edit, 'add', force).finally(() => (agendaSaving.value = false));
    // Cleared only once stored, and only if nothing more was typed meanwhile.
    if (saved && (agendaTexts.value[slot] ?? '') === typed) typeAgenda(conversation, '');
    return saved;
  }

  // The live reads: each follows the database, whichever view or context writes it.
  const people = reads.read(
    () => [],
    () => listPeople(db),
  );
  // The people as read keep the chosen person current (a rename shows at once) and open today's
  // 1:1 with them once they are known.
  const stopPeople = people.subscribe((result) => {
    if (result.status !== 'ready') return;
    listed = result.value;
    sync();
    listedNow();
  });
  const names = computed(
    () => new Map((people.value.status === 'ready' ? people.value.value : []).map((p) => [p.id, p.name])),
  );
  const openItems = reads.read(
    () => [],
    () => listOpenActionItems(db),
  );
  /** Commitments due within three days or overdue, for the top of the panel. */
  const dueSoon = computed(() =>
    openItems.value.status === 'ready' ? dueSoonItems(openItems.value.value, today) : [],
  );
  const recent = reads.read(
    () => [],
    () => listRecentEntries(db, PANEL_COUNT),
  );

  // Today's meeting (captured with nobody picked), what it holds, and its action items.
  const meeting = reads.read(
    () => [today],
    ([day]) => todaysMeeting(db, day),
  );
  const meetingNow = computed(() => (meeting.value.status === 'ready' ? meeting.value.value : undefined));
  const meetingKey = () => {
    const m = meetingNow.value;
    return m ? ([m.id, m.date] as const) : undefined;
  };
  const meetingEntries = reads.read(meetingKey, ([id, date]) => listConversationEntries(db, { id, date }));
  const meetingItems = reads.read(meetingKey, ([id]) => listConversationActionItems(db, id));

  // The person's 1:1s and action items: today's agenda, what was captured, the earlier ones.
  const personKey = () => (person.value ? ([person.value.id] as const) : undefined);
  const history = reads.read(personKey, ([id]) => listOneOnOnes(db, id));
  const personItems = reads.read(personKey, ([id]) => listPersonActionItems(db, id));
  const allItems = computed(() => (personItems.value.status === 'ready' ? personItems.value.value : []));
  const conversations = computed(() => {
    if (history.value.status === 'ready') return history.value.value;
    return todays.value ? [todays.value] : [];
  });
  /** Today's 1:1 as stored now (its agenda changes in other views too). */
  const current = computed(() => {
    const opened = todays.value;
    return opened && (conversations.value.find((c) => c.id === opened.id) ?? opened);
  });
  const shown = computed(() => conversations.value.find((c) => c.id === shownId.value) ?? current.value);
  const shownEntries = reads.read(
    () => {
      const c = shown.value;
      return c ? ([c.id, c.date] as const) : undefined;
    },
    ([id, date]) => listConversationEntries(db, { id, date }),
  );
  const shownItems = computed(() => allItems.value.filter((item) => item.conversationId === shown.value?.id));
  const earlier = computed(() => conversations.value.filter((c) => c.id !== todays.value?.id));
  /** Open action items from earlier 1:1s, carried forward until ticked done. */
  const carried = computed(() => carriedForwardItems(allItems.value, todays.value?.id));

  // Pinned points need the prep engine and a prep built, so both load once a person is picked.
  const pinnedPoints = signal<typeof import('../../db/conversations/pinned-points') | undefined>(undefined);
  let pinnedLoading = false;
  const stopPinnedLoad = person.subscribe((chosen) => {
    if (!chosen || pinnedLoading) return;
    pinnedLoading = true;
    import('../../db/conversations/pinned-points').then(
      (loaded) => (pinnedPoints.value = loaded),
      () => undefined,
    );
  });
  const pinned = reads.read(
    () => (person.value && pinnedPoints.value ? ([person.value.id, pinnedPoints.value] as const) : undefined),
    ([id, loaded]) => loaded.loadPinnedPoints(db, id, clock.now()),
  );

  // The wins for "About a win" are read only while feedback is being captured, so not on every
  // keystroke of the draft.
  const capturingFeedback = computed(() => capture.draft.value.kind === 'feedback');
  const winsSince = addMonths(today, -PANEL_LINKABLE_MONTHS);
  const winChoices = reads.read(
    () => (capturingFeedback.value ? [winsSince] : undefined),
    ([since]) => listWinsForLinking(db, PANEL_LINKABLE_WINS, { since }),
  );

  return {
    personId,
    person,
    todays,
    openFailure,
    capture,
    newPerson,
    personErrors,
    personFailure,
    itemErrors,
    moveFailure,
    moving,
    agendaSaving,
    agendaProblem,
    agendaConflict,
    today,
    people,
    names,
    dueSoon,
    recent,
    meeting,
    meetingEntries,
    meetingItems,
    current,
    shown,
    shownEntries,
    shownItems,
    earlier,
    carried,
    pinned,
    winChoices,
    copyStatus,

    choose,
    /** Shows one of the person's 1:1s below the form; `undefined`: today's. */
    show(conversationId: string | undefined) {
      shownId.value = conversationId;
      copyStatus.value = '';
    },

    /** Copies the summary of the 1:1 shown, saying where the user is looking whether it worked. */
    async copySummary(): Promise<boolean> {
      const chosen = person.value;
      const conversation = shown.value;
      if (!chosen || !conversation) return false;
      const markdown = oneOnOneSummaryMarkdown({
        personName: chosen.name,
        date: conversation.date,
        entries: shownEntries.value.status === 'ready' ? shownEntries.value.value : [],
        actionItems: shownItems.value,
        agenda: conversation.agenda,
      });
      try {
        await exporter.copy(markdown);
        copyStatus.value = 'Summary copied';
        return true;
      } catch {
        copyStatus.value = 'The clipboard refused; select the text below and copy it.';
        return false;
      }
    },

    typePerson(patch: Partial<NewPersonDraft>) {
      newPerson.value = { ...newPerson.value, ...patch };
      personDraft.save(newPerson.value);
      if ('name' in patch) personErrors.value = personErrors.value.filter((error) => error.field !== 'name');
    },

    /** Adds the person typed and chooses them; resolves false when refused or not stored. */
    async addPerson(): Promise<boolean> {
      const typed = newPerson.value;
      try {
        const result = await addPerson(db, typed, env());
        if (!result.ok) {
          personErrors.value = result.errors;
          return false;
        }
        batch(() => {
          personErrors.value = [];
          if (newPerson.value === typed) {
            newPerson.value = EMPTY_PERSON;
            personDraft.clear();
          }
        });
        // The list is read again live; the person is chosen now so the 1:1 opens once it is there.
        listed = [...(listed ?? []), result.value];
        choose(result.value.id);
        return true;
      } catch (error) {
        personErrors.value = [{ field: 'name', message: `Not added: ${explain(error)} The name is kept here.` }];
        return false;
      }
    },

    async deletePerson(id: string, keepEntries: boolean): Promise<boolean> {
      personFailure.value = undefined;
      try {
        await deletePerson(db, id, keepEntries, env());
        choose(undefined);
        return true;
      } catch (error) {
        personFailure.value = `Not deleted: ${explain(error)}`;
        return false;
      }
    },

    async toggleItem(id: string, done: boolean): Promise<boolean> {
      setItemError(id, undefined);
      try {
        await setActionItemDone(db, id, done, env());
        return true;
      } catch (error) {
        setItemError(
          id,
          isStaleWrite(error) ? 'This action item was deleted in another view.' : `Not saved: ${explain(error)}`,
        );
        return false;
      }
    },

    /**
     * Moves today's meeting (`meeting`, as the panel shows it) into today's 1:1 with the person
     * picked. Resolves true once committed; refused when the meeting was moved or deleted in
     * another view meanwhile, or the person deleted.
     */
    async moveMeeting(meeting: Conversation): Promise<boolean> {
      const chosen = person.value;
      if (!chosen || moving.value) return false;
      moveFailure.value = undefined;
      moving.value = true;
      try {
        const result = await moveMeetingTo(db, meeting, chosen.id, env());
        if (!result.ok) {
          moveFailure.value = `Not moved: ${result.message}`;
          return false;
        }
        return true;
      } catch (error) {
        moveFailure.value = isStaleWrite(error)
          ? 'Not moved: these notes were moved or deleted in another view. What is listed now is what remains.'
          : `Not moved: ${explain(error)}`;
        return false;
      } finally {
        moving.value = false;
      }
    },

    /** What is typed as the next agenda item, by person (`agendaSlot`). */
    agendaTexts,
    agendaText: (conversation: AgendaTarget) => agendaTexts.value[agendaSlot(conversation)] ?? '',
    typeAgenda,
    addAgendaItem: (conversation: AgendaTarget) => addAgendaItem(conversation),
    /** Ticks, moves and removals of one's own points: they merge with other views' edits. */
    editAgenda: (conversation: AgendaTarget, edit: AgendaEdit) => storeAgendaEdit(conversation, edit, 'list', false),

    /** "Save mine anyway": stores the refused edit (an agenda item as typed now), bringing the 1:1 back. */
    async saveAgendaAnyway(): Promise<boolean> {
      const conflict = agendaConflict.value;
      if (!conflict) return false;
      if (conflict.place === 'add') return addAgendaItem(conflict.conversation, true);
      return storeAgendaEdit(conflict.conversation, conflict.edit, conflict.place, true);
    },

    /** "Discard mine": drops the refused edit (and the agenda item typed) and keeps the other view's. */
    discardAgenda() {
      const conflict = agendaConflict.value;
      if (!conflict) return;
      agendaConflict.value = undefined;
      if (conflict.place === 'add') typeAgenda(conflict.conversation, '');
    },

    /** Ends the live reads, when the panel goes. */
    dispose() {
      stopPeople();
      stopPinnedLoad();
      reads.dispose();
    },
  };
}

export type SidePanelState = ReturnType<typeof createSidePanelState>;
