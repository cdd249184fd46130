import { useId } from 'preact/hooks';
import type { ActionItem } from '../../domain/action-item';
import type { Entry } from '../../domain/entry';
import type { ShownPoint } from '../../domain/prep/agenda';
import { STRENGTH_LABELS } from '../../domain/prep/evidence';
import { ConflictNotice } from '../kit/ConflictNotice';
import { EvidenceList } from './EvidenceList';
import type { RewordDraft, RewordNote } from './prep-agenda-state';

/**
 * What a point's buttons do. A rewording is kept in the prep's state (a draft of the view) rather
 * than in this component, so a reload reopens it with the words typed.
 */
export interface PointActions {
  togglePin(key: string): void;
  hide(key: string): void;
  rewordOf(key: string): RewordDraft | undefined;
  noteOf(key: string): RewordNote | undefined;
  /** `wording`: the user's wording shown now, if the point is reworded. */
  startReword(key: string, shown: string, wording: string | undefined): void;
  typeReword(key: string, text: string): void;
  cancelReword(key: string): void;
  saveReword(key: string, original: string): void;
  restoreOriginal(key: string, original: string, wording: string | undefined): void;
  saveRewordAnyway(key: string, original: string): void;
  discardReword(key: string): void;
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
  const rewording = actions.rewordOf(point.key);
  const note = actions.noteOf(point.key);
  const problem = note?.kind === 'problem' ? note.message : undefined;
  const wording = shown.reworded ? shown.text : undefined;
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
      {rewording ? (
        <form
          class="reword"
          onSubmit={(event) => {
            event.preventDefault();
            actions.saveReword(point.key, point.text);
          }}
        >
          <label class="label" for={editId}>
            Reworded point
          </label>
          <textarea
            id={editId}
            rows={2}
            value={rewording.text}
            aria-invalid={Boolean(problem)}
            aria-describedby={problem ? `${editId}-error` : undefined}
            onInput={(event) => actions.typeReword(point.key, event.currentTarget.value)}
          />
          {problem && (
            <p class="field-error" id={`${editId}-error`} role="alert">
              {problem}
            </p>
          )}
          {note?.kind === 'conflict' && (
            <ConflictNotice
              message={note.message}
              theirs={
                note.theirs === undefined
                  ? { label: 'The other view went back to the generated text:', text: point.text }
                  : { label: 'The other view’s wording:', text: note.theirs }
              }
              onSaveMine={() => actions.saveRewordAnyway(point.key, point.text)}
              onDiscardMine={() => actions.discardReword(point.key)}
            />
          )}
          <div class="point-actions">
            <button type="submit" class="primary">
              Save wording
            </button>
            <button type="button" onClick={() => actions.cancelReword(point.key)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="point-actions">
          <button
            type="button"
            aria-pressed={shown.pinned}
            aria-describedby={textId}
            onClick={() => actions.togglePin(point.key)}
          >
            Pin
          </button>
          <button
            type="button"
            aria-describedby={textId}
            onClick={() => actions.startReword(point.key, shown.text, wording)}
          >
            Reword
          </button>
          {shown.reworded && (
            <button
              type="button"
              aria-describedby={textId}
              onClick={() => actions.restoreOriginal(point.key, point.text, wording)}
            >
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
