import type { ComponentChildren } from 'preact';
import { areaName as defaultAreaName } from '../../domain/area';
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
      {!compact && <EntryChipsAndSource entry={entry} />}
    </li>
  );
}

interface ChipsProps {
  entry: Entry;
  /** The name shown for an area (by default the built-in one). */
  areaName?: (id: string) => string;
  /** How a tag or the page's title is shown (the log highlights search terms in them). */
  show?: (text: string) => ComponentChildren;
}

/** An entry's areas and tags as chips, then the page it came from: the same in every list of entries. */
export function EntryChipsAndSource({ entry, areaName = defaultAreaName, show = (text) => text }: ChipsProps) {
  return (
    <>
      {(entry.tags.length > 0 || entry.areas.length > 0) && (
        <ul class="chips" aria-label="Tags and areas">
          {entry.areas.map((area) => (
            <li key={`area-${area}`} class="chip area">
              {areaName(area)}
            </li>
          ))}
          {entry.tags.map((tag) => (
            <li key={`tag-${tag}`} class="chip">
              #{show(tag)}
            </li>
          ))}
        </ul>
      )}
      {entry.source && (
        <a class="entry-source" href={entry.source.url} target="_blank" rel="noreferrer noopener">
          {show(entry.source.title || entry.source.url)}
        </a>
      )}
    </>
  );
}
