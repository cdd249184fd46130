import { areaName } from '../../domain/area';
import { type Entry, KIND_LABELS } from '../../domain/entry';

interface Props {
  entry: Entry;
  /** Whether to show details (tags, areas, page) or just the kind and text. */
  compact?: boolean;
}

/**
 * One entry as a list item. Everything in an entry may come from a web page, so it is rendered
 * only as text (Preact escapes it); the page link is always http(s), checked by the schema.
 */
export function EntryItem({ entry, compact = false }: Props) {
  return (
    <li class={`entry entry-${entry.kind}`}>
      <div class="entry-meta">
        <span class="kind">{KIND_LABELS[entry.kind]}</span>
        {entry.kind === 'feedback' && entry.signal && <span class="chip">{entry.signal}</span>}
        <time dateTime={entry.occurredOn}>{entry.occurredOn}</time>
        {entry.person && <span class="person">{entry.person}</span>}
      </div>
      <p class={compact ? 'entry-text clamp' : 'entry-text'}>{entry.text}</p>
      {!compact && (entry.tags.length > 0 || entry.areas.length > 0) && (
        <ul class="chips" aria-label="Tags and areas">
          {entry.areas.map((area) => (
            <li key={`area-${area}`} class="chip area">
              {areaName(area)}
            </li>
          ))}
          {entry.tags.map((tag) => (
            <li key={`tag-${tag}`} class="chip">
              #{tag}
            </li>
          ))}
        </ul>
      )}
      {!compact && entry.source && (
        <a class="entry-source" href={entry.source.url} target="_blank" rel="noreferrer noopener">
          {entry.source.title || entry.source.url}
        </a>
      )}
    </li>
  );
}
