import { type AreaId, areaName } from '../area';
import type { Entry } from '../entry';
import { formatEnergy } from './energy-trend';
import { STRONG_WINS, VOICES } from './fit';
import { monthOf, monthsInPeriod, addDays } from './period';
import type { LogReading } from './reading';
import { winStrength } from './reading';
import type { PrepSection, PrepRequest, Readiness, ReadinessReason, ReasonStatus } from './types';
import { countPeople, witnessesOf } from './witnesses';

/** Recency bias: reviewers remember the last weeks; a case should not rest on them alone. */
const RECENT_DAYS = 42;
const CITED = 8;

/**
 * How ready the log is for this conversation, and why: each reason says what was counted, why it
 * matters, and what is short, so the verdict can be checked and acted on.
 */
export function assessReadiness(
  reading: LogReading,
  request: PrepRequest,
  sections: readonly PrepSection[],
  target?: AreaId,
): Readiness {
  switch (request.kind) {
    case 'promotion':
      return verdict(promotionReasons(reading), 'a promotion conversation');
    case 'lateral':
      return verdict(lateralReasons(reading, target!), `a move to ${areaName(target!)}`);
    case 'step-down':
      return verdict(stepDownReasons(reading), 'a step-down conversation');
    case 'review':
      return verdict(reviewReasons(reading, sections), 'a review');
  }
}

function strongWins(reading: LogReading): Entry[] {
  return reading.view.wins.filter((win) => winStrength(reading, win) === 'strong');
}

function praiseOf(reading: LogReading): Entry[] {
  return reading.view.othersWord.filter(
    (e) => !(e.kind === 'feedback' && (e.signal === 'start' || e.signal === 'stop')),
  );
}

function promotionReasons(reading: LogReading): ReadinessReason[] {
  const { view } = reading;
  const evidence = [...view.wins, ...view.othersWord];
  const months = new Set(evidence.map((entry) => monthOf(entry.occurredOn)));
  const wanted = Math.max(1, Math.ceil(monthsInPeriod(view.period) / 2));
  const open = reading.critiques.filter((c) => c.answeredBy.length === 0);
  return [
    strongWinsReason(strongWins(reading)),
    reason(
      'months',
      months.size >= wanted ? 'met' : 'short',
      `Evidence spans ${plural(months.size, 'month')} of the period${months.size >= wanted ? ', so it shows a pattern, not a moment' : `; aim for ${wanted} or more, so it shows a pattern and not a moment`}.`,
      [],
    ),
    voicesReason(praiseOf(reading)),
    reason(
      'critiques',
      open.length === 0 ? 'met' : 'warning',
      open.length === 0
        ? reading.critiques.length
          ? `Every start or stop raised was answered by later work: growth you can show.`
          : 'No start or stop was raised in this period.'
        : `${plural(open.length, 'start or stop', 'starts or stops')} raised by others ${open.length === 1 ? 'is' : 'are'} not answered yet: name ${open.length === 1 ? 'it' : 'them'} yourself before they are raised.`,
      open.map((c) => c.feedback.id),
    ),
    recency(evidence, view.today),
  ];
}

function reviewReasons(reading: LogReading, sections: readonly PrepSection[]): ReadinessReason[] {
  const covered = sections.filter((s) => s.id !== 'ask');
  const done = covered.filter((s) => s.points.some((point) => point.type !== 'gap')).length;
  return [
    strongWinsReason(strongWins(reading)),
    voicesReason(praiseOf(reading)),
    reason(
      'sections',
      done >= covered.length - 2 ? 'met' : 'short',
      `${done} of ${covered.length} brag-document sections have something in them${done >= covered.length - 2 ? '' : ': the empty ones say what to log'}.`,
      [],
    ),
    recency([...reading.view.wins, ...reading.view.othersWord], reading.view.today),
  ];
}

