import type { OwnPoint } from '../../domain/prep/agenda';

interface Props {
  points: readonly OwnPoint[];
  /** The point being typed: a draft of this view until it is stored. */
  text: string;
  /** Why the point typed was not stored (too long, blank, a failed write), shown beside it. */
  error: string | undefined;
  saving: boolean;
  onType(text: string): void;
  onAdd(): void;
  onToggle(id: string, done: boolean): void;
  onRemove(id: string): void;
}

/** Points the user adds by hand: whatever the log cannot know, kept with the conversation. */
export function OwnPoints({ points, text, error, saving, onType, onAdd, onToggle, onRemove }: Props) {
  return (
    // With no points of one's own, the section is only a form: it is left out of print.
    <section
      class={`prep-section own-points${points.length === 0 ? ' no-print' : ''}`}
      aria-labelledby="own-points-heading"
    >
      <h2 id="own-points-heading">Your points</h2>
      {points.length > 0 && (
        <ul class="points">
          {points.map((point) => (
            <li key={point.id} class="point point-own">
              <label class="check">
                <input
                  type="checkbox"
                  checked={Boolean(point.done)}
                  onChange={(event) => onToggle(point.id, event.currentTarget.checked)}
                />
                <span class={point.done ? 'done' : ''}>{point.text}</span>
              </label>
              <button
                type="button"
                class="no-print"
                aria-label={`Remove: ${point.text}`}
                onClick={() => onRemove(point.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-point no-print"
        aria-label="Add a point"
        onSubmit={(event) => {
          event.preventDefault();
          onAdd();
        }}
      >
        <label class="label" for="new-point">
          New point
        </label>
        <div class="inline">
          <input
            id="new-point"
            type="text"
            value={text}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? 'new-point-error' : undefined}
            onInput={(event) => onType(event.currentTarget.value)}
          />
          <button type="submit" disabled={saving}>
            Add point
          </button>
        </div>
        {error && (
          <p class="field-error" id="new-point-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
