import type { AreaOption } from '../../domain/area';
import { ENTRY_KINDS, KIND_LABELS, MEANINGS } from '../../domain/entry';
import {
  ENERGY_FILTERS,
  type EnergyFilter,
  GROUPINGS,
  type Grouping,
  isFiltered,
  type LogFilter,
  PERIOD_LABELS,
  PERIODS,
  type Period,
} from '../../domain/log-filter';
import type { KindCounts } from '../../domain/log-groups';
import { ENERGY_FILTER_LABELS, MEANING_LABELS } from '../kit/labels';
import type { EntriesState } from './entries-state';

interface Props {
  state: EntriesState;
  areas: readonly AreaOption[];
  tags: readonly string[];
  people: readonly string[];
  counts: KindCounts | undefined;
}

const GROUP_LABELS: Record<Grouping, string> = { week: 'Week', month: 'Month' };

/** The search box and the filters; every change is reflected in the page's URL at once. */
export function FilterBar({ state, areas, tags, people, counts }: Props) {
  const filter = state.filter.value;
  const set = (patch: Partial<LogFilter>) => state.setFilter(patch);
  const orNone = <T extends string>(value: string) => (value === '' ? undefined : (value as T));

  return (
    <section class="filters" aria-label="Search and filters">
      <div class="field search">
        <label class="label" for="log-search">
          Search
        </label>
        <input
          id="log-search"
          type="search"
          value={state.queryInput.value}
          placeholder="Words, tags, people, pages…"
          autoComplete="off"
          spellcheck={false}
          onFocus={() => state.warmUpSearch()}
          onInput={(event) => state.typeQuery(event.currentTarget.value)}
        />
      </div>
      <div class="filter-grid">
        <Select
          id="filter-kind"
          label="Kind"
          value={filter.kind ?? ''}
          onChange={(value) => set({ kind: orNone(value) })}
          options={ENTRY_KINDS.map((kind) => [
            kind,
            counts ? `${KIND_LABELS[kind]} (${counts[kind].toLocaleString('en')})` : KIND_LABELS[kind],
          ])}
        />
        <Select
          id="filter-area"
          label="Area"
          value={filter.area ?? ''}
          onChange={(value) => set({ area: orNone(value) })}
          options={withCurrent(
            areas.map((area) => [area.id, area.name]),
            filter.area,
          )}
        />
        <Select
          id="filter-tag"
          label="Tag"
          value={filter.tag ?? ''}
          onChange={(value) => set({ tag: orNone(value) })}
          options={withCurrent(
            tags.map((tag) => [tag, `#${tag}`]),
            filter.tag,
          )}
        />
        <Select
          id="filter-person"
          label="Person"
          value={filter.person ?? ''}
          onChange={(value) => set({ person: orNone(value) })}
          options={withCurrent(
            people.map((name) => [name, name]),
            filter.person,
          )}
        />
        <Select
          id="filter-energy"
          label="Energy"
          value={filter.energy ?? ''}
          onChange={(value) => set({ energy: orNone<EnergyFilter>(value) })}
          options={ENERGY_FILTERS.map((level) => [level, ENERGY_FILTER_LABELS[level]])}
        />
        <Select
          id="filter-meaning"
          label="Meaning"
          value={filter.meaning ?? ''}
          onChange={(value) => set({ meaning: orNone<(typeof MEANINGS)[number]>(value) })}
          options={MEANINGS.map((meaning) => [meaning, MEANING_LABELS[meaning]])}
        />
        <Select
          id="filter-period"
          label="Period"
          value={filter.period ?? ''}
          onChange={(value) => set({ period: orNone<Period>(value) })}
          options={PERIODS.map((period) => [period, PERIOD_LABELS[period]])}
          none="All time"
        />
        {filter.period === 'custom' && (
          <>
            <DateInput id="filter-from" label="From" value={filter.from} onChange={(from) => set({ from })} />
            <DateInput id="filter-to" label="To" value={filter.to} onChange={(to) => set({ to })} />
          </>
        )}
        <Select
          id="filter-group"
          label="Group by"
          value={filter.group}
          onChange={(value) => set({ group: value as Grouping })}
          options={GROUPINGS.map((group) => [group, GROUP_LABELS[group]])}
        />
      </div>
      {isFiltered({ ...filter, q: '' }) && (
        <button type="button" class="link-button" onClick={() => state.clearFilters()}>
          Clear filters
        </button>
      )}
    </section>
  );
}

/** A bookmarked value that no entry has any more still shows as chosen, rather than vanishing. */
function withCurrent(options: [string, string][], current: string | undefined): [string, string][] {
  if (current === undefined || options.some(([value]) => value === current)) return options;
  return [[current, current], ...options];
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
  none?: string;
}) {
  return (
    <div class="field">
      <label class="label" for={props.id}>
        {props.label}
      </label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {props.id !== 'filter-group' && <option value="">{props.none ?? 'Any'}</option>}
        {props.options.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput(props: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div class="field">
      <label class="label" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="date"
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.currentTarget.value || undefined)}
      />
    </div>
  );
}
