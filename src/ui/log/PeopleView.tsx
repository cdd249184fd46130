import { RELATIONSHIP_LABELS } from '../kit/labels';
import type { PeopleState } from './people-state';

/** Everyone the log mentions, with their relationship and how many entries name them. */
export function PeopleView({ state }: { state: PeopleState }) {
  const people = state.people.value;

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      {people.status === 'loading' && <p class="muted">Loading…</p>}
      {people.status === 'error' && (
        <p class="alert" role="alert">
          The people in the log cannot be read right now.
        </p>
      )}
      {people.status === 'ready' &&
        (people.value.length === 0 ? (
          <p class="muted">Nobody yet. People appear here when feedback or notes name them.</p>
        ) : (
          <ul class="people" aria-label="People">
            {people.value.map(({ person, entryCount }) => (
              <li key={person.id}>
                <a href={`#/people/${encodeURIComponent(person.id)}`}>{person.name}</a>{' '}
                <span class="muted">
                  {RELATIONSHIP_LABELS[person.relationship]} · {entryCount} {entryCount === 1 ? 'entry' : 'entries'}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
