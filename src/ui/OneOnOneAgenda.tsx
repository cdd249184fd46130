import { useState } from 'preact/hooks';
import type { ActionItem } from '../domain/action-item';
import type { Agenda } from '../domain/conversation';
import { moveOwnPoint } from '../domain/one-on-one';
import { addOwnPoint, removeOwnPoint, toggleOwnPointDone } from '../domain/prep/agenda';
import type { PinnedPoints } from '../db/pinned-points';
import { ActionItemRow } from './ActionItemRow';

interface Props {
  personName: string;
  carried: ActionItem[];
  pinned: PinnedPoints | undefined;
  agenda: Agenda;
  onToggleItem: (id: string, done: boolean) => void;
  onAgendaChange: (agenda: Agenda) => void;
  newId: () => string;
}

/**
 * What to talk about: open action items from earlier 1:1s (until ticked done), the talking points
 * pinned on the prep page, and the user's own points, which can be added, reordered and ticked.
 */
export function OneOnOneAgenda({ personName, carried, pinned, agenda, onToggleItem, onAgendaChange, newId }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const own = agenda.own ?? [];

  function add() {
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write the agenda item first.');
      return;
    }
    if (trimmed.length > 10_000) {
      setError('Keep an agenda item to 10,000 characters at most.');
      return;
    }
    setError(undefined);
    setText('');
    onAgendaChange(addOwnPoint(agenda, { id: newId(), text: trimmed }));
  }

  return (
    <section class="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>

      <h3 id="carried-heading">Open action items</h3>
      {carried.length === 0 ? (
        <p class="muted">Nothing open from earlier 1:1s.</p>
      ) : (
        <ul class="items" aria-labelledby="carried-heading">
          {carried.map((item) => (
            <ActionItemRow key={item.id} item={item} personName={personName} onToggle={onToggleItem} />
          ))}
        </ul>
      )}

      {pinned && pinned.points.length > 0 && (
        <>
          <h3 id="pinned-heading">Pinned for the {pinned.label.toLowerCase()} prep</h3>
          <ul class="items" aria-labelledby="pinned-heading">
            {pinned.points.map((point) => (
              <li key={point.key} class="item">
                <span class="entry-text">{point.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 id="own-heading">Your points</h3>
      {own.length > 0 && (
        <ul class="items" aria-labelledby="own-heading">
          {own.map((point, index) => (
            <li key={point.id} class={point.done ? 'item done' : 'item'}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={Boolean(point.done)}
                  onChange={() => onAgendaChange(toggleOwnPointDone(agenda, point.id))}
                />
                <span class="entry-text">{point.text}</span>
              </label>
              <span class="item-actions">
                <button
                  type="button"
                  aria-label={`Move up: ${point.text}`}
                  disabled={index === 0}
                  onClick={() => onAgendaChange(moveOwnPoint(agenda, point.id, -1))}
                >
                  Move up
                </button>
                <button
                  type="button"
                  aria-label={`Move down: ${point.text}`}
                  disabled={index === own.length - 1}
                  onClick={() => onAgendaChange(moveOwnPoint(agenda, point.id, 1))}
                >
                  Move down
                </button>
                <button
                  type="button"
                  aria-label={`Remove: ${point.text}`}
                  onClick={() => onAgendaChange(removeOwnPoint(agenda, point.id))}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline-add"
        aria-label="Add an agenda item"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <div class="field">
          <label class="label" for="agenda-item">
            Agenda item
          </label>
          <input
            id="agenda-item"
            type="text"
            value={text}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? 'agenda-item-error' : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </div>
        <button type="submit">Add to agenda</button>
        {error && (
          <p class="field-error" id="agenda-item-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
