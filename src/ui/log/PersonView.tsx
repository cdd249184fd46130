import { KIND_LABELS, RELATIONSHIPS } from '../../domain/entry';
import { EMPTY_FILTER, serializeLogFilter } from '../../domain/log-filter';
import type { Person } from '../../domain/person';
import { CONVERSATION_KIND_LABELS, RELATIONSHIP_LABELS, SIGNAL_LABELS } from '../kit/labels';
import type { PersonState } from './people-state';
import type { EditAlert } from './person-edits';

/** One person: rename, relationship, merge, their feedback and the history of your 1:1s. */
export function PersonView({ state }: { state: PersonState }) {
  const person = state.person.value;
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
  return <PersonDetails state={state} person={person.value} />;
}

function PersonDetails({ state, person }: { state: PersonState; person: Person }) {
  const { edits } = state;
  const conversations = state.conversations.value;
  const nameAlert = edits.nameAlert.value;
  const relationshipAlert = edits.relationshipAlert.value;
  const mergeAlert = edits.mergeAlert.value;
  const mergeInto = edits.mergeInto.value;
  const otherPeople = state.otherPeople.value;
  const feedback = state.feedback.value;
  const rest = state.otherEntries.value;
  const logLink = `?${serializeLogFilter({ ...EMPTY_FILTER, person: person.name })}#/`;

  return (
    <section aria-labelledby="person-heading">
      <p>
        <a href="#/people">All people</a>
      </p>
      <h2 id="person-heading">{person.name}</h2>
      <p role="status" class="status notice">
        {edits.status.value}
      </p>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void edits.rename(person);
        }}
      >
        <div class="field">
          <label class="label" for="person-name">
            Name
          </label>
          <input
            id="person-name"
            type="text"
            value={edits.typedName.value ?? person.name}
            aria-invalid={Boolean(nameAlert)}
            aria-describedby={nameAlert ? 'person-name-error' : undefined}
            onInput={(event) => edits.typeName(person, event.currentTarget.value)}
          />
        </div>
        <button type="submit">Rename</button>
        {nameAlert && (
          <EditRefusal
            id="person-name-error"
            alert={nameAlert}
            anyway="Save mine anyway"
            onAnyway={() => void edits.rename(person)}
          />
        )}
      </form>
      <div class="field">
        <label class="label" for="person-relationship">
          Relationship
        </label>
        <select
          id="person-relationship"
          value={edits.relationshipChoice.value ?? person.relationship}
          aria-invalid={Boolean(relationshipAlert)}
          aria-describedby={relationshipAlert ? 'person-relationship-error' : undefined}
          onChange={(event) =>
            void edits.chooseRelationship(person, event.currentTarget.value as Person['relationship'])
          }
        >
          {RELATIONSHIPS.map((value) => (
            <option key={value} value={value}>
              {RELATIONSHIP_LABELS[value]}
            </option>
          ))}
        </select>
        {relationshipAlert && (
          <EditRefusal
            id="person-relationship-error"
            alert={relationshipAlert}
            anyway="Save mine anyway"
            onAnyway={() => void edits.saveRelationship(person)}
          />
        )}
      </div>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void edits.merge(person);
        }}
      >
        <div class="field">
          <label class="label" for="person-merge">
            Merge into
          </label>
          <select
            id="person-merge"
            value={mergeInto}
            aria-describedby={mergeAlert ? 'person-merge-error' : undefined}
            onChange={(event) => {
              const id = event.currentTarget.value;
              edits.chooseMerge(
                person,
                otherPeople.find((other) => other.id === id),
              );
            }}
          >
            <option value="">Choose someone…</option>
            {otherPeople.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!mergeInto}>
          Merge
        </button>
        {mergeAlert && (
          <EditRefusal
            id="person-merge-error"
            alert={mergeAlert}
            anyway="Merge anyway"
            onAnyway={() => void edits.merge(person)}
          />
        )}
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
                  <span class="kind">{CONVERSATION_KIND_LABELS[conversation.kind]}</span>
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

/** Why an edit of the person was not stored, under its control; with a way to make it anyway. */
function EditRefusal(props: { id: string; alert: EditAlert; anyway: string; onAnyway: () => void }) {
  return (
    <div class="field-refusal">
      <p class="field-error" id={props.id} role="alert">
        {props.alert.message}
      </p>
      {props.alert.anyway && (
        <button type="button" onClick={props.onAnyway}>
          {props.anyway}
        </button>
      )}
    </div>
  );
}
