import type { Entry } from '../../domain/entry';
import { EntryItem } from '../kit/EntryItem';
import type { LiveResult } from '../kit/use-live-query';

interface Props {
  heading: string;
  result: LiveResult<Entry[]>;
  empty: string;
  compact?: boolean;
}

/** A short, live list of the latest entries, as shown in the popup and the side panel. */
export function RecentEntries({ heading, result, empty, compact = true }: Props) {
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{heading}</h2>
      {result.status === 'loading' && <p class="muted">Loading…</p>}
      {result.status === 'error' && <p class="muted">The log cannot be read right now.</p>}
      {result.status === 'ready' &&
        (result.value.length === 0 ? (
          <p class="muted">{empty}</p>
        ) : (
          <ul class="entries">
            {result.value.map((entry) => (
              <EntryItem key={entry.id} entry={entry} compact={compact} />
            ))}
          </ul>
        ))}
    </section>
  );
}
