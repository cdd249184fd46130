import { areaName } from '../area';
import { buildAreaStats } from './area-stats';
import { suggestCrafting } from './job-crafting';
import { buildLogView } from './log-view';
import type { PrepContext } from './prep-context';
import { assessReadiness } from './readiness';
import { carriedForwardPoints } from './sections/handover';
import { lateralSections } from './sections/lateral';
import { promotionSections } from './sections/promotion';
import { reviewSections } from './sections/review';
import { STEP_DOWN_FRAMING, stepDownSections } from './sections/step-down';
import { compareSelfAndOthers } from './self-vs-others';
import { buildTalentMap } from './talent-map';
import {
  type CaptureSuggestion,
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
 * it stands on. No input is too thin: where the log is silent, a section says what is missing and
 * what to capture next.
 */
export function buildPrep(log: PrepLog, request: PrepRequest, now: Date): Prep {
  const view = buildLogView(log, request, now);
  const stats = buildAreaStats(view);
  const findings = compareSelfAndOthers(stats, view.areas);
  const crafting = suggestCrafting(stats, view);
  const ctx: PrepContext = {
    view,
    stats,
    findings,
    crafting,
  };

  const sections = sectionsFor(ctx, request);
  const carried = carriedForwardPoints('carried-forward', view);
  if (view.person && carried.length > 0) {
    sections.push({
      id: 'carried-forward',
      title: `Open items with ${view.person.name}`,
      intro: 'Action items from earlier conversations with them, still open.',
      points: carried,
    });
  }

  const empty = view.entries.length === 0;
  return {
    request,
    today: view.today,
    title: titleOf(request),
    ...(view.person ? { personName: view.person.name } : {}),
    framing: framingOf(request) + (empty ? ' Nothing is logged in this period yet: each section says what to capture.' : ''),
    empty,
    readiness: assessReadiness(ctx, request, sections),
    sections,
    selfVsOthers: [...findings],
    talentMap: buildTalentMap(stats, view.areas, findings, crafting),
    captureNext: captureNextOf(sections),
  };
}

function sectionsFor(ctx: PrepContext, request: PrepRequest): PrepSection[] {
  switch (request.kind) {
    case 'promotion':
      return promotionSections(ctx);
    case 'lateral':
      return lateralSections(ctx, request.targetArea);
    case 'step-down':
      return stepDownSections(ctx);
    case 'review':
      return reviewSections(ctx);
  }
}

export function titleOf(request: PrepRequest): string {
  return request.kind === 'lateral'
    ? `${PREP_KIND_LABELS.lateral} to ${areaName(request.targetArea)}`
    : PREP_KIND_LABELS[request.kind];
}

function framingOf(request: PrepRequest): string {
  switch (request.kind) {
    case 'promotion':
      return 'Talking points for asking for a promotion: the impact you had, what others said, how you grew, and what you ask for.';
    case 'lateral':
      return `Talking points for a move to ${areaName(request.targetArea)}: why it draws you, what you bring, and a way to try it first.`;
    case 'step-down':
      return STEP_DOWN_FRAMING;
    case 'review':
      return 'Your brag document for the review: what you did, with whom, and what you learned.';
  }
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
