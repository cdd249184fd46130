import type { ActionItem } from '../../domain/action-item';
import type { Entry } from '../../domain/entry';
import { DEFAULT_SELECTION, selectionToHash } from '../../domain/prep/selection';
import { RecentEntries } from '../capture/RecentEntries';
import { EntryItem } from '../kit/EntryItem';
import type { LiveResult } from '../kit/use-live-query';
import { ActionItemRow } from './ActionItemRow';
import type { SidePanelState } from './side-panel-state';

interface Props {
  state: SidePanelState;
}

interface CapturedProps {
  /** Prefix of the lists' heading ids. */
  id: string;
  items: readonly ActionItem[];
  entries: LiveResult<Entry[]>;
  /** The other person's name, for the items they own. */
  personName?: string | undefined;
  state: SidePanelState;
}

/** What one conversation holds: its action items, then what was captured in it (live). */
export function CapturedInConversation({ id, items, entries, personName, state }: CapturedProps) {
  const shownEntries = entries.status === 'ready' ? entries.value : [];
  return (
    <>
      <h3 id={`${id}-items-heading`}>Action items</h3>
      {items.length === 0 ? (
        <p class="muted">No action items yet.</p>
      ) : (
        <ul class="items" aria-labelledby={`${id}-items-heading`}>
          {items.map((item) => (
            <ActionItemRow key={item.id} item={item} {...(personName ? { personName } : {})} state={state} />
          ))}
        </ul>
      )}
      <h3 id={`${id}-entries-heading`}>Captured</h3>
      {shownEntries.length === 0 ? (
        <p class="muted">Nothing captured yet.</p>
      ) : (
        <ul class="entries" aria-labelledby={`${id}-entries-heading`}>
          {shownEntries.map((entry) => (
            <EntryItem key={entry.id} entry={entry} compact />
          ))}
        </ul>
      )}
    </>
  );
}

/** Today's 1:1 with the person (or an earlier one, picked below it), its summary, and the earlier 1:1s. */
export function OneOnOneHistory({ state }: Props) {
  const person = state.person.value;
  const todays = state.todays.value;
  const shown = state.shown.value;
  if (!person || !todays || !shown) return null;
  const earlier = state.earlier.value;
  return (
    <>
      <section class="conversation" aria-labelledby="conversation-heading">
        <h2 id="conversation-heading">
          {shown.id === todays.id ? `Today with ${person.name}` : `${person.name}, ${shown.date}`}
        </h2>
        {shown.id !== todays.id && (
          <button type="button" class="link-button" onClick={() => state.show(undefined)}>
            Back to today
          </button>
        )}
        <CapturedInConversation
          id="shown"
          items={state.shownItems.value}
          entries={state.shownEntries.value}
          personName={person.name}
          state={state}
        />
        <div class="actions wrap">
          <button type="button" onClick={() => void state.copySummary()}>
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
            {state.copyStatus.value}
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
                  onClick={() => state.show(c.id)}
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

/** The latest entries of the whole log, live, at the foot of the panel. */
export function LatestEntries({ state }: Props) {
  return (
    <RecentEntries
      heading="Latest entries"
      result={state.recent.value}
      empty="Nothing logged yet. Capture from the toolbar button or with lat in the address bar."
      compact={false}
    />
  );
}
