import { type AreaId, areaName } from '../area';
import type { Entry } from '../entry';
import { currentRoleEntries } from './current-role';
import { formatEnergy, summarizeEnergy, TREND_LABELS } from './energy-trend';
import { entryStrength } from './evidence';
import { ENERGIZING, MIN_RATED } from './job-crafting';
import { addDays, monthOf, monthsInPeriod } from './period';
import type { PrepContext } from './prep-context';
import type { EnergySummary, PrepRequest, PrepSection, Readiness, ReadinessReason, ReasonStatus } from './types';
import { countPeople, witnessesOf } from './witnesses';

/** A promotion or review case wants at least this many backed wins and distinct voices. */
const BACKED_WINS = 3;
const DISTINCT_PEOPLE = 3;
/** Recency bias: reviewers remember the last weeks; a case should not rest on them alone. */
const RECENT_DAYS = 42;
const CITED = 8;

/**
 * How ready the log is for this conversation, and why: each reason says what was counted and what
 * is short, so the verdict can be checked and acted on.
 */
export function assessReadiness(
  ctx: PrepContext,
  request: PrepRequest,
  sections: readonly PrepSection[],
): Readiness {
  switch (request.kind) {
    case 'promotion':
      return verdict(promotionReasons(ctx), 'a promotion conversation');
    case 'lateral':
      return verdict(lateralReasons(ctx, request.targetArea), `a move to ${areaName(request.targetArea)}`);
    case 'step-down':
      return verdict(stepDownReasons(ctx), 'a step-down conversation');
    case 'review':
      return verdict(reviewReasons(ctx, sections), 'a review');
  }
}

function promotionReasons(ctx: PrepContext): ReadinessReason[] {
  const { view } = ctx;
  const backed = view.wins.filter((win) => entryStrength(win) === 'backed');
  const evidence = [...view.wins, ...view.othersWord];
  const months = new Set(evidence.map((entry) => monthOf(entry.occurredOn)));
  const wanted = Math.max(1, Math.ceil(monthsInPeriod(view.period) / 2));
  return [
    backedWins(backed),
    reason(
      'months',
      months.size >= wanted ? 'met' : 'short',
      `Evidence spans ${plural(months.size, 'month')} of the period${months.size >= wanted ? '' : `; aim for ${wanted} or more, so it shows a pattern and not a moment`}.`,
      [],
    ),
    distinctPeople(ctx),
    recency(evidence, view.today),
  ];
}

function reviewReasons(ctx: PrepContext, sections: readonly PrepSection[]): ReadinessReason[] {
  const { view } = ctx;
  const backed = view.wins.filter((win) => entryStrength(win) === 'backed');
  const covered = {
    done: sections.filter((section) => section.points.some((point) => point.type === 'evidence')).length,
    total: sections.length,
  };
  return [
    backedWins(backed),
    distinctPeople(ctx),
    reason(
      'sections',
      covered.done >= covered.total - 2 ? 'met' : 'short',
      `${covered.done} of ${covered.total} brag-document sections have evidence.`,
      [],
    ),
    recency([...view.wins, ...view.othersWord], view.today),
  ];
}

function lateralReasons({ stats }: PrepContext, target: AreaId): ReadinessReason[] {
  const name = areaName(target);
  const s = stats.get(target);
  const evidence = (s?.entries ?? []).filter(
    (entry) => entry.kind !== 'note' && !(entry.kind === 'feedback' && entry.direction === 'given'),
  );
  const backed = evidence.filter((entry) => entryStrength(entry) === 'backed');
  const praise = witnessesOf(s?.othersPraise ?? []).names;
  const energyReason = targetEnergy(name, s?.energy);
  return [
    reason(
      'transferable',
      evidence.length >= 3 && backed.length >= 1 ? 'met' : 'short',
      `${plural(evidence.length, 'entry', 'entries')} of ${name} evidence, ${backed.length} backed${evidence.length >= 3 && backed.length >= 1 ? '' : '; aim for 3 or more, at least one backed'}.`,
      ids(backed.length ? backed : evidence),
    ),
    energyReason,
    reason(
      'others',
      praise.length >= 1 ? 'met' : 'short',
      praise.length >= 1
        ? `${countPeople(praise.length)} said you are good at ${name}.`
        : `Nobody has said yet that you are good at ${name}.`,
      ids(s?.othersPraise ?? []),
    ),
  ];
}

/** Whether the target area gives energy: the "why" of a lateral move. */
function targetEnergy(name: string, energy: EnergySummary | undefined): ReadinessReason {
  if (!energy || energy.average === null) {
    return reason('energy', 'short', `No energy recorded for ${name} yet.`, []);
  }
  const average = formatEnergy(energy.average);
  if (energy.count < MIN_RATED) {
    return reason('energy', 'short', `One energy rating for ${name} so far (${average}): a few more will show a pattern.`, []);
  }
  const over = plural(energy.count, 'entry', 'entries');
  if (energy.average >= ENERGIZING) {
    return reason('energy', 'met', `${name} energizes you: ${average} over ${over}, ${TREND_LABELS[energy.trend]}.`, []);
  }
  if (energy.average < 0) {
    return reason('energy', 'warning', `${name} drains you so far (${average}): is it the move you want?`, []);
  }
  return reason('energy', 'short', `Energy in ${name} is ${average} over ${over}: not yet a clear pull.`, []);
}

