import type { ComponentChildren } from 'preact';

/** What a field's control needs to be tied to its label, its hint and its error. */
export interface FieldA11y {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** Shown under the control with role `alert`, and the control marked invalid. */
  error: string | undefined;
  children: (a11y: FieldA11y) => ComponentChildren;
}

/** A labelled form field: the label, the control (given its ids), a hint, and the error next to it. */
export function Field({ id, label, hint, error, children }: Props) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label class="label" for={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described || undefined })}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The error of the control `id`, with role `alert`, under the id its control is described by. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p class="field-error" id={`${id}-error`} role="alert">
      {error}
    </p>
  ) : null;
}

interface TextInputProps {
  id: string;
  label: string;
  value: string;
  /** Marks the input invalid and describes it by `${id}-error`, which the form shows where its layout wants. */
  invalid: boolean;
  onValue: (value: string) => void;
  autoComplete?: string;
}

/** A label and its text input, for forms that place the input's error themselves (after a button, say). */
export function LabelledTextInput({ id, label, value, invalid, onValue, autoComplete }: TextInputProps) {
  return (
    <>
      <label class="label" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        autoComplete={autoComplete}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </>
  );
}
