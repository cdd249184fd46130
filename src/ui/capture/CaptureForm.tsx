import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { BUILT_IN_AREAS } from '../../domain/area';
import { OWNERS } from '../../domain/action-item';
import { CAPTURE_KINDS, type FieldError } from '../../domain/capture';
import type { DraftKind } from '../../domain/draft';
import { ENERGY_LEVELS, type Energy, KIND_LABELS, SIGNALS, type Signal } from '../../domain/entry';
import type { CaptureState } from './capture-state';
import { kindShortcut, kindShortcutIndex } from './kind-shortcuts';
import { ENERGY_LABELS, SIGNAL_LABELS } from '../kit/labels';

const TEXT_PLACEHOLDER: Record<DraftKind, string> = {
  win: 'What did you do, and what changed because of it?',
  feedback: 'What did they say?',
  talent: 'What are you good at, or drawn to?',
  note: 'What was said or agreed?',
  'action-item': 'What will be done?',
};

const DRAFT_KIND_LABELS: Record<DraftKind, string> = { ...KIND_LABELS, 'action-item': 'Action item' };
const OWNER_LABELS = { me: 'Me', them: 'Them' } as const;

interface Props {
  state: CaptureState;
  /** Whether the extension's storage could be opened; when not, capture is refused visibly. */
  storageAvailable: boolean;
  /** The kinds offered, in order; the popup's three unless given. */
  kinds?: readonly DraftKind[];
  /** Whether feedback asks who said it; the side panel knows (the person of the 1:1). */
  askPerson?: boolean;
  /**
   * Alt+Shift+1, Alt+Shift+2… switch to the first, second… kind from anywhere on the page, so a
   * note can become an action item mid-sentence without the mouse (kind-shortcuts.ts says why
   * these chords).
   */
  kindShortcuts?: boolean;
  /**
   * More fields for feedback, given by the page that has them (the side panel's "About a win"),
   * so that the popup carries none of their code.
   */
  feedbackFields?: preact.ComponentChildren;
}

