import { areaName } from '../../domain/area';
import type { Person } from '../../domain/person';
import { PERIOD_PRESETS, type PeriodPresetId } from '../../domain/prep/period';
import { type LateralTarget, PREP_KIND_LABELS, PREP_KINDS, type PrepKind } from '../../domain/prep/types';
import type { PrepSelection } from '../../domain/prep/selection';
import { PersonOptions } from '../kit/PersonOptions';

interface Props {
  selection: PrepSelection;
  onChange(next: PrepSelection): void;
  people: readonly Person[];
  /** For a lateral move: the area the prep goes to, and the areas to offer (strongest pull first). */
  target: LateralTarget | undefined;
  /** Shown next to a custom period that cannot be used yet. */
  periodError?: string;
}

/** What to prepare: the conversation, the period, the person, and for a lateral move, where to. */
export function PrepControls({ selection, onChange, people, target, periodError }: Props) {
  const period = selection.period;
  return (
    <form class="prep-controls no-print" aria-label="What to prepare" onSubmit={(event) => event.preventDefault()}>
      <div class="field">
        <label class="label" for="prep-kind">
          Conversation
        </label>
        <select
          id="prep-kind"
          value={selection.kind}
          onChange={(event) => onChange({ ...selection, kind: event.currentTarget.value as PrepKind })}
        >
          {PREP_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PREP_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>

      <div class="field">
        <label class="label" for="prep-period">
          Period
        </label>
        <select
          id="prep-period"
          value={period.preset}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({
              ...selection,
              period: value === 'custom' ? { preset: 'custom', from: '', to: '' } : { preset: value as PeriodPresetId },
            });
          }}
        >
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
            </option>
          ))}
          <option value="custom">Custom dates</option>
        </select>
      </div>

      {period.preset === 'custom' && (
        <div class="row custom-period">
          <div class="field">
            <label class="label" for="prep-from">
              From
            </label>
            <input
              id="prep-from"
              type="date"
              value={period.from}
              aria-invalid={Boolean(periodError)}
              aria-describedby={periodError ? 'prep-period-error' : undefined}
              onChange={(event) => onChange({ ...selection, period: { ...period, from: event.currentTarget.value } })}
            />
          </div>
          <div class="field">
            <label class="label" for="prep-to">
              To
            </label>
            <input
              id="prep-to"
              type="date"
              value={period.to}
              aria-invalid={Boolean(periodError)}
              aria-describedby={periodError ? 'prep-period-error' : undefined}
              onChange={(event) => onChange({ ...selection, period: { ...period, to: event.currentTarget.value } })}
            />
          </div>
          {periodError && (
            <p class="field-error" id="prep-period-error" role="alert">
              {periodError}
            </p>
          )}
        </div>
      )}

      <div class="field">
        <label class="label" for="prep-person">
          Person
        </label>
        <select
          id="prep-person"
          value={selection.personId ?? ''}
          onChange={(event) => {
            const { personId: _old, ...rest } = selection;
            const value = event.currentTarget.value;
            onChange(value ? { ...rest, personId: value } : rest);
          }}
        >
          <PersonOptions none="Nobody in particular" people={people} />
        </select>
      </div>

      {selection.kind === 'lateral' && target && (
        <div class="field">
          <label class="label" for="prep-target">
            Target area
          </label>
          <select
            id="prep-target"
            value={target.area}
            onChange={(event) => onChange({ ...selection, targetArea: event.currentTarget.value })}
          >
            {target.choices.map((area) => (
              <option key={area} value={area}>
                {areaName(area)}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
