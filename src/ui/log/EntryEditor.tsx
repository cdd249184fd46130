import { useEffect, useState } from 'preact/hooks';
import { chooseWin, linkedWinId } from '../../domain/about';
import type { AreaOption } from '../../domain/area';
import type { CaptureResult, FieldError } from '../../domain/capture';
import {
  DIRECTIONS,
  type Entry,
  ENERGY_LEVELS,
  ENTRY_KINDS,
  KIND_LABELS,
  MEANINGS,
  RELATIONSHIPS,
  SIGNALS,
  TALENT_EVIDENCE,
} from '../../domain/entry';
import { DETAIL_FIELDS, draftFromEntry, type EntryDraft } from '../../domain/entry-edit';
import { AboutWinSelect, type WinChoices } from '../AboutWinSelect';
import { Field, type FieldA11y } from '../Field';
import {
  ABOUT_LABELS,
  DETAIL_LABELS,
  DIRECTION_LABELS,
  ENERGY_LABELS,
  EVIDENCE_LABELS,
  MEANING_LABELS,
  RELATIONSHIP_LABELS,
  SCOPE_LABELS,
  SIGNAL_LABELS,
} from '../labels';

interface Props {
  entry: Entry;
  areas: readonly AreaOption[];
  save: (draft: EntryDraft) => Promise<CaptureResult>;
  cancel: () => void;
  /** The wins "About a win" offers; asked for with `loadWins` once the entry is feedback. */
  wins?: WinChoices | undefined;
  loadWins?: () => void;
}

/**
 * Every field of an entry, edited in place and checked by the same schema as a capture. What was
 * typed stays in the form when a field is refused, with the reason next to it.
 */
export function EntryEditor({ entry, areas, save, cancel, wins, loadWins }: Props) {
  const [draft, setDraft] = useState<EntryDraft>(() => draftFromEntry(entry));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const id = (field: string) => `edit-${entry.id}-${field}`;
  const isFeedback = draft.kind === 'feedback';

  // The wins are read only for feedback, the one kind that links to a win.
  useEffect(() => {
    if (isFeedback) loadWins?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isFeedback]);

  function update(patch: Partial<EntryDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    const changed = new Set(Object.keys(patch));
    setErrors((current) => current.filter((error) => !changed.has(error.field)));
  }

  async function submit() {
    setSaving(true);
    setFailure('');
    try {
      const result = await save(draft);
      if (!result.ok) {
        setErrors(result.errors);
        document.getElementById(id(result.errors[0]?.field ?? 'text'))?.focus();
      }
    } catch (error) {
      setFailure(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  }

  const errorFor = (field: string) => errors.find((error) => error.field === field);
  const field = (name: keyof EntryDraft, label: string, control: (a11y: FieldA11y) => preact.ComponentChildren) => (
    <Field id={id(name)} label={label} error={errorFor(name)?.message}>
      {control}
    </Field>
  );
  const text = (name: keyof EntryDraft, label: string, multiline = false) =>
    field(name, label, (a11y) =>
      multiline ? (
        <textarea
          {...a11y}
          rows={name === 'text' ? 4 : 2}
          value={draft[name] as string}
          onInput={(event) => update({ [name]: event.currentTarget.value })}
        />
      ) : (
        <input
          {...a11y}
          type="text"
          value={draft[name] as string}
          onInput={(event) => update({ [name]: event.currentTarget.value })}
        />
      ),
    );
  const choice = (name: keyof EntryDraft, label: string, options: Record<string, string>, none?: string) =>
    field(name, label, (a11y) => (
      <select {...a11y} value={draft[name] as string} onChange={(event) => update({ [name]: event.currentTarget.value })}>
        {none !== undefined && <option value="">{none}</option>}
        {Object.entries(options).map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
    ));

  return (
    <form
      class="editor"
      aria-label="Edit entry"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <div class="row">
        {choice('kind', 'Kind', pick(ENTRY_KINDS, KIND_LABELS))}
        {field('occurredOn', 'Date', (a11y) => (
          <input {...a11y} type="date" value={draft.occurredOn} onInput={(event) => update({ occurredOn: event.currentTarget.value })} />
        ))}
      </div>
      {text('text', 'Entry text', true)}
      {DETAIL_FIELDS[draft.kind].map((name) => (
        <div key={name}>{text(name, DETAIL_LABELS[name]!, true)}</div>
      ))}
      {draft.kind === 'win' && (
        <div class="row">
          {text('evidenceUrl', 'Evidence link')}
          {choice('scope', 'Scope', SCOPE_LABELS, 'Not set')}
        </div>
      )}
      {draft.kind === 'feedback' && (
        <div class="row">
          {choice('direction', 'Direction', pick(DIRECTIONS, DIRECTION_LABELS))}
          {choice('signal', 'Signal', pick(SIGNALS, SIGNAL_LABELS), 'None')}
        </div>
      )}
      {isFeedback &&
        field('about', ABOUT_LABELS.field, (a11y) => (
          <AboutWinSelect
            {...a11y}
            choices={wins}
            value={linkedWinId(draft)}
            onChange={(winId) => update({ about: chooseWin(winId) })}
          />
        ))}
      {isFeedback && wins?.status === 'error' && <p class="hint">{ABOUT_LABELS.unreadable}</p>}
      <div class="row">
        {text('person', draft.kind === 'feedback' ? 'Person (from or to)' : 'Person')}
        {draft.kind === 'feedback' && choice('relationship', 'Relationship', pick(RELATIONSHIPS, RELATIONSHIP_LABELS), 'Not set')}
        {draft.kind === 'talent' && choice('evidence', 'Evidence', pick(TALENT_EVIDENCE, EVIDENCE_LABELS))}
      </div>
      {text('tags', 'Tags')}
      <fieldset class="areas" aria-invalid={Boolean(errorFor('areas'))}>
        <legend class="label">Areas</legend>
        {areas.map((area) => (
          <label key={area.id} class="check">
            <input
              type="checkbox"
              checked={draft.areas.includes(area.id)}
              onChange={(event) =>
                update({
                  areas: event.currentTarget.checked
                    ? [...draft.areas, area.id]
                    : draft.areas.filter((other) => other !== area.id),
                })
              }
            />
            {area.name}
          </label>
        ))}
        {errorFor('areas') && <p class="field-error">{errorFor('areas')!.message}</p>}
      </fieldset>
      <div class="row">
        {choice('energy', 'Energy', Object.fromEntries(ENERGY_LEVELS.map((level) => [String(level), ENERGY_LABELS[String(level)]!])), 'Not set')}
        {choice('meaning', 'Meaning', pick(MEANINGS, MEANING_LABELS), 'Not set')}
      </div>
      {entry.source && (
        <label class="check">
          <input type="checkbox" checked={draft.keepSource} onChange={(event) => update({ keepSource: event.currentTarget.checked })} />
          Keep the page link ({entry.source.title || entry.source.url})
        </label>
      )}
      {errors
        .filter((error) => !(error.field in draft))
        .map((error) => (
          <p key={error.field} class="alert" role="alert">
            {error.message}
          </p>
        ))}
      {failure && (
        <p class="alert" role="alert">
          {failure}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          Save changes
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}


function pick<K extends string>(keys: readonly K[], labels: Record<K, string>): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, labels[key]]));
}
