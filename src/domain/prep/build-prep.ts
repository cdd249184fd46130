import { areaName } from '../area';
import { fitOf } from './fit';
import { suggestCrafting } from './job-crafting';
import { buildLogView, type LogView } from './log-view';
import { assessReadiness } from './readiness';
import { type LogReading, readLog } from './reading';
import { localDate } from '../record';
import { carriedForwardPoints } from './sections/handover';
import type { KindPrep } from './sections/kind-prep';
import { chooseTarget, lateralPrep } from './sections/lateral';
import { promotionPrep } from './sections/promotion';
import { reviewPrep } from './sections/review';
import { stepDownPrep } from './sections/step-down';
import { compareSelfAndOthers } from './self-vs-others';
import { buildTalentMap } from './talent-map';
import {
  type CaptureSuggestion,
  type LateralTarget,
  PREP_KIND_LABELS,
  type Prep,
  type PrepLog,
  type PrepRequest,
  type PrepSection,
} from './types';

const CAPTURE_NEXT = 5;

/**
 * Builds the talking points for one conversation from the log. Pure and deterministic: the same
 * log, request and `now` give the same prep, and every point cites the entries (or action items)
 * it stands on.
 *
 * It reads the log as a whole first (`readLog`): the role and since when, where energy and meaning
 * point, what others keep saying, which critiques were answered, which asks are open. Then it
 * judges whether the conversation opened fits that reading (`fitOf`), and only then builds the
 * kind's sections, which say so plainly when it does not. See docs/prep-judgment.md.
 */
export function buildPrep(log: PrepLog, request: PrepRequest, now: Date): Prep {
  const { view, reading } = readingOf(log, request, now);
  const target: LateralTarget | undefined =
    request.kind === 'lateral' ? chooseTarget(reading, request.targetArea) : undefined;
  const fit = fitOf(reading, request.kind, target?.area);
  const crafting = suggestCrafting(reading);

  const built = kindPrep(request, reading, fit, crafting, target);
  const sections = built.sections;
  const carried = carriedForwardPoints('carried-forward', view);
  if (view.person && carried.length > 0) {
    // Before the ask, which stays last.
    sections.splice(sections.length - 1, 0, {
      id: 'carried-forward',
      title: `Open items with ${view.person.name}`,
      intro: 'Action items from earlier conversations with them, still open.',
      points: carried,
    });
  }

  // Self vs others and the talent map serve the career conversations; a review is the record.
  const findings = request.kind === 'review' ? undefined : compareSelfAndOthers(reading);
  const talentMap =
    request.kind === 'lateral' || request.kind === 'step-down'
      ? buildTalentMap(reading.stats, view.areas, findings ?? [], crafting)
      : undefined;

  return {
    request,
    today: view.today,
    title: titleOf(request, target),
    ...(view.person ? { personName: view.person.name } : {}),
    reading: { role: reading.role, lines: reading.lines },
    fit,
    opening: built.opening,
    ...(target ? { target } : {}),
    empty: view.entries.length === 0,
    readiness: assessReadiness(reading, request, sections, target?.area),
    sections,
    ...(findings ? { selfVsOthers: findings } : {}),
    ...(talentMap ? { talentMap } : {}),
    captureNext: captureNextOf(sections),
  };
}

/**
 * The reading of a log for a period, a person and a day, kept with the log it was read from: the
 * prep page builds one conversation after another from the same loaded log, and the reading does
 * not depend on the conversation. The log is never changed (a change of the log is a new object).
 */
const readings = new WeakMap<PrepLog, { key: string; view: LogView; reading: LogReading }>();

function readingOf(log: PrepLog, request: PrepRequest, now: Date): { view: LogView; reading: LogReading } {
  const key = `${request.period.from}|${request.period.to}|${request.personId ?? ''}|${localDate(now)}`;
  const kept = readings.get(log);
  if (kept?.key === key) return kept;
  const view = buildLogView(log, request, now);
  const read = { key, view, reading: readLog(log, view) };
  readings.set(log, read);
  return read;
}

function kindPrep(
  request: PrepRequest,
  reading: ReturnType<typeof readLog>,
  fit: ReturnType<typeof fitOf>,
  crafting: ReturnType<typeof suggestCrafting>,
  target: LateralTarget | undefined,
): KindPrep {
  switch (request.kind) {
    case 'promotion':
      return promotionPrep(reading, fit);
    case 'lateral':
      return lateralPrep(reading, target!, fit, crafting);
    case 'step-down':
      return stepDownPrep(reading, fit, crafting);
    case 'review':
      return reviewPrep(reading);
  }
}

export function titleOf(request: PrepRequest, target?: LateralTarget): string {
  const area = request.kind === 'lateral' ? (request.targetArea ?? target?.area) : undefined;
  return area ? `${PREP_KIND_LABELS.lateral} to ${areaName(area)}` : PREP_KIND_LABELS[request.kind];
}

/** The gaps' next steps, in the order of the sections, each said once. */
function captureNextOf(sections: readonly PrepSection[]): CaptureSuggestion[] {
  const seen = new Set<string>();
  const next: CaptureSuggestion[] = [];
  for (const section of sections) {
    for (const point of section.points) {
      if (point.type !== 'gap' || seen.has(point.nextStep)) continue;
      seen.add(point.nextStep);
      next.push({ key: point.key, text: point.nextStep });
      if (next.length === CAPTURE_NEXT) return next;
    }
  }
  return next;
}
