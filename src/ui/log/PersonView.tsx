import { useState } from 'preact/hooks';
import type { LatitudeDb } from '../../db/database';
import {
  getPerson,
  listPeople,
  listPersonConversations,
  listPersonEntries,
  mergePeople,
  renamePerson,
  setRelationship,
} from '../../db/people';
import { KIND_LABELS, RELATIONSHIPS } from '../../domain/entry';
import { EMPTY_FILTER, serializeLogFilter } from '../../domain/log-filter';
import type { Person } from '../../domain/person';
import type { AppClock } from '../app-env';
import { useLiveQuery } from '../use-live-query';
import { RELATIONSHIP_LABELS, SIGNAL_LABELS } from '../labels';

const CONVERSATION_LABELS: Record<string, string> = {
  'one-on-one': '1:1',
  review: 'Review',
  promotion: 'Promotion',
  lateral: 'Lateral move',
  'step-down': 'Step-down',
};

/** One person: rename, relationship, merge, their feedback and the history of your 1:1s. */
export function PersonView({ db, clock, id }: { db: LatitudeDb; clock: AppClock; id: string }) {
  const person = useLiveQuery(() => getPerson(db, id), [db, id]);
  if (person.status === 'loading') return <p class="muted">Loading…</p>;
  if (person.status === 'error' || !person.value) {
    return (
      <section>
        <h2>Person not found</h2>
        <p>
          They may have been merged into someone else. <a href="#/people">All people</a>
        </p>
      </section>
    );
  }
  return <PersonDetails db={db} clock={clock} person={person.value} />;
}

function PersonDetails({ db, clock, person }: { db: LatitudeDb; clock: AppClock; person: Person }) {
  const entries = useLiveQuery(() => listPersonEntries(db, person.name), [db, person.name]);
  const conversations = useLiveQuery(() => listPersonConversations(db, person.id), [db, person.id]);
  const others = useLiveQuery(() => listPeople(db), [db]);
  const [name, setName] = useState(person.name);
  const [nameError, setNameError] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [status, setStatus] = useState('');

  const feedback = entries.status === 'ready' ? entries.value.filter((e) => e.kind === 'feedback') : [];
  const rest = entries.status === 'ready' ? entries.value.filter((e) => e.kind !== 'feedback') : [];
  const logLink = `?${serializeLogFilter({ ...EMPTY_FILTER, person: person.name })}#/`;

  return (
    <section aria-labelledby="person-heading">
      <p>
        <a href="#/people">All people</a>
      </p>
      <h2 id="person-heading">{person.name}</h2>
      <p role="status" class="status notice">
        {status}
      </p>
      <form
        class="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await renamePerson(db, person.id, name, clock.now());
          if (result.ok) {
            setNameError('');
            setStatus(`Renamed to ${name.trim()} in every entry.`);
          } else setNameError(result.errors[0]?.message ?? 'Not renamed.');
        }}
      >
        <div class="field">
          <label class="label" for="person-name">
            Name
          </label>
          <input
            id="person-name"
            type="text"
            value={name}
            aria-invalid={Boolean(nameError)}
            aria-describedby={nameError ? 'person-name-error' : undefined}
            onInput={(event) => {
              setName(event.currentTarget.value);
              setNameError('');
            }}
          />
          {nameError && (
            <p class="field-error" id="person-name-error" role="alert">
              {nameError}
            </p>
          )}
        </div>
        <button type="submit">Rename</button>
      </form>
      <div class="field">
        <label class="label" for="person-relationship">
          Relationship
        </label>
        <select
          id="person-relationship"
          value={person.relationship}
          onChange={(event) =>
            void setRelationship(db, person.id, event.currentTarget.value as Person['relationship'], clock.now())
          }
        >
          {RELATIONSHIPS.map((value) => (
            <option key={value} value={value}>
              {RELATIONSHIP_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <form
        class="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!mergeInto) return;
          const result = await mergePeople(db, person.id, mergeInto, clock.now());
          if (result.ok) location.hash = `#/people/${encodeURIComponent(mergeInto)}`;
          else setStatus(result.errors[0]?.message ?? 'Not merged.');
        }}
      >
        <div class="field">
          <label class="label" for="person-merge">
            Merge into
          </label>
          <select id="person-merge" value={mergeInto} onChange={(event) => setMergeInto(event.currentTarget.value)}>
            <option value="">Choose someone…</option>
            {others.status === 'ready' &&
              others.value
                .filter((other) => other.person.id !== person.id)
                .map((other) => (
                  <option key={other.person.id} value={other.person.id}>
                    {other.person.name}
                  </option>
                ))}
          </select>
        </div>
        <button type="submit" disabled={!mergeInto}>
          Merge
        </button>
      </form>
      <p>
        <a href={logLink}>All entries naming {person.name}</a>
      </p>

      <h3>Feedback</h3>
      {feedback.length === 0 ? (
        <p class="muted">No feedback with {person.name} yet.</p>
      ) : (
        <ul class="entries" aria-label="Feedback">
          {feedback.map((entry) => (
            <li key={entry.id} class="entry entry-feedback">
              <div class="entry-meta">
                <span class="kind">{entry.kind === 'feedback' ? entry.direction : ''}</span>
                {entry.kind === 'feedback' && entry.signal && <span class="chip">{SIGNAL_LABELS[entry.signal]}</span>}
                <time dateTime={entry.occurredOn}>{entry.occurredOn}</time>
              </div>
              <p class="entry-text">{entry.text}</p>
            </li>
          ))}
        </ul>
      )}

      <h3>1:1s and conversations</h3>
      {conversations.status === 'ready' && conversations.value.length === 0 ? (
        <p class="muted">No conversations with {person.name} recorded yet.</p>
      ) : (
        <ul class="entries" aria-label="Conversations">
          {conversations.status === 'ready' &&
            conversations.value.map((conversation) => (
              <li key={conversation.id} class="entry">
                <div class="entry-meta">
                  <span class="kind">{CONVERSATION_LABELS[conversation.kind] ?? conversation.kind}</span>
                  <time dateTime={conversation.date}>{conversation.date}</time>
                </div>
                {conversation.title && <p class="entry-text">{conversation.title}</p>}
                {conversation.notes && <p class="entry-text clamp">{conversation.notes}</p>}
              </li>
            ))}
        </ul>
      )}

      {rest.length > 0 && (
        <>
          <h3>Other entries naming {person.name}</h3>
          <ul class="entries" aria-label="Other entries">
            {rest.map((entry) => (
              <li key={entry.id} class="entry">
                <div class="entry-meta">
                  <span class="kind">{KIND_LABELS[entry.kind]}</span>
                  <time dateTime={entry.occurredOn}>{entry.occurredOn}</time>
                </div>
                <p class="entry-text">{entry.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
