import { useEffect, useState } from 'preact/hooks';
import type { LatitudeDb } from '../../db/database';
import { addPeopleNamedInEntries, listPeopleWithCounts } from '../../db/people';
import type { AppClock } from '../kit/app-env';
import { useLiveQuery } from '../kit/use-live-query';
import { RELATIONSHIP_LABELS } from '../kit/labels';

/** Everyone the log mentions, with their relationship and how many entries name them. */
export function PeopleView({ db, clock }: { db: LatitudeDb; clock: AppClock }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Names typed into entries become people here, so each can be renamed, merged and visited.
    void addPeopleNamedInEntries(db, { now: clock.now(), newId: clock.newId })
      .catch(() => undefined)
      .finally(() => setReady(true));
  }, [db, clock]);
  const people = useLiveQuery(() => listPeopleWithCounts(db), [db, ready]);

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
