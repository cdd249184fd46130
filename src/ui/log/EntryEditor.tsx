import { useEffect, useMemo, useRef } from 'preact/hooks';
import { chooseWin, linkedWinId } from '../../domain/about';
import type { AreaOption } from '../../domain/area';
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
import { DETAIL_FIELDS, draftFromEntry, EDIT_FIELD_LABELS, type EntryDraft } from '../../domain/entry-edit';
import { parseTags } from '../../domain/tags';
import { AboutWinSelect, type WinChoices } from '../kit/AboutWinSelect';
import { Field, type FieldA11y } from '../kit/Field';
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
} from '../kit/labels';
import type { EditOutcome, EntryEditor as EditorState } from './entry-editor-state';

let editorCount = 0;

interface Props {
  editor: EditorState;
  areas: readonly AreaOption[];
  /** The wins "About a win" offers; asked for with `loadWins` once the entry is feedback. */
  wins?: WinChoices | undefined;
  loadWins?: () => void;
}

/**
 * Every field of an entry, edited in place and checked by the same schema as a capture. The state
 * lives in `editor` (src/ui/log/entry-editor-state.ts); this renders it and calls its actions.
 * What was typed stays in the form when a field is refused, when a write fails, and when another
 * view changed or deleted the entry meanwhile, with the reason next to it.
 */
