import { useComputed } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createLastPersonStore, type LastPersonStore } from '../../browser/last-person-store';
import { openPageDrafts, type ViewDrafts } from '../../browser/view-drafts';
import type { LatitudeDb } from '../../db/database';
import { listRecentEntries } from '../../db/entries/capture';
import { listWinsForLinking } from '../../db/entries/linked-wins';
import {
  listConversationActionItems,
  listOpenActionItems,
  listPersonActionItems,
} from '../../db/conversations/action-items';
import { listConversationEntries, listOneOnOnes, todaysMeeting } from '../../db/conversations/one-on-ones';
import { listPeople } from '../../db/people';
import { addMonths } from '../../domain/calendar';
import type { Conversation } from '../../domain/conversation';
import type { DraftKind } from '../../domain/draft';
import { carriedForwardItems, dueSoonItems, oneOnOneSummaryMarkdown } from '../../domain/one-on-one';
import type { Person } from '../../domain/person';
import { localDate } from '../../domain/record';
import { CaptureAboutWin, type WinChoices } from '../kit/AboutWinSelect';
import { ActionItemRow } from './ActionItemRow';
import { type AppClock, systemClock } from '../kit/app-env';
import { CaptureForm } from '../capture/CaptureForm';
import { DueReminders } from './DueReminders';
import { EntryItem } from '../kit/EntryItem';
import { OneOnOneAgenda } from './OneOnOneAgenda';
import { PersonPicker } from './PersonPicker';
import { DEFAULT_SELECTION, selectionToHash } from '../../domain/prep/selection';
import { RecentEntries } from '../capture/RecentEntries';
import { createSidePanelState, type SidePanelState } from './side-panel-state';
import { StorageBanner } from '../kit/StorageBanner';
import { browserExporter, type TextExporter } from '../../browser/text-export';
import { useLazy } from '../kit/use-lazy';
import { useLiveQuery } from '../kit/use-live-query';
import { useStorageHealth } from '../kit/use-storage-health';

const PANEL_COUNT = 20;
/** Note first: it is what a call produces most. Alt+Shift+1…Alt+Shift+5 follow this order. */
export const PANEL_KINDS: readonly DraftKind[] = ['note', 'feedback', 'win', 'talent', 'action-item'];
/** "About a win" offers the wins of the last year, newest first, at most this many. */
export const PANEL_LINKABLE_WINS = 50;
const PANEL_LINKABLE_MONTHS = 12;

interface Props {
  db: LatitudeDb;
  /** This panel's drafts (`openPageDrafts('sidepanel')`, opened by the entrypoint). */
  drafts?: ViewDrafts;
  lastPerson?: LastPersonStore;
  clock?: AppClock;
  exporter?: TextExporter;
}

/**
 * The side panel for live 1:1s: due commitments first, then the person, the agenda, capture into
 * today's conversation with them, what was captured (live), the summary and the way to the prep.
 * Its state and writes live in src/ui/sidepanel/side-panel-state.ts; this renders them and the live reads.
 */
export function SidePanelApp({ db, drafts, lastPerson, clock = systemClock, exporter = browserExporter() }: Props) {
  const state = useMemo(
    () =>
      createSidePanelState({
        db,
        views: drafts ?? openPageDrafts('sidepanel'),
        lastPerson: lastPerson ?? createLastPersonStore(),
        clock,
      }),
    [db, drafts, lastPerson, clock],
  );
  const health = useStorageHealth(db);
  const today = localDate(clock.now());
  const people = useLiveQuery(() => listPeople(db), [db]);
  const openItems = useLiveQuery(() => listOpenActionItems(db), [db]);
  const recent = useLiveQuery(() => listRecentEntries(db, PANEL_COUNT), [db]);
  const meeting = useLiveQuery(() => todaysMeeting(db, today), [db, today]);
  useEffect(() => {
    if (people.status === 'ready') state.showPeople(people.value);
  }, [state, people]);
  const person = state.person.value;
  const todays = state.todays.value;
  const capture = state.capture;

  // The wins for "About a win" are read only while feedback is being captured in a 1:1; the
  // computed re-renders the panel when the kind changes, not on every keystroke of the draft.
  const capturingFeedback = useComputed(() => capture.draft.value.kind === 'feedback');
  const wantWins = capturingFeedback.value;
  const winsSince = addMonths(today, -PANEL_LINKABLE_MONTHS);
  const linkableWins = useLiveQuery(
    () => (wantWins ? listWinsForLinking(db, PANEL_LINKABLE_WINS, { since: winsSince }) : Promise.resolve(undefined)),
    [db, wantWins, winsSince],
  );
  // A query that has not run for feedback yet is still loading, as far as the field can tell.
  const winChoices: WinChoices =
    linkableWins.status !== 'ready'
      ? linkableWins
      : linkableWins.value
        ? { status: 'ready', value: linkableWins.value }
        : { status: 'loading' };

  // The form stays in one place whether or not a person is picked (their agenda comes above it,
  // their conversation below), so picking someone mid-sentence keeps the text, and the focus.
  const captureSection = (
    <section class="panel-capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading">Capture</h2>
      {!person && (
        <p class="hint">No person picked: what you capture goes into today’s meeting, to give to someone later.</p>
      )}
      <CaptureForm
        state={capture}
        storageAvailable={health !== 'unavailable'}
        kinds={PANEL_KINDS}
        askPerson={false}
        kindShortcuts
        feedbackFields={<CaptureAboutWin state={capture} choices={winChoices} />}
      />
    </section>
  );

  // Today's meeting: under the capture form while nobody is picked; once someone is, just below
  // them, with the offer to give it to them.
  const meetingSection = meeting.status === 'ready' && meeting.value && (
    <Meeting key={meeting.value.id} db={db} meeting={meeting.value} person={person} state={state} />
  );

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
      <DueReminders
        items={dueSoon}
        today={today}
        names={names}
        errors={state.itemErrors.value}
        onToggle={(id, done) => void state.toggleItem(id, done)}
      />
      {people.status === 'ready' && <PersonPicker people={people.value} state={state} />}
      {person && meetingSection}
      {person && todays && (
        <TodaysAgenda key={todays.id} db={db} person={person} todays={todays} clock={clock} state={state} />
      )}
      {captureSection}
      {person && todays && (
        <OneOnOne key={todays.id} db={db} person={person} todays={todays} exporter={exporter} state={state} />
      )}
      {!person && meetingSection}
      <RecentEntries
        heading="Latest entries"
        result={recent}
        empty="Nothing logged yet. Capture from the toolbar button or with lat in the address bar."
        compact={false}
      />
    </main>
  );
}

