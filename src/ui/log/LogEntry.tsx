import { shortText } from '../../domain/about';
import type { AreaOption } from '../../domain/area';
import { type Entry, KIND_LABELS } from '../../domain/entry';
import { detailTexts } from '../../domain/entry-search';
import type { EntryEditor as EditorState } from './entry-editor-state';
import { EntryEditor } from './EntryEditor';
import { Highlighted } from './Highlighted';
import type { WinChoices } from '../kit/AboutWinSelect';
import { ABOUT_LABELS, DETAIL_LABELS, ENERGY_LABELS, MEANING_LABELS, SIGNAL_LABELS } from '../kit/labels';

interface Props {
  entry: Entry;
  areas: readonly AreaOption[];
  /** Words to highlight, when the entry is a search result. */
  terms?: ReadonlySet<string> | undefined;
  selected: boolean;
  /** The editor, when this entry is being edited. */
  editor?: EditorState | undefined;
  onSelect: (selected: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
  /**
   * For linked feedback, the text of each entry it is about, in order (`undefined`: deleted
   * since); nothing while they load.
   */
  about?: readonly (string | undefined)[] | undefined;
  /** The editor's choice of wins for "About a win", and how to ask for it. */
  wins?: WinChoices | undefined;
  loadWins?: () => void;
}

/**
 * One entry in the full log: everything it holds, with select, edit and delete. All of it may come
 * from a web page, so every value is rendered as text.
 */
export function LogEntry(props: Props) {
  const { entry, areas, terms } = props;
  const areaName = (id: string) => areas.find((area) => area.id === id)?.name ?? id;
  const short = entry.text.length > 60 ? `${entry.text.slice(0, 59)}…` : entry.text;

  return (
    <li class={`entry log-entry entry-${entry.kind}`}>
      <div class="entry-meta">
        <label class="check select">
          <input
            type="checkbox"
            checked={props.selected}
            aria-describedby={`entry-${entry.id}-text`}
            onChange={(event) => props.onSelect(event.currentTarget.checked)}
          />
          Select
        </label>
        <span class="kind">{KIND_LABELS[entry.kind]}</span>
        {entry.kind === 'feedback' && entry.signal && <span class="chip">{SIGNAL_LABELS[entry.signal]}</span>}
        {entry.kind === 'feedback' && <span>{entry.direction}</span>}
        <time dateTime={entry.occurredOn}>{entry.occurredOn}</time>
        {entry.person && (
          <span class="person">
            <Highlighted text={entry.person} terms={terms} />
          </span>
        )}
        {entry.energy !== undefined && <span title="Energy">Energy {ENERGY_LABELS[String(entry.energy)]}</span>}
        {entry.meaning && <span>{MEANING_LABELS[entry.meaning]}</span>}
      </div>
      {props.editor ? (
        <EntryEditor editor={props.editor} areas={areas} wins={props.wins} loadWins={props.loadWins} />
      ) : (
        <>
          <p class="entry-text" id={`entry-${entry.id}-text`}>
            <Highlighted text={entry.text} terms={terms} />
          </p>
          {props.about && props.about.length > 0 && (
            <p class="entry-about">
              {`${ABOUT_LABELS.line} ${props.about.map((text) => (text === undefined ? ABOUT_LABELS.deletedInLine : shortText(text))).join('; ')}`}
            </p>
          )}
          <Details entry={entry} terms={terms} />
          {(entry.tags.length > 0 || entry.areas.length > 0) && (
            // The same list of chips as the popup and side panel show (EntryItem).
            <ul class="chips" aria-label="Tags and areas">
              {entry.areas.map((area) => (
                <li key={`area-${area}`} class="chip area">
                  {areaName(area)}
                </li>
              ))}
              {entry.tags.map((tag) => (
                <li key={`tag-${tag}`} class="chip">
                  #<Highlighted text={tag} terms={terms} />
                </li>
              ))}
            </ul>
          )}
          {entry.source && (
            <a class="entry-source" href={entry.source.url} target="_blank" rel="noreferrer noopener">
              <Highlighted text={entry.source.title || entry.source.url} terms={terms} />
            </a>
          )}
          <div class="entry-actions">
            <button
              type="button"
              class="link-button"
              aria-describedby={`entry-${entry.id}-text`}
              onClick={props.onEdit}
            >
              Edit
            </button>
            <button
              type="button"
              class="link-button danger"
              aria-describedby={`entry-${entry.id}-text`}
              title={`Delete “${short}”`}
              onClick={props.onDelete}
            >
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}

function Details({ entry, terms }: { entry: Entry; terms: ReadonlySet<string> | undefined }) {
  const rows: [string, string][] = [];
  const any = entry as unknown as Record<string, unknown>;
  for (const key of ['impact', 'metric', 'situation', 'task', 'action', 'result', 'behavior']) {
    if (typeof any[key] === 'string' && any[key]) rows.push([DETAIL_LABELS[key]!, any[key] as string]);
  }
  if (rows.length === 0 && detailTexts(entry).length === 0 && !(entry.kind === 'win' && entry.evidenceUrl)) {
    return null;
  }
  return (
    <dl class="details">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <Highlighted text={value} terms={terms} />
          </dd>
        </div>
      ))}
      {entry.kind === 'win' && entry.evidenceUrl && (
        <div>
          <dt>Evidence</dt>
          <dd>
            <a href={entry.evidenceUrl} target="_blank" rel="noreferrer noopener">
              {entry.evidenceUrl}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
