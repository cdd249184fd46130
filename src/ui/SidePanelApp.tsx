import { useComputed } from '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DraftStore } from '../browser/draft-store';
import { openPageDrafts } from '../browser/view-drafts';
import { createLastPersonStore, type LastPersonStore } from '../browser/last-person-store';
import type { LatitudeDb } from '../db/database';
import { listRecentEntries, saveCapture } from '../db/entries';
import { listWinsForLinking } from '../db/linked-wins';
import {
  addPerson,
  deletePerson,
  listConversationEntries,
  listOneOnOnes,
  listOpenActionItems,
  listPeople,
  listPersonActionItems,
  openTodaysOneOnOne,
  saveActionItem,
  saveConversationAgenda,
  setActionItemDone,
} from '../db/one-on-ones';
import { addMonths } from '../domain/calendar';
import type { Conversation } from '../domain/conversation';
import { captureDraftSchema, type DraftKind, EMPTY_DRAFT } from '../domain/draft';
import { carriedForwardItems, dueSoonItems, oneOnOneSummaryMarkdown } from '../domain/one-on-one';
import type { Person } from '../domain/person';
import { localDate } from '../domain/record';
import { CaptureAboutWin, type WinChoices } from './AboutWinSelect';
import { ActionItemRow } from './ActionItemRow';
import { type AppClock, systemClock } from './app-env';
import { CaptureForm } from './CaptureForm';
import { createCaptureState } from './capture-state';
import { DueReminders } from './DueReminders';
import { EntryItem } from './EntryItem';
import { OneOnOneAgenda } from './OneOnOneAgenda';
import { PersonPicker } from './PersonPicker';
import { DEFAULT_SELECTION, selectionToHash } from './prep-selection';
import { RecentEntries } from './RecentEntries';
import { StorageBanner } from './StorageBanner';
import { browserExporter, type TextExporter } from './text-export';
import { useLazy } from './use-lazy';
import { useLiveQuery } from './use-live-query';
import { useStorageHealth } from './use-storage-health';

const PANEL_COUNT = 20;
/** Note first: it is what a call produces most. Alt+1…Alt+5 follow this order. */
export const PANEL_KINDS: readonly DraftKind[] = ['note', 'feedback', 'win', 'talent', 'action-item'];
/** "About a win" offers the wins of the last year, newest first, at most this many. */
export const PANEL_LINKABLE_WINS = 50;
const PANEL_LINKABLE_MONTHS = 12;

interface Props {
  db: LatitudeDb;
  drafts?: DraftStore;
  lastPerson?: LastPersonStore;
  clock?: AppClock;
  exporter?: TextExporter;
}

/**
 * The side panel for live 1:1s: due commitments first, then the person, the agenda, capture into
 * today's conversation with them, what was captured (live), the summary and the way to the prep.
 */
