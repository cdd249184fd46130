import type { ActionItem } from '../../domain/action-item';
import { areaName } from '../../domain/area';
import { type Entry, KIND_LABELS } from '../../domain/entry';
import { LazyDetails } from './LazyDetails';

interface Props {
  entryIds: readonly string[];
  actionItemIds: readonly string[];
  entries: ReadonlyMap<string, Entry>;
  actionItems: ReadonlyMap<string, ActionItem>;
  /** The point's own text: an entry that says exactly this is not quoted twice. */
  pointText?: string;
}

/**
 * The records a point stands on. Each entry opens in place to show all of it; everything is
 * rendered as text, and links only when they are http(s).
 */
export function EvidenceList({ entryIds, actionItemIds, entries, actionItems, pointText }: Props) {
  const cited = entryIds.flatMap((id) => entries.get(id) ?? []);
  const items = actionItemIds.flatMap((id) => actionItems.get(id) ?? []);
  if (cited.length === 0 && items.length === 0) return null;
  return (
    <ul class="evidence" aria-label="Evidence">
      {cited.map((entry) => (
        <li key={entry.id}>
          <LazyDetails
            summary={
              <>
                <span class="kind">{KIND_LABELS[entry.kind]}</span>{' '}
                <time dateTime={entry.occurredOn}>{entry.occurredOn}</time>{' '}
                {entry.text !== pointText && <span class="evidence-text">{entry.text}</span>}
              </>
            }
          >
            {() => <EntryDetails entry={entry} />}
          </LazyDetails>
        </li>
      ))}
      {items.map((item) => (
        <li key={item.id} class="evidence-action">
          <span class="kind">Action item</span> {item.text}
          {item.dueOn && (
            <>
              {' '}
              · due <time dateTime={item.dueOn}>{item.dueOn}</time>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function EntryDetails({ entry }: { entry: Entry }) {
  const fields: [string, string | undefined][] = [['Text', entry.text]];
  if (entry.kind === 'win') {
    fields.push(
      ['Impact', entry.impact],
      ['Metric', entry.metric],
      ['Scope', entry.scope],
      ['Situation', entry.situation],
      ['Task', entry.task],
      ['Action', entry.action],
      ['Result', entry.result],
    );
  } else if (entry.kind === 'feedback') {
    fields.push(
      [entry.direction === 'received' ? 'From' : 'To', entry.person],
      ['Relationship', entry.relationship],
      ['Signal', entry.signal],
      ['Situation', entry.situation],
      ['Behavior', entry.behavior],
      ['Impact', entry.impact],
    );
  } else if (entry.kind === 'talent') {
    fields.push(['Whose word', entry.evidence === 'self' ? 'Your own' : "Others'"]);
  }
  if (entry.kind !== 'feedback') fields.push(['Person', entry.person]);
  fields.push(
    ['Areas', entry.areas.map(areaName).join(', ') || undefined],
    ['Tags', entry.tags.join(', ') || undefined],
    ['Energy', entry.energy === undefined ? undefined : String(entry.energy)],
    ['Felt as', entry.meaning],
  );
  const link = entry.kind === 'win' && entry.evidenceUrl ? entry.evidenceUrl : entry.source?.url;
  return (
    <dl class="entry-details">
      {fields
        .filter((field): field is [string, string] => Boolean(field[1]))
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      {link && isWebLink(link) && (
        <div>
          <dt>Link</dt>
          <dd>
            <a href={link} target="_blank" rel="noreferrer noopener">
              {entry.source?.title && link === entry.source.url ? entry.source.title : link}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** Stored links are checked by the schema; checked again here, as this is where one gets clicked. */
function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