export function EntryEditor({ editor, areas, wins, loadWins }: Props) {
  const draft = editor.draft.value;
  const base = editor.base.value;
  const conflict = editor.conflict.value;
  const saving = editor.saving.value;
  // Unique in the document, even with two editors of one entry (two log views in one test page).
  const prefix = useMemo(() => {
    editorCount += 1;
    return `${editor.entryId}-${editorCount}`;
  }, [editor]);
  const id = (field: string) => `edit-${prefix}-${field}`;
  const isFeedback = draft.kind === 'feedback';
  const conflictRef = useRef<HTMLElement>(null);

  // The wins are read only for feedback, the one kind that links to a win.
  useEffect(() => {
    if (isFeedback) loadWins?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isFeedback]);

  const update = (patch: Partial<EntryDraft>) => editor.update(patch);

  /** Where to look after a save: the first refused field, or the conflict to resolve. */
  function follow(outcome: EditOutcome) {
    if (outcome.status === 'refused') document.getElementById(id(outcome.errors[0]?.field ?? 'text'))?.focus();
    if (outcome.status === 'stale') requestAnimationFrame(() => conflictRef.current?.focus());
  }
  const submit = async () => follow(await editor.submit());

  const errorFor = (field: string) => editor.errorFor(field);
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
      <select
        {...a11y}
        value={draft[name] as string}
        onChange={(event) => update({ [name]: event.currentTarget.value })}
      >
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
        if (event.key === 'Escape') editor.cancel();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      {conflict && (
        <section class="conflict" aria-labelledby={id('conflict-title')} tabIndex={-1} ref={conflictRef}>
          <div role="alert">
            <p class="conflict-title" id={id('conflict-title')}>
              <strong>
                {conflict.kind === 'changed'
                  ? 'This entry changed in another view.'
                  : 'This entry was deleted in another view.'}
              </strong>
            </p>
            <p>
              {conflict.kind === 'changed'
                ? 'Your version is still in the form below. The other view saved this:'
                : 'Your version is still in the form below. Save mine anyway brings the entry back with it; Discard mine leaves it deleted.'}
            </p>
            {conflict.kind === 'changed' && (
              <OtherVersion other={conflict.other} mine={draft} fields={editor.differences.value} areas={areas} />
            )}
          </div>
          <div class="actions wrap">
            <button
              type="button"
              class="primary"
              disabled={saving}
              onClick={async () => follow(await editor.saveMineAnyway())}
            >
              Save mine anyway
            </button>
            <button type="button" disabled={saving} onClick={() => editor.discardMine()}>
              Discard mine
            </button>
          </div>
        </section>
      )}
      <div class="row">
        {choice('kind', 'Kind', pick(ENTRY_KINDS, KIND_LABELS))}
        {field('occurredOn', 'Date', (a11y) => (
          <input
            {...a11y}
            type="date"
            value={draft.occurredOn}
            onInput={(event) => update({ occurredOn: event.currentTarget.value })}
          />
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
        {draft.kind === 'feedback' &&
          choice('relationship', 'Relationship', pick(RELATIONSHIPS, RELATIONSHIP_LABELS), 'Not set')}
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
        {choice(
          'energy',
          'Energy',
          Object.fromEntries(ENERGY_LEVELS.map((level) => [String(level), ENERGY_LABELS[String(level)]!])),
          'Not set',
        )}
        {choice('meaning', 'Meaning', pick(MEANINGS, MEANING_LABELS), 'Not set')}
      </div>
      {base.source && (
        <label class="check">
          <input
            type="checkbox"
            checked={draft.keepSource}
            onChange={(event) => update({ keepSource: event.currentTarget.checked })}
          />
          Keep the page link ({base.source.title || base.source.url})
        </label>
      )}
      {editor.errors.value
        .filter((error) => !(error.field in draft))
        .map((error) => (
          <p key={error.field} class="alert" role="alert">
            {error.message}
          </p>
        ))}
      {editor.failure.value && (
        <p class="alert" role="alert">
          {editor.failure.value}
        </p>
      )}
      <p class="status notice" role="status">
        {editor.notice.value}
      </p>
      <div class="actions">
        {/* While another view's version waits for a choice, saving over it is one of those choices. */}
        {!conflict && (
          <button type="submit" class="primary" disabled={saving}>
            Save changes
          </button>
        )}
        <button type="button" onClick={() => editor.cancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * The other view's version, readable: its text, and each other field in which it differs from
 * what is typed, both values side by side. All of it may come from a web page: text only.
 */
function OtherVersion(props: {
  other: Entry;
  mine: EntryDraft;
  fields: readonly (keyof EntryDraft)[];
  areas: readonly AreaOption[];
}) {
  const { other, mine, fields, areas } = props;
  const theirs = draftFromEntry(other);
  const shown = fields.filter((field) => field !== 'text');
  return (
    <dl class="other-version">
      <div>
        <dt>{fields.includes('text') ? 'Their entry text' : 'Their entry text (the same as yours)'}</dt>
        <dd>{other.text}</dd>
      </div>
      {shown.map((field) => (
        <div key={field}>
          <dt>{EDIT_FIELD_LABELS[field]}</dt>
          <dd>
            <span class="theirs">Theirs: {describeValue(field, theirs, areas)}</span>
            <span class="yours">Yours: {describeValue(field, mine, areas)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A field's value in words, as the editor's controls name it. */
function describeValue(field: keyof EntryDraft, draft: EntryDraft, areas: readonly AreaOption[]): string {
  const value = draft[field];
  const named = (labels: Record<string, string>, none = 'Not set') =>
    typeof value === 'string' && value !== '' ? (labels[value] ?? value) : none;
  switch (field) {
    case 'kind':
      return KIND_LABELS[draft.kind];
    case 'energy':
      return named(ENERGY_LABELS);
    case 'meaning':
      return named(MEANING_LABELS);
    case 'scope':
      return named(SCOPE_LABELS);
    case 'direction':
      return named(DIRECTION_LABELS);
    case 'signal':
      return named(SIGNAL_LABELS, 'None');
    case 'relationship':
      return named(RELATIONSHIP_LABELS);
    case 'evidence':
      return named(EVIDENCE_LABELS);
    case 'tags':
      return parseTags(draft.tags).join(', ') || 'None';
    case 'areas':
      return draft.areas.map((area) => areas.find((option) => option.id === area)?.name ?? area).join(', ') || 'None';
    case 'about':
      return draft.about.length === 0
        ? ABOUT_LABELS.none
        : draft.about.length === 1
          ? 'Linked to a win'
          : `Linked to ${draft.about.length} wins`;
    case 'keepSource':
      return draft.keepSource ? 'Page link kept' : 'Page link removed';
    default:
      return typeof value === 'string' && value.trim() !== '' ? value : 'Empty';
  }
}

function pick<K extends string>(keys: readonly K[], labels: Record<K, string>): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, labels[key]]));
}