function lateralReasons(reading: LogReading, target: AreaId): ReadinessReason[] {
  const name = areaName(target);
  const s = reading.stats.get(target);
  const pull = reading.pulls.find((p) => p.area === target);
  const wins = s?.wins ?? [];
  const strong = wins.filter((win) => winStrength(reading, win) !== 'thin');
  const praise = witnessesOf(s?.praise ?? []).names;
  return [
    reason(
      'pull',
      pull ? 'met' : 'short',
      pull
        ? `Your log pulls towards ${name}.`
        : `No energy, longing or calling recorded for ${name} yet: the "why" rests on a wish.`,
      pull ? pull.entries.map((e) => e.id) : [],
    ),
    reason(
      'transferable',
      strong.length >= 1 && wins.length >= 2 ? 'met' : 'short',
      `${plural(wins.length, `${name} win`)}, ${strong.length} with evidence${strong.length >= 1 && wins.length >= 2 ? '' : '; aim for 2 or more, at least one with a result and a link or a witness'}.`,
      ids(strong.length ? strong : wins),
    ),
    reason(
      'others',
      praise.length >= 1 ? 'met' : 'short',
      praise.length >= 1
        ? `${countPeople(praise.length)} said you are good at ${name}.`
        : `Nobody has said yet that you are good at ${name}.`,
      ids(s?.praise ?? []),
    ),
  ];
}

function stepDownReasons(reading: LogReading): ReadinessReason[] {
  const { role, roleEnergy } = reading;
  if (!role.manages) {
    return [reason('role', 'short', 'No managing role in your log to step down from.', [])];
  }
  const top = reading.pulls[0];
  const roleWins = reading.view.wins.filter((win) => !role.since || win.occurredOn >= role.since);
  return [
    reason(
      'role',
      role.assumed ? 'short' : 'met',
      role.assumed
        ? 'No role history: "in this role" is read from the log. Set your roles in Settings.'
        : `Role history set: ${role.title}${role.since ? ` since ${role.since}` : ''}.`,
      [],
    ),
    roleEnergy.trend === 'unknown'
      ? reason(
          'energy-trend',
          'short',
          'Too little energy recorded in the role for a trend (three months or more).',
          [],
        )
      : reading.thriving
        ? reason(
            'energy-trend',
            'warning',
            `Your energy in the role is ${roleEnergy.trend} at ${formatEnergy(roleEnergy.average!)}, and others praise your work in it: the log says stay.`,
            [],
          )
        : reason(
            'energy-trend',
            'met',
            `Your energy in the role is ${roleEnergy.trend}, averaging ${formatEnergy(roleEnergy.average!)}.`,
            [],
          ),
    top
      ? reason(
          'pull',
          'met',
          `${areaName(top.area)} pulls: your talents have somewhere to go.`,
          top.entries.map((e) => e.id),
        )
      : reason(
          'pull',
          'short',
          'No area outside the role pulls yet: the log cannot yet say where you would thrive.',
          [],
        ),
    roleWins.length > 0
      ? reason(
          'went-well',
          'met',
          `${plural(roleWins.length, 'win')} in the role: evidence that it went well.`,
          ids(roleWins),
        )
      : reason('went-well', 'short', 'No wins logged in the role: what went well is not on record.', []),
    reading.roleItems.length > 0
      ? reason('handover', 'met', `${plural(reading.roleItems.length, 'open item')} of the role to hand over.`, [])
      : reason('handover', 'short', 'No open items of the role written down: the handover plan starts empty.', []),
  ];
}

function strongWinsReason(strong: readonly Entry[]): ReadinessReason {
  const met = strong.length >= STRONG_WINS;
  return reason(
    'strong-wins',
    met ? 'met' : 'short',
    `${plural(strong.length, 'win')} with strong evidence${met ? '' : `; aim for ${STRONG_WINS} or more`} (an impact or a metric, plus a link, a witness, linked praise or org/company scope).`,
    ids(strong),
  );
}

function voicesReason(praise: readonly Entry[]): ReadinessReason {
  const people = witnessesOf(praise).names.length;
  const met = people >= VOICES;
  return reason(
    'people',
    met ? 'met' : 'short',
    `Praise from ${countPeople(people)}, named${met ? ': their words weigh more than yours' : `; aim for ${VOICES} or more`}.`,
    ids(praise),
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
    evidence.length
      ? `Evidence is spread over time: ${percent}% from the last six weeks.`
      : 'No evidence yet, so no recency bias either.',
    [],
  );
}

function verdict(reasons: ReadinessReason[], what: string): Readiness {
  // Recency and open critiques can only warn: they never count towards "in place".
  const core = reasons.filter((r) => r.key !== 'recency' && r.key !== 'critiques');
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
