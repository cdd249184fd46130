import { useId, useState } from 'preact/hooks';
import type { ActionItem } from '../domain/action-item';
import type { Entry } from '../domain/entry';
import type { ShownPoint } from '../domain/prep/agenda';
import { STRENGTH_LABELS } from '../domain/prep/evidence';
import { EvidenceList } from './EvidenceList';

export interface PointActions {
  togglePin(key: string): void;
  hide(key: string): void;
  reword(key: string, text: string, original: string): void;
}

interface Props {
  shown: ShownPoint;
  entries: ReadonlyMap<string, Entry>;
  actionItems: ReadonlyMap<string, ActionItem>;
  actions: PointActions;
}

/** One talking point: its text, how well it is backed, its evidence, and the user's edits. */
export function TalkingPointItem({ shown, entries, actionItems, actions }: Props) {
  const { point } = shown;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(shown.text);
  const textId = useId();
  const editId = useId();

  return (
    <li class={`point point-${point.type} point-strength-${point.strength}${shown.pinned ? ' pinned' : ''}`}>
      <div class="point-head">
        <p class="point-text" id={textId}>
          {shown.pinned && <span class="pin-mark">Pinned </span>}
          {shown.text}
        </p>
        {/* Strength belongs to evidence: readings of the log and plans carry no badge. */}
        {(point.type === 'evidence' || point.type === 'gap') && (
          <span class={`strength strength-${point.strength}`}>{STRENGTH_LABELS[point.strength]}</span>
        )}
      </div>
      {shown.reworded && <p class="point-detail">Your wording; generated: “{point.text}”</p>}
      {point.detail && <p class="point-detail">{point.detail}</p>}
      {point.quotes && point.quotes.length > 0 && (
        <ul class="quotes" aria-label="What others said about it">
          {point.quotes.map((quote) => (
            <li key={quote.entryId}>
              {quote.text} <span class="quote-by">— {quote.by}</span>
            </li>
          ))}
        </ul>
      )}
      {point.type === 'gap' && (
        <p class="next-step">
          <span class="label">Next:</span> {point.nextStep}
        </p>
      )}
      <EvidenceList
        entryIds={point.entryIds}
        actionItemIds={point.actionItemIds}
        entries={entries}
        actionItems={actionItems}
        pointText={point.text}
      />
      {editing ? (
        <form
          class="reword"
          onSubmit={(event) => {
            event.preventDefault();
            actions.reword(point.key, draft, point.text);
            setEditing(false);
          }}
        >
          <label class="label" for={editId}>
            Reworded point
          </label>
          <textarea id={editId} rows={2} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
          <div class="point-actions">
            <button type="submit" class="primary">
              Save wording
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="point-actions">
          <button type="button" aria-pressed={shown.pinned} aria-describedby={textId} onClick={() => actions.togglePin(point.key)}>
            Pin
          </button>
          <button
            type="button"
            aria-describedby={textId}
            onClick={() => {
              setDraft(shown.text);
              setEditing(true);
            }}
          >
            Reword
          </button>
          {shown.reworded && (
            <button type="button" aria-describedby={textId} onClick={() => actions.reword(point.key, '', point.text)}>
              Restore original
            </button>
          )}
          <button type="button" aria-describedby={textId} onClick={() => actions.hide(point.key)}>
            Hide
          </button>
        </div>
      )}
    </li>
  );
}