export function SidePanelApp({
  db,
  drafts: givenDrafts,
  lastPerson: givenLastPerson,
  clock = systemClock,
  exporter = browserExporter(),
}: Props) {
  const drafts = useMemo(
    () => givenDrafts ?? openPageDrafts('sidepanel', { capture: 'latitude:draft:sidepanel' }).draft('capture', captureDraftSchema),
    [givenDrafts],
  );
  const lastPerson = useMemo(() => givenLastPerson ?? createLastPersonStore(), [givenLastPerson]);
  const health = useStorageHealth(db);
  const env = () => ({ now: clock.now(), newId: clock.newId });
  const today = localDate(clock.now());
  const people = useLiveQuery(() => listPeople(db), [db]);
  const openItems = useLiveQuery(() => listOpenActionItems(db), [db]);
  const recent = useLiveQuery(() => listRecentEntries(db, PANEL_COUNT), [db]);
  const [personId, setPersonId] = useState(() => lastPerson.load());
  const person = people.status === 'ready' ? people.value.find((p) => p.id === personId) : undefined;
  const [todays, setTodays] = useState<Conversation>();

  useEffect(() => {
    setTodays(undefined);
    if (!person) return;
    let current = true;
    void openTodaysOneOnOne(db, person.id, env()).then((conversation) => {
      if (current) setTodays(conversation);
    });
    return () => {
      current = false;
    };
    // A new day's conversation starts when the panel is opened again, not mid-call.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, person?.id]);

  // The capture state lives as long as the panel: the person and conversation are read at save
  // time, so switching person never drops a half-typed note.
  const target = useRef<{ person: Person; conversation: Conversation } | undefined>(undefined);
  target.current = person && todays ? { person, conversation: todays } : undefined;
  const capture = useMemo(
    () =>
      createCaptureState({
        drafts,
        emptyDraft: { ...EMPTY_DRAFT, kind: 'note' },
        save: (input) => {
          const to = target.current;
          if (!to) return Promise.resolve({ ok: false, errors: [{ field: 'text', message: 'Choose the person of this 1:1 first.' }] });
          return saveCapture(db, { ...input, person: to.person.name, conversationId: to.conversation.id }, env());
        },
        saveActionItem: (draft) => {
          const to = target.current;
          if (!to) return Promise.resolve({ ok: false, errors: [{ field: 'text', message: 'Choose the person of this 1:1 first.' }] });
          return saveActionItem(
            db,
            {
              text: draft.text,
              owner: draft.owner ?? 'me',
              personId: to.person.id,
              conversationId: to.conversation.id,
              ...(draft.dueOn ? { dueOn: draft.dueOn } : {}),
            },
            env(),
          );
        },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [db, drafts, clock],
  );

  // The wins for "About a win" are read only while feedback is being captured in a 1:1; the
  // computed re-renders the panel when the kind changes, not on every keystroke of the draft.
  const capturingFeedback = useComputed(() => capture.draft.value.kind === 'feedback');
  const wantWins = capturingFeedback.value && Boolean(person && todays);
  const winsSince = addMonths(today, -PANEL_LINKABLE_MONTHS);
  const linkableWins = useLiveQuery(
    () => (wantWins ? listWinsForLinking(db, PANEL_LINKABLE_WINS, { since: winsSince }) : Promise.resolve(undefined)),
    [db, wantWins, winsSince],
  );
  // A query that has not run for feedback yet is still loading, as far as the field can tell.
  const winChoices: WinChoices =
    linkableWins.status !== 'ready' ? linkableWins : linkableWins.value ? { status: 'ready', value: linkableWins.value } : { status: 'loading' };

  function choose(id: string | undefined) {
    setPersonId(id);
    lastPerson.save(id);
  }

  const toggleItem = (id: string, done: boolean) => void setActionItemDone(db, id, done, env());
  const names = new Map((people.status === 'ready' ? people.value : []).map((p) => [p.id, p.name]));
  const dueSoon = openItems.status === 'ready' ? dueSoonItems(openItems.value, today) : [];

  return (
    <main class="panel">
      <header class="bar">
        <h1>Latitude</h1>
        <a href="/log.html" target="_blank" rel="noopener">
          Open the log
        </a>
      </header>
      <StorageBanner health={health} />
      <DueReminders items={dueSoon} today={today} names={names} onToggle={toggleItem} />
      {people.status === 'ready' && (
        <PersonPicker
          people={people.value}
          selectedId={person?.id}
          onSelect={choose}
          onAdd={async (input) => {
            const result = await addPerson(db, input, env());
            if (!result.ok) return result.errors;
            choose(result.value.id);
            return [];
          }}
          onDelete={async (id, keepEntries) => {
            await deletePerson(db, id, keepEntries, env());
            choose(undefined);
          }}
        />
      )}
      {person && todays && (
        <OneOnOne key={todays.id} db={db} person={person} todays={todays} clock={clock} exporter={exporter} onToggleItem={toggleItem}>
          <section class="panel-capture" aria-labelledby="capture-heading">
            <h2 id="capture-heading">Capture</h2>
            <CaptureForm
              state={capture}
              storageAvailable={health !== 'unavailable'}
              kinds={PANEL_KINDS}
              askPerson={false}
              kindShortcuts
              feedbackFields={
                <CaptureAboutWin state={capture} choices={winChoices} />
              }
            />
          </section>
        </OneOnOne>
      )}
      <RecentEntries
        heading="Latest entries"
        result={recent}
        empty="Nothing logged yet. Capture from the toolbar button or with lat in the address bar."
        compact={false}
      />
    </main>
  );
}

interface OneOnOneProps {
  db: LatitudeDb;
  person: Person;
  todays: Conversation;
  clock: AppClock;
  exporter: TextExporter;
  onToggleItem: (id: string, done: boolean) => void;
  children: preact.ComponentChildren;
}

/** Today's 1:1 with one person: agenda, capture (given as children), what was captured, history. */
function OneOnOne({ db, person, todays, clock, exporter, onToggleItem, children }: OneOnOneProps) {
  const env = () => ({ now: clock.now(), newId: clock.newId });
  const [shownId, setShownId] = useState(todays.id);
  const [copied, setCopied] = useState<string>('');
  const history = useLiveQuery(() => listOneOnOnes(db, person.id), [db, person.id]);
  const items = useLiveQuery(() => listPersonActionItems(db, person.id), [db, person.id]);
  const conversations = history.status === 'ready' ? history.value : [todays];
  const current = conversations.find((c) => c.id === todays.id) ?? todays;
  const shown = conversations.find((c) => c.id === shownId) ?? current;
  const entries = useLiveQuery(() => listConversationEntries(db, shown), [db, shown.id, shown.date]);
  // Pinned points need the prep engine and a prep built, so both come after the first screen.
  const pinnedPoints = useLazy(() => import('../db/pinned-points'));
  const pinned = useLiveQuery(
    () => (pinnedPoints ? pinnedPoints.loadPinnedPoints(db, person.id, clock.now()) : Promise.resolve(undefined)),
    [db, person.id, pinnedPoints],
  );

  useEffect(() => setShownId(todays.id), [todays.id]);

  const allItems = items.status === 'ready' ? items.value : [];
  const carried = carriedForwardItems(allItems, todays.id);
  const shownItems = allItems.filter((item) => item.conversationId === shown.id);
  const shownEntries = entries.status === 'ready' ? entries.value : [];
  const earlier = conversations.filter((c) => c.id !== todays.id);

  async function copySummary() {
    const markdown = oneOnOneSummaryMarkdown({
      personName: person.name,
      date: shown.date,
      entries: shownEntries,
      actionItems: shownItems,
      agenda: shown.agenda,
    });
    try {
      await exporter.copy(markdown);
      setCopied('Summary copied');
    } catch {
      setCopied('The clipboard refused; select the text below and copy it.');
    }
  }

  return (
    <>
      <OneOnOneAgenda
        personName={person.name}
        carried={carried}
        pinned={pinned.status === 'ready' ? pinned.value : undefined}
        agenda={current.agenda}
        onToggleItem={onToggleItem}
        onAgendaChange={(agenda) => void saveConversationAgenda(db, current.id, agenda, env())}
        newId={clock.newId}
      />
      {children}
      <section class="conversation" aria-labelledby="conversation-heading">
        <h2 id="conversation-heading">
          {shown.id === todays.id ? `Today with ${person.name}` : `${person.name}, ${shown.date}`}
        </h2>
        {shown.id !== todays.id && (
          <button type="button" class="link-button" onClick={() => setShownId(todays.id)}>
            Back to today
          </button>
        )}
        <h3 id="shown-items-heading">Action items</h3>
        {shownItems.length === 0 ? (
          <p class="muted">No action items yet.</p>
        ) : (
          <ul class="items" aria-labelledby="shown-items-heading">
            {shownItems.map((item) => (
              <ActionItemRow key={item.id} item={item} personName={person.name} onToggle={onToggleItem} />
            ))}
          </ul>
        )}
        <h3 id="shown-entries-heading">Captured</h3>
        {shownEntries.length === 0 ? (
          <p class="muted">Nothing captured yet.</p>
        ) : (
          <ul class="entries" aria-labelledby="shown-entries-heading">
            {shownEntries.map((entry) => (
              <EntryItem key={entry.id} entry={entry} compact />
            ))}
          </ul>
        )}
        <div class="actions wrap">
          <button type="button" onClick={() => void copySummary()}>
            Copy summary as Markdown
          </button>
          <a
            href={`/prep.html${selectionToHash({ ...DEFAULT_SELECTION, personId: person.id })}`}
            target="_blank"
            rel="noopener"
          >
            Prepare the next one
          </a>
          <p role="status" class="status">
            {copied}
          </p>
        </div>
      </section>
      <section class="history" aria-labelledby="history-heading">
        <h2 id="history-heading">Earlier 1:1s</h2>
        {earlier.length === 0 ? (
          <p class="muted">This is your first 1:1 with {person.name} in Latitude.</p>
        ) : (
          <ul class="items">
            {earlier.map((c) => (
              <li key={c.id}>
                <button type="button" class="link-button" aria-pressed={c.id === shown.id} onClick={() => setShownId(c.id)}>
                  {c.date}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
