import { chooseWin, linkedWinId, winChoiceLabel } from '../../domain/about';
import type { Win } from '../../domain/entry';
import type { CaptureState } from '../capture/capture-state';
import { ABOUT_LABELS } from './labels';
import type { LiveResult } from './use-live-query';

/** The wins "About a win" offers, newest first, as they load. */
export type WinChoices = LiveResult<readonly Win[]>;

interface SelectProps {
  id: string;
  /** Nothing yet, while the page has not asked for them. */
  choices: WinChoices | undefined;
  /** The win linked now, if any. */
  value: string | undefined;
  onChange: (winId: string | undefined) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
}

/**
 * "About a win": no win in particular, or one of the wins (date and the start of its text). A link
 * to a win that is not among them (deleted since) stays chosen, named as such, until changed.
 * Win texts may come from a web page: they are rendered as text only.
 */
export function AboutWinSelect({ id, choices, value, onChange, ...a11y }: SelectProps) {
  const wins = choices?.status === 'ready' ? choices.value : [];
  const unlisted = value !== undefined && !wins.some((win) => win.id === value);
  const unlistedLabel =
    choices?.status === 'ready'
      ? ABOUT_LABELS.deleted
      : choices?.status === 'error'
        ? ABOUT_LABELS.unread
        : ABOUT_LABELS.loading;
  return (
    <select
      {...a11y}
      id={id}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
    >
      <option value="">{ABOUT_LABELS.none}</option>
      {unlisted && <option value={value}>{unlistedLabel}</option>}
      {!unlisted && choices?.status !== 'ready' && choices?.status !== 'error' && (
        <option value="loading" disabled>
          {ABOUT_LABELS.loading}
        </option>
      )}
      {wins.map((win) => (
        <option key={win.id} value={win.id}>
          {winChoiceLabel(win)}
        </option>
      ))}
    </select>
  );
}

/** The side panel's "About a win" for the capture form's feedback, with its error if refused. */
export function CaptureAboutWin({ state, choices }: { state: CaptureState; choices: WinChoices | undefined }) {
  const error = state.errors.value.find((e) => e.field === 'about');
  return (
    <div class="field">
      <label class="label" for="entry-about">
        {ABOUT_LABELS.field}
      </label>
      <AboutWinSelect
        id="entry-about"
        choices={choices}
        value={linkedWinId(state.draft.value)}
        onChange={(winId) => state.update({ about: chooseWin(winId) })}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? 'entry-about-error' : undefined}
      />
      {error && (
        <p class="field-error" id="entry-about-error" role="alert">
          {error.message}
        </p>
      )}
      {choices?.status === 'error' && <p class="hint">{ABOUT_LABELS.unreadable}</p>}
    </div>
  );
}
