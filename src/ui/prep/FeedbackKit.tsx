import type { ReadonlySignal } from '@preact/signals';
import type { Person } from '../../domain/person';
import type { ParsedFeedback } from '../../domain/prep/feedback-kit';
import { SIGNAL_LABELS } from '../kit/labels';
import { type ActionStatus, ActionStatusLine } from '../kit/ActionStatus';
import type { FeedbackKitDraft } from './prep-state';

interface Props {
  kit: {
    typed: ReadonlySignal<FeedbackKitDraft>;
    message: ReadonlySignal<string>;
    /** The reply read into lines, shown for review; none before "Read reply" or after a save. */
    parsed: ReadonlySignal<readonly ParsedFeedback[] | null>;
    kept: ReadonlySignal<readonly boolean[]>;
    chosen: ReadonlySignal<readonly ParsedFeedback[]>;
    status: ReadonlySignal<ActionStatus>;
  };
  /** People whose names "From" suggests. */
  people: readonly Person[];
  actions: {
    typeKit(patch: Partial<FeedbackKitDraft>): void;
    copyKitMessage(): void;
    readReply(): void;
    toggleReplyLine(index: number): void;
    saveReplies(): void;
  };
}

/**
 * The feedback request kit: a message to send to trusted colleagues, and a place to paste their
 * reply, which is read into feedback entries shown for review before anything is saved.
 */
export function FeedbackKit({ kit, people, actions }: Props) {
  const { recipient, reply, from } = kit.typed.value;
  const message = kit.message.value;
  const parsed = kit.parsed.value;
  const kept = kit.kept.value;
  const chosen = kit.chosen.value;
  const type = actions.typeKit;
  return (
    <section class="prep-section feedback-kit no-print" aria-labelledby="feedback-kit-heading">
      <h2 id="feedback-kit-heading">Ask for feedback</h2>
      <p class="intro">Ask colleagues you trust what you do well, and what to start, keep and stop doing.</p>
      <div class="field">
        <label class="label" for="kit-recipient">
          Colleague’s name
        </label>
        <input
          id="kit-recipient"
          type="text"
          value={recipient}
          onInput={(e) => type({ recipient: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label class="label" for="kit-message">
          Message
        </label>
        <textarea id="kit-message" rows={9} readOnly value={message} />
      </div>
      <button type="button" onClick={() => actions.copyKitMessage()}>
        Copy message
      </button>

      <h3>Paste a reply</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          actions.readReply();
        }}
      >
        <div class="field">
          <label class="label" for="kit-reply">
            Reply
          </label>
          <textarea id="kit-reply" rows={6} value={reply} onInput={(e) => type({ reply: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label class="label" for="kit-from">
            From
          </label>
          <input
            id="kit-from"
            type="text"
            list="kit-people"
            autoComplete="off"
            value={from}
            onInput={(e) => type({ from: e.currentTarget.value })}
          />
          <datalist id="kit-people">
            {people.map((person) => (
              <option key={person.id} value={person.name} />
            ))}
          </datalist>
        </div>
        <button type="submit">Read reply</button>
      </form>

      {parsed && parsed.length === 0 && (
        <p class="muted">
          No start, keep or stop lines found. Lines that begin with “Start:”, “Keep:” or “Stop:” are read.
        </p>
      )}
      {parsed && parsed.length > 0 && (
        <form
          class="review-replies"
          aria-label="Feedback to save"
          onSubmit={(event) => {
            event.preventDefault();
            actions.saveReplies();
          }}
        >
          <ul class="points">
            {parsed.map((line, index) => (
              <li key={`${index}-${line.text}`}>
                <label class="check">
                  <input type="checkbox" checked={kept[index]} onChange={() => actions.toggleReplyLine(index)} />
                  <span>
                    <span class="chip">{SIGNAL_LABELS[line.signal]}</span> {line.text}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <button type="submit" class="primary" disabled={chosen.length === 0}>
            Save {chosen.length} feedback {chosen.length === 1 ? 'entry' : 'entries'}
          </button>
        </form>
      )}
      <ActionStatusLine status={kit.status.value} />
    </section>
  );
}
