import { areaIdSchema, type AreaId } from '../area';
import { isCalendarDate, PERIOD_PRESETS, type PeriodPresetId, periodOfLastMonths } from './period';
import { PREP_KINDS, type Period, type PrepKind, type PrepRequest } from './types';
import { recordFields } from '../record';

export type PeriodChoice = { preset: PeriodPresetId } | { preset: 'custom'; from: string; to: string };

/** What the prep page is showing: kept in the URL hash, so a reload or a shared link keeps it. */
export interface PrepSelection {
  kind: PrepKind;
  period: PeriodChoice;
  personId?: string;
  targetArea?: AreaId;
}

export const DEFAULT_SELECTION: PrepSelection = { kind: 'promotion', period: { preset: 'last-6-months' } };

/** The dates of a period choice, or `undefined` for a custom period not (yet) valid. */
export function resolvePeriod(choice: PeriodChoice, now: Date): Period | undefined {
  if (choice.preset === 'custom') {
    const { from, to } = choice;
    return isCalendarDate(from) && isCalendarDate(to) && from <= to ? { from, to } : undefined;
  }
  const preset = PERIOD_PRESETS.find((p) => p.id === choice.preset) ?? PERIOD_PRESETS[1];
  return periodOfLastMonths(preset.months, now);
}

/** A lateral move without a chosen area goes to the strongest pull, which the prep picks and explains. */
export function toRequest(selection: PrepSelection, period: Period): PrepRequest {
  const common = { period, ...(selection.personId ? { personId: selection.personId } : {}) };
  return selection.kind === 'lateral'
    ? { kind: 'lateral', ...(selection.targetArea ? { targetArea: selection.targetArea } : {}), ...common }
    : { kind: selection.kind, ...common };
}

/** Reads `#kind=lateral&period=custom&from=…&to=…&person=…&target=…`; anything unknown is dropped. */
export function selectionFromHash(hash: string): PrepSelection {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const kind = PREP_KINDS.find((k) => k === params.get('kind')) ?? DEFAULT_SELECTION.kind;
  const presetId = params.get('period');
  const period: PeriodChoice =
    presetId === 'custom'
      ? { preset: 'custom', from: params.get('from') ?? '', to: params.get('to') ?? '' }
      : { preset: PERIOD_PRESETS.find((p) => p.id === presetId)?.id ?? 'last-6-months' };
  // Conversations store the person as a UUID; anything else in a hand-edited URL is dropped.
  const person = recordFields.id.safeParse(params.get('person'));
  const target = areaIdSchema.safeParse(params.get('target'));
  return {
    kind,
    period,
    ...(person.success ? { personId: person.data } : {}),
    ...(target.success ? { targetArea: target.data } : {}),
  };
}

export function selectionToHash(selection: PrepSelection): string {
  const params = new URLSearchParams({ kind: selection.kind, period: selection.period.preset });
  if (selection.period.preset === 'custom') {
    params.set('from', selection.period.from);
    params.set('to', selection.period.to);
  }
  if (selection.personId) params.set('person', selection.personId);
  if (selection.targetArea && selection.kind === 'lateral') params.set('target', selection.targetArea);
  return `#${params.toString()}`;
}
