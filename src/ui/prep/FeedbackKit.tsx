import { useMemo, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import type { DraftStore } from '../../browser/draft-store';
import type { SaveRepliesResult } from '../../db/entries/feedback-replies';
import { type ParsedFeedback, feedbackRequestMessage, parseFeedbackReply } from '../../domain/prep/feedback-kit';
import { SIGNAL_LABELS } from '../kit/labels';
import { type ActionStatus, ActionStatusLine } from '../kit/ActionStatus';

/** What is typed in the kit, kept as the prep page's draft until the reply is saved. */
export const feedbackKitDraftSchema = z.object({ recipient: z.string(), reply: z.string(), from: z.string() });
export type FeedbackKitDraft = z.infer<typeof feedbackKitDraftSchema>;

interface Props {
  copy(text: string): Promise<void>;
  save(replies: readonly ParsedFeedback[], person: string): Promise<SaveRepliesResult>;
  /** Names to suggest for "From". */
  people: readonly string[];
  /** Where what is typed is kept (a pasted reply can be long); none: kept only on screen. */
  drafts?: DraftStore<FeedbackKitDraft> | undefined;
}

/**
 * The feedback request kit: a message to send to trusted colleagues, and a place to paste their
 * reply, which is read into feedback entries shown for review before anything is saved.
 */
export function FeedbackKit({ copy, save, people, drafts }: Props) {
  const [typed, setTyped] = useState<FeedbackKitDraft>(() => drafts?.load() ?? { recipient: '', reply: '', from: '' });
  const { recipient, reply, from } = typed;
  // From the current value, not this render's: the reply is emptied after a save that resolves later.
  const type = (patch: Partial<FeedbackKitDraft>) =>
    setTyped((current) => {
      const next = { ...current, ...patch };
      if (next.recipient || next.reply || next.from) drafts?.save(next);
      else drafts?.clear();
      return next;
    });
  const [parsed, setParsed] = useState<ParsedFeedback[] | null>(null);
  const [kept, setKept] = useState<boolean[]>([]);
  const [status, setStatus] = useState<ActionStatus>({ kind: 'idle' });
  const message = useMemo(() => feedbackRequestMessage(recipient), [recipient]);
  const chosen = parsed?.filter((_, index) => kept[index]) ?? [];

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
      <button
        type="button"
        onClick={() =>
          copy(message).then(
            () => setStatus({ kind: 'done', message: 'Message copied' }),
            () =>
              setStatus({ kind: 'failed', message: 'The message could not be copied: select it and copy it by hand.' }),
          )
        }
      >
        Copy message
      </button>

      <h3>Paste a reply</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const lines = parseFeedbackReply(reply);
          setParsed(lines);
          setKept(lines.map(() => true));
          setStatus({ kind: 'idle' });
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
            {people.map((name) => (
              <option key={name} value={name} />
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
            if (!from.trim()) {
              setStatus({ kind: 'failed', message: 'Say who the feedback is from before saving it.' });
              return;
            }
            save(chosen, from).then(
              (result) => {
                if (result.ok) {
                  setStatus({
                    kind: 'done',
                    message: `Saved ${result.entries.length} feedback ${result.entries.length === 1 ? 'entry' : 'entries'}`,
                  });
                  setParsed(null);
                  type({ reply: '' });
                } else {
                  setStatus({
                    kind: 'failed',
                    message: `Line ${result.index + 1} was not saved: ${result.errors[0]?.message ?? 'it is not valid'}. Nothing was saved.`,
                  });
                }
              },
              () =>
                setStatus({
                  kind: 'failed',
                  message: 'Nothing was saved: Latitude cannot write to its storage right now.',
                }),
            );
          }}
        >
          <ul class="points">
            {parsed.map((line, index) => (
              <li key={`${index}-${line.text}`}>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={kept[index]}
                    onChange={() => setKept(kept.map((value, i) => (i === index ? !value : value)))}
                  />
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
      <ActionStatusLine status={status} />
    </section>
  );
}
