import { ConflictNotice } from '../kit/ConflictNotice';
import { ActionItemRow } from './ActionItemRow';
import type { SidePanelState } from './side-panel-state';

interface Props {
  state: SidePanelState;
}

/**
 * What to talk about: open action items from earlier 1:1s (until ticked done), the talking points
 * pinned on the prep page, and the user's own points, which can be added, reordered and ticked.
 * The item being typed is a draft of this panel until it is stored.
 */
export function OneOnOneAgenda({ state }: Props) {
  // Today's 1:1, as stored now: its agenda is shown, and edits go to it.
  const conversation = state.current.value;
  const personName = state.person.value?.name;
  if (!conversation || !personName) return null;
  const carried = state.carried.value;
  const pinned = state.pinned.value.status === 'ready' ? state.pinned.value.value : undefined;
  const id = conversation.id;
  const own = conversation.agenda.own ?? [];
  const text = state.agendaText(conversation);
  const problem = state.agendaProblem.value?.conversationId === id ? state.agendaProblem.value : undefined;
  const conflict = state.agendaConflict.value?.conversationId === id ? state.agendaConflict.value : undefined;
  const addError = problem?.place === 'add' ? problem.message : undefined;
  const edit = (change: Parameters<SidePanelState['editAgenda']>[1]) => void state.editAgenda(conversation, change);

  return (
    <section class="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>

      <h3 id="carried-heading">Open action items</h3>
      {carried.length === 0 ? (
        <p class="muted">Nothing open from earlier 1:1s.</p>
      ) : (
        <ul class="items" aria-labelledby="carried-heading">
          {carried.map((item) => (
            <ActionItemRow key={item.id} item={item} personName={personName} state={state} />
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
                  onChange={(event) => edit({ type: 'own-done', id: point.id, done: event.currentTarget.checked })}
                />
                <span class="entry-text">{point.text}</span>
              </label>
              <span class="item-actions">
                <button
                  type="button"
                  aria-label={`Move up: ${point.text}`}
                  disabled={index === 0}
                  onClick={() => edit({ type: 'move-own', id: point.id, by: -1 })}
                >
                  Move up
                </button>
                <button
                  type="button"
                  aria-label={`Move down: ${point.text}`}
                  disabled={index === own.length - 1}
                  onClick={() => edit({ type: 'move-own', id: point.id, by: 1 })}
                >
                  Move down
                </button>
                <button
                  type="button"
                  aria-label={`Remove: ${point.text}`}
                  onClick={() => edit({ type: 'remove-own', id: point.id })}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {problem?.place === 'list' && (
        <p class="alert" role="alert">
          {problem.message}
        </p>
      )}
      <form
        class="inline-add"
        aria-label="Add an agenda item"
        onSubmit={(event) => {
          event.preventDefault();
          void state.addAgendaItem(conversation);
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
            aria-invalid={Boolean(addError)}
            aria-describedby={addError ? 'agenda-item-error' : undefined}
            onInput={(event) => state.typeAgenda(conversation, event.currentTarget.value)}
          />
        </div>
        <button type="submit">Add to agenda</button>
        {addError && (
          <p class="field-error" id="agenda-item-error" role="alert">
            {addError}
          </p>
        )}
      </form>
      {conflict && (
        <ConflictNotice
          message={conflict.message}
          busy={state.agendaSaving.value}
          onSaveMine={() => void state.saveAgendaAnyway()}
          onDiscardMine={() => state.discardAgenda()}
        />
      )}
    </section>
  );
}
