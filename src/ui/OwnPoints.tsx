import { useState } from 'preact/hooks';
import type { OwnPoint } from '../domain/prep/agenda';

interface Props {
  points: readonly OwnPoint[];
  onAdd(text: string): void;
  onToggle(id: string): void;
  onRemove(id: string): void;
}

/** Points the user adds by hand: whatever the log cannot know, kept with the conversation. */
export function OwnPoints({ points, onAdd, onToggle, onRemove }: Props) {
  const [text, setText] = useState('');
  return (
    // With no points of one's own, the section is only a form: it is left out of print.
    <section class={`prep-section own-points${points.length === 0 ? ' no-print' : ''}`} aria-labelledby="own-points-heading">
      <h2 id="own-points-heading">Your points</h2>
      {points.length > 0 && (
        <ul class="points">
          {points.map((point) => (
            <li key={point.id} class="point point-own">
              <label class="check">
                <input type="checkbox" checked={Boolean(point.done)} onChange={() => onToggle(point.id)} />
                <span class={point.done ? 'done' : ''}>{point.text}</span>
              </label>
              <button type="button" class="no-print" aria-label={`Remove: ${point.text}`} onClick={() => onRemove(point.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-point no-print"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          onAdd(text.trim());
          setText('');
        }}
      >
        <label class="label" for="new-point">
          New point
        </label>
        <div class="inline">
          <input id="new-point" type="text" value={text} onInput={(event) => setText(event.currentTarget.value)} />
          <button type="submit">Add point</button>
        </div>
      </form>
    </section>
  );
}