function stepDownReasons({ stats, view }: PrepContext): ReadinessReason[] {
  const role = currentRoleEntries(view);
  const { average, trend } = summarizeEnergy(role);
  const rated = role.filter((entry) => entry.energy !== undefined);
  const trendReason =
    average === null || trend === 'unknown'
      ? reason('energy-trend', 'short', 'Not enough energy recorded in leading and managing to show a trend (two months or more).', ids(rated))
      : trend === 'falling' || average < 0
        ? reason('energy-trend', 'met', `Your energy in leading and managing is ${TREND_LABELS[trend]}, averaging ${formatEnergy(average)}.`, ids(rated))
        : reason('energy-trend', 'warning', `Your energy in leading and managing is ${TREND_LABELS[trend]} (${formatEnergy(average)}): say what the move would change.`, ids(rated));
  const energizing = [...stats.values()]
    .filter((s) => s.energy.average !== null && s.energy.average >= ENERGIZING && s.energy.count >= MIN_RATED)
    .sort((a, b) => b.energy.average! - a.energy.average!);
  const best = energizing[0];
  const handover = view.openActionItems.filter((item) => item.owner === 'me');
  return [
    trendReason,
    best
      ? reason('leverage', 'met', `${areaName(best.area)} energizes you (${formatEnergy(best.energy.average!)}): your talents have the most leverage there.`, [])
      : reason('leverage', 'short', 'No area shows as energizing yet: the log cannot yet say where you would thrive.', []),
    handover.length > 0
      ? reason('handover', 'met', `${plural(handover.length, 'open action item')} to hand over, each a step of the plan.`, [])
      : reason('handover', 'short', 'No handover plan yet: add action items for what you will hand over.', []),
  ];
}

function backedWins(backed: readonly Entry[]): ReadinessReason {
  const met = backed.length >= BACKED_WINS;
  return reason(
    'backed-wins',
    met ? 'met' : 'short',
    `${plural(backed.length, 'backed win')}${met ? '' : `; aim for ${BACKED_WINS}`} (an impact or a metric, plus a link or a witness).`,
    ids(backed),
  );
}

function distinctPeople({ view }: PrepContext): ReadinessReason {
  const voices = view.othersWord;
  const people = witnessesOf(voices).names.length;
  const met = people >= DISTINCT_PEOPLE;
  return reason(
    'people',
    met ? 'met' : 'short',
    `Feedback from ${countPeople(people)}${met ? '' : `; aim for ${DISTINCT_PEOPLE} or more, named`}.`,
    ids(voices),
  );
}

function recency(evidence: readonly Entry[], today: string): ReadinessReason {
  const since = addDays(today, -RECENT_DAYS);
  const recent = evidence.filter((entry) => entry.occurredOn > since);
  const share = evidence.length ? recent.length / evidence.length : 0;
  const percent = Math.round(share * 100);
  if (evidence.length > 0 && share > 0.5) {
    return reason(
      'recency',
      'warning',
      `${percent}% of your evidence is from the last six weeks: add earlier work too, or the case will look like a good month.`,
      ids(recent),
    );
  }
  return reason(
    'recency',
    'met',
    evidence.length ? `Evidence is spread over time: ${percent}% from the last six weeks.` : 'No evidence yet, so no recency bias either.',
    [],
  );
}

function verdict(reasons: ReadinessReason[], what: string): Readiness {
  const core = reasons.filter((r) => r.key !== 'recency');
  const met = core.filter((r) => r.status === 'met').length;
  const warned = reasons.some((r) => r.status === 'warning');
  if (met === core.length && !warned) {
    return { level: 'ready', summary: `Ready: the log backs ${what}.`, reasons };
  }
  if (met > 0) {
    return {
      level: 'getting-there',
      summary: `Getting there: ${met} of ${core.length} in place for ${what}${warned ? ', with a warning' : ''}.`,
      reasons,
    };
  }
  return {
    level: 'not-yet',
    summary: `Not yet: the log does not back ${what} yet. Start with what to capture next.`,
    reasons,
  };
}

function reason(key: string, status: ReasonStatus, text: string, entryIds: readonly string[]): ReadinessReason {
  return { key, status, text, entryIds };
}

function ids(entries: readonly Entry[]): string[] {
  return entries.slice(0, CITED).map((entry) => entry.id);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const READINESS_LABELS = {
  ready: 'Ready',
  'getting-there': 'Getting there',
  'not-yet': 'Not yet',
} as const;