interface TodaysAgendaProps {
  db: LatitudeDb;
  person: Person;
  todays: Conversation;
  clock: AppClock;
  state: SidePanelState;
}

/** Today's agenda with one person: what carries forward, pinned points, one's own points. */
function TodaysAgenda({ db, person, todays, clock, state }: TodaysAgendaProps) {
  const history = useLiveQuery(() => listOneOnOnes(db, person.id), [db, person.id]);
  const items = useLiveQuery(() => listPersonActionItems(db, person.id), [db, person.id]);
  const current = (history.status === 'ready' ? history.value : []).find((c) => c.id === todays.id) ?? todays;
  // Pinned points need the prep engine and a prep built, so both come after the first screen.
  const pinnedPoints = useLazy(() => import('../../db/conversations/pinned-points'));
  const pinned = useLiveQuery(
    () => (pinnedPoints ? pinnedPoints.loadPinnedPoints(db, person.id, clock.now()) : Promise.resolve(undefined)),
    [db, person.id, pinnedPoints],
  );
  const carried = carriedForwardItems(items.status === 'ready' ? items.value : [], todays.id);
  return (
    <OneOnOneAgenda
      personName={person.name}
      carried={carried}
      pinned={pinned.status === 'ready' ? pinned.value : undefined}
      conversation={current}
      state={state}
    />
  );
}

interface OneOnOneProps {
  db: LatitudeDb;
  person: Person;
  todays: Conversation;
  exporter: TextExporter;
  state: SidePanelState;
}

/** Today's 1:1 with one person, below the capture form: what was captured, and earlier 1:1s. */
function OneOnOne({ db, person, todays, exporter, state }: OneOnOneProps) {
  const [shownId, setShownId] = useState(todays.id);
  const [copied, setCopied] = useState<string>('');
  const history = useLiveQuery(() => listOneOnOnes(db, person.id), [db, person.id]);
  const items = useLiveQuery(() => listPersonActionItems(db, person.id), [db, person.id]);
  const conversations = history.status === 'ready' ? history.value : [todays];
  const current = conversations.find((c) => c.id === todays.id) ?? todays;
  const shown = conversations.find((c) => c.id === shownId) ?? current;
  const entries = useLiveQuery(() => listConversationEntries(db, shown), [db, shown.id, shown.date]);

  useEffect(() => setShownId(todays.id), [todays.id]);

  const allItems = items.status === 'ready' ? items.value : [];
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
              <ActionItemRow
                key={item.id}
                item={item}
                personName={person.name}
                error={state.itemErrors.value.get(item.id)}
                onToggle={(id, done) => void state.toggleItem(id, done)}
              />
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
                <button
                  type="button"
                  class="link-button"
                  aria-pressed={c.id === shown.id}
                  onClick={() => setShownId(c.id)}
                >
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

interface MeetingProps {
  db: LatitudeDb;
  meeting: Conversation;
  /** The person picked, if any: the meeting can be moved to them. */
  person: Person | undefined;
  state: SidePanelState;
}

/**
 * Today's meeting: what was captured with no person picked (a team meeting, a call with someone
 * not in the list yet), live, and, once a person is picked, the offer to give it all to them.
 */
function Meeting({ db, meeting, person, state }: MeetingProps) {
  const entries = useLiveQuery(() => listConversationEntries(db, meeting), [db, meeting.id, meeting.date]);
  const items = useLiveQuery(() => listConversationActionItems(db, meeting.id), [db, meeting.id]);
  const shownEntries = entries.status === 'ready' ? entries.value : [];
  const shownItems = items.status === 'ready' ? items.value : [];
  const failure = state.moveFailure.value;
  return (
    <section class="conversation" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">Today without a person</h2>
      {person && (
        <div class="actions wrap">
          <button type="button" disabled={state.moving.value} onClick={() => void state.moveMeeting(meeting)}>
            Move today’s notes without a person to {person.name}
          </button>
        </div>
      )}
      {failure && (
        <p class="alert" role="alert">
          {failure}
        </p>
      )}
      <h3 id="meeting-items-heading">Action items</h3>
      {shownItems.length === 0 ? (
        <p class="muted">No action items yet.</p>
      ) : (
        <ul class="items" aria-labelledby="meeting-items-heading">
          {shownItems.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              error={state.itemErrors.value.get(item.id)}
              onToggle={(id, done) => void state.toggleItem(id, done)}
            />
          ))}
        </ul>
      )}
      <h3 id="meeting-entries-heading">Captured</h3>
      {shownEntries.length === 0 ? (
        <p class="muted">Nothing captured yet.</p>
      ) : (
        <ul class="entries" aria-labelledby="meeting-entries-heading">
          {shownEntries.map((entry) => (
            <EntryItem key={entry.id} entry={entry} compact />
          ))}
        </ul>
      )}
    </section>
  );
}