/** Quick capture: kind, text and tags up front, the rest folded away; Ctrl/Cmd+Enter saves. */
export function CaptureForm({
  state,
  storageAvailable,
  kinds = CAPTURE_KINDS,
  askPerson = true,
  kindShortcuts = false,
  feedbackFields,
}: Props) {
  const draft = state.draft.value;
  const status = state.status.value;
  const textRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);

  useEffect(() => textRef.current?.focus(), []);
  // A layout effect, so the chords work from the first frame the form is on screen.
  useLayoutEffect(() => {
    if (!kindShortcuts) return;
    const onKey = (event: KeyboardEvent) => {
      const index = kindShortcutIndex(event);
      const kind = index === undefined ? undefined : kinds[index];
      if (!kind) return;
      event.preventDefault();
      state.update({ kind });
      textRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [kindShortcuts, kinds, state]);
  const isItem = draft.kind === 'action-item';

  async function submit() {
    const saved = await state.submit();
    if (saved) textRef.current?.focus();
    else if (state.errors.value[0]?.field === 'tags') tagsRef.current?.focus();
    else if (state.errors.value[0]?.field === 'about') document.getElementById('entry-about')?.focus();
    else if (state.errors.value.length) textRef.current?.focus();
  }

  return (
    <form
      class="capture"
      aria-label="Capture"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <div class="field">
        <span class="label" id="kind-label">
          Kind
        </span>
        <div class="segmented" role="radiogroup" aria-labelledby="kind-label">
          {kinds.map((kind, index) => (
            <label key={kind}>
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                aria-keyshortcuts={kindShortcuts ? kindShortcut(index) : undefined}
                onChange={() => state.update({ kind })}
              />
              <span>{DRAFT_KIND_LABELS[kind]}</span>
            </label>
          ))}
        </div>
        {kindShortcuts && (
          <p class="hint">
            Switch kind with Alt+Shift and a number:{' '}
            {kinds.map((kind, index) => `${index + 1} ${DRAFT_KIND_LABELS[kind]}`).join(' · ')}
          </p>
        )}
      </div>

      <TextField id="entry-text" label="Entry text" error={state.errors.value.find((e) => e.field === 'text')}>
        {(describedBy, invalid) => (
          <textarea
            ref={textRef}
            id="entry-text"
            rows={4}
            value={draft.text}
            placeholder={TEXT_PLACEHOLDER[draft.kind]}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onInput={(event) => state.update({ text: event.currentTarget.value })}
          />
        )}
      </TextField>

      {isItem && (
        <div class="row">
          <div class="field">
            <span class="label" id="owner-label">
              Owner
            </span>
            <div class="segmented" role="radiogroup" aria-labelledby="owner-label">
              {OWNERS.map((owner) => (
                <label key={owner}>
                  <input
                    type="radio"
                    name="owner"
                    value={owner}
                    checked={(draft.owner ?? 'me') === owner}
                    onChange={() => state.update({ owner })}
                  />
                  <span>{OWNER_LABELS[owner]}</span>
                </label>
              ))}
            </div>
          </div>
          <TextField id="entry-due" label="Due date" error={state.errors.value.find((e) => e.field === 'dueOn')}>
            {(describedBy, invalid) => (
              <input
                id="entry-due"
                type="date"
                value={draft.dueOn ?? ''}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onInput={(event) => state.update({ dueOn: event.currentTarget.value || undefined })}
              />
            )}
          </TextField>
        </div>
      )}

      {!isItem && (
        <TextField id="entry-tags" label="Tags" error={state.errors.value.find((e) => e.field === 'tags')}>
          {(describedBy, invalid) => (
            <input
              ref={tagsRef}
              id="entry-tags"
              type="text"
              value={draft.tags}
              placeholder="billing, mentoring"
              aria-invalid={invalid}
              aria-describedby={describedBy ?? 'entry-tags-hint'}
              onInput={(event) => state.update({ tags: event.currentTarget.value })}
            />
          )}
        </TextField>
      )}
      {!isItem && (
        <p class="hint" id="entry-tags-hint">
          Separate tags with commas.
        </p>
      )}

      {draft.kind === 'feedback' && (
        <div class="row">
          {askPerson && (
            <div class="field">
              <label class="label" for="entry-person">
                From
              </label>
              <input
                id="entry-person"
                type="text"
                value={draft.person}
                placeholder="Who said it"
                autoComplete="off"
                onInput={(event) => state.update({ person: event.currentTarget.value })}
              />
            </div>
          )}
          <div class="field">
            <label class="label" for="entry-signal">
              Signal
            </label>
            <select
              id="entry-signal"
              value={draft.signal ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                state.update({ signal: value ? (value as Signal) : undefined });
              }}
            >
              <option value="">None</option>
              {SIGNALS.map((signal) => (
                <option key={signal} value={signal}>
                  {SIGNAL_LABELS[signal]}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {draft.kind === 'feedback' && feedbackFields}

      {!isItem && (
        <details class="more" open={draft.areas.length > 0 || draft.energy !== undefined}>
          <summary>Areas and energy</summary>
          <fieldset class="areas">
            <legend class="label">Areas</legend>
            {BUILT_IN_AREAS.map((area) => (
              <label key={area.id} class="check">
                <input
                  type="checkbox"
                  checked={draft.areas.includes(area.id)}
                  onChange={(event) => {
                    const areas = event.currentTarget.checked
                      ? [...draft.areas, area.id]
                      : draft.areas.filter((id) => id !== area.id);
                    state.update({ areas });
                  }}
                />
                {area.name}
              </label>
            ))}
          </fieldset>
          <div class="field">
            <label class="label" for="entry-energy">
              Energy
            </label>
            <select
              id="entry-energy"
              value={draft.energy === undefined ? '' : String(draft.energy)}
              onChange={(event) => {
                const value = event.currentTarget.value;
                state.update({ energy: value === '' ? undefined : (Number(value) as Energy) });
              }}
            >
              <option value="">Not set</option>
              {ENERGY_LEVELS.map((level) => (
                <option key={level} value={String(level)}>
                  {ENERGY_LABELS[level]}
                </option>
              ))}
            </select>
          </div>
        </details>
      )}

      {draft.source && (
        <div class="source">
          <span class="source-text">
            <span class="label">Page</span> <span class="source-title">{draft.source.title}</span>
          </span>
          <button type="button" class="link-button" onClick={() => state.removeSource()}>
            Remove page
          </button>
        </div>
      )}

      {!storageAvailable && (
        <p class="alert" role="alert">
          Saving is turned off because Latitude cannot open its storage. Your draft is kept.
        </p>
      )}
      {status.kind === 'failed' && (
        <p class="alert" role="alert">
          {status.message}
        </p>
      )}

      <div class="actions">
        <button type="submit" class="primary" disabled={status.kind === 'saving'}>
          Save
        </button>
        <span class="shortcut" aria-hidden="true">
          Ctrl+Enter
        </span>
        <p role="status" class="status">
          {status.kind === 'saved' ? 'Saved' : ''}
        </p>
      </div>
    </form>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  error: FieldError | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => preact.ComponentChildren;
}

function TextField({ id, label, error, children }: TextFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label class="label" for={id}>
        {label}
      </label>
      {children(error ? errorId : undefined, Boolean(error))}
      {error && (
        <p class="field-error" id={errorId} role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
