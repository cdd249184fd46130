import { areaName } from '../../area';
import type { Entry } from '../../entry';
import { CURRENT_ROLE_AREAS, currentRoleEntries } from '../current-role';
import { formatEnergy, rankByEnergy, summarizeEnergy, TREND_LABELS } from '../energy-trend';
import { DRAINING, MIN_RATED } from '../job-crafting';
import { compareAreas } from '../log-view';
import type { PrepContext } from '../prep-context';
import { CITED_PER_POINT } from '../prep-context';
import { widestFirst } from '../ordering';
import { entryPoint, gapPoint, groupPoint, planPoint } from '../talking-point';
import type { PrepSection, TalkingPoint } from '../types';
import { describeWitnesses, witnessesOf } from '../witnesses';
import { handoverPoints } from './handover';
import { praisePoints } from './others-said';
import { LEARNED } from './keywords';
import { RECORD_ENERGY } from './next-steps';

const CITED = 5;

export const STEP_DOWN_FRAMING =
  'A move towards your talents: where your energy and your best work are. You bring what you achieved and learned, and a plan that leaves the team in good hands.';

/**
 * Stepping down, for example from manager back to individual contributor, framed as what it is: a
 * move towards one's talents, with evidence and a plan, not a retreat.
 */
export function stepDownSections(ctx: PrepContext): PrepSection[] {
  return [achieved(ctx), leverage(ctx), energyTrend(ctx), keep(ctx), handover(ctx), timeline(ctx)];
}

function achieved({ view }: PrepContext): PrepSection {
  const id = 'achieved';
  const wins = widestFirst(view.wins);
  const learned = view.entries.filter(
    (entry) =>
      (entry.kind === 'note' || entry.kind === 'talent') &&
      (LEARNED.test(entry.text) || entry.tags.some((tag) => LEARNED.test(tag))),
  );
  const points = [...wins, ...learned].map((entry) => entryPoint(id, entry));
  if (wins.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'No wins logged in this period: what you achieved in this role is not on record yet.',
        'Log the three things you are proudest of in this role, with their results.',
      ),
    );
  }
  return {
    id,
    title: 'What you achieved and learned in this role',
    intro: 'Your wins, the widest first, and what you noted as learned.',
    points,
  };
}

function leverage({ stats }: PrepContext): PrepSection {
  const id = 'leverage';
  const energizing = [...stats.values()]
    .filter((s) => s.energy.count > 0 && s.energy.average! > 0)
    // An area rated once is a hint, not a pattern: rated areas first, then by energy.
    .sort(
      (a, b) =>
        Number(b.energy.count >= MIN_RATED) - Number(a.energy.count >= MIN_RATED) ||
        b.energy.average! - a.energy.average! ||
        compareAreas(a.area, b.area),
    );
  const points: TalkingPoint[] = energizing.map((s) => {
    const praise = s.othersPraise;
    const others = praise.length
      ? `; ${describeWitnesses(witnessesOf(praise))} said you are good at it`
      : '';
    return groupPoint(
      `${id}:area:${s.area}`,
      `${areaName(s.area)}: energy ${formatEnergy(s.energy.average!)} over ${s.energy.count === 1 ? '1 entry' : `${s.energy.count} entries`}${others}.`,
      [...rankByEnergy(s.entries, 'highest', CITED), ...praise.slice(0, 3)].filter(unique),
    );
  });
  if (points.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'No area stands out as energizing yet.',
        RECORD_ENERGY,
      ),
    );
  }
  return {
    id,
    title: 'Where your talents give the most leverage',
    intro: 'The areas that give you energy, and who has seen you at your best in them.',
    points,
  };
}

function energyTrend({ stats, view }: PrepContext): PrepSection {
  const id = 'energy-trend';
  const role = currentRoleEntries(view);
  const { months, trend, average } = summarizeEnergy(role);
  const points: TalkingPoint[] = [];
  if (months.length >= 2 && average !== null) {
    const first = months[0]!;
    const last = months.at(-1)!;
    points.push(
      groupPoint(
        `${id}:role`,
        `Your energy in leading and managing went from ${formatEnergy(first.average)} in ${first.month} to ${formatEnergy(last.average)} in ${last.month}: ${TREND_LABELS[trend]} (average ${formatEnergy(average)}).`,
        rankByEnergy(role, average < 0 ? 'lowest' : 'highest', CITED),
      ),
    );
  } else {
    points.push(
      gapPoint(
        `${id}:role`,
        'Not enough energy recorded in leading and managing to show a trend (it takes two months or more).',
        RECORD_ENERGY,
        rankByEnergy(role, 'newest', CITED),
      ),
    );
  }
  for (const area of CURRENT_ROLE_AREAS) {
    const s = stats.get(area);
    if (!s || s.energy.average === null) continue;
    const average = s.energy.average;
    points.push(
      groupPoint(
        `${id}:area:${area}`,
        `${areaName(area)}: ${formatEnergy(average)} over ${s.energy.count === 1 ? '1 entry' : `${s.energy.count} entries`}, ${TREND_LABELS[s.energy.trend]}${average <= DRAINING ? ' (draining)' : ''}.`,
        rankByEnergy(s.entries, average < 0 ? 'lowest' : 'highest', CITED),
      ),
    );
  }
  return {
    id,
    title: 'Energy trend in the current role',
    intro: 'Energy (−2 draining … +2 energizing) in leading teams, managing people and managing projects, month by month.',
    points,
  };
}

function keep({ view }: PrepContext): PrepSection {
  const id = 'keep';
  const keepFeedback = view.received.filter((feedback) => feedback.signal === 'keep');
  const points = praisePoints(id, keepFeedback);
  if (view.given.length > 0) {
    points.push(
      groupPoint(
        `${id}:mentoring`,
        `Mentoring: you gave feedback ${view.given.length === 1 ? 'once' : `${view.given.length} times`}. It can come with you into the new role.`,
        view.given.slice(0, CITED_PER_POINT),
      ),
    );
  }
  if (points.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'Nothing in the log yet says what to keep.',
        'Ask colleagues what you should keep doing (the feedback request below).',
      ),
    );
  }
  return {
    id,
    title: 'What to keep',
    intro: '“Keep” feedback and the mentoring you do: the parts of this role worth carrying on.',
    points,
  };
}

function handover(ctx: PrepContext): PrepSection {
  const id = 'handover';
  const points = handoverPoints(id, ctx.view);
  if (points.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'No handover plan yet.',
        'Add an action item for each responsibility to hand over, with a name and a date.',
      ),
    );
  }
  return {
    id,
    title: 'Handover plan',
    intro: 'Your open action items: each needs a new owner and a date.',
    points,
  };
}

function timeline({ view }: PrepContext): PrepSection {
  const id = 'timeline';
  const dated = view.openActionItems.filter((item) => item.owner === 'me' && item.dueOn);
  const last = dated.at(-1);
  const points = [
    planPoint(
      `${id}:date`,
      'Propose a date, and a transition period (six to eight weeks is common) that fits the team’s cycle.',
    ),
  ];
  if (last?.dueOn) {
    points.push(
      planPoint(`${id}:last-due`, `Your open items run until ${last.dueOn}: plan the switch around that.`, {
        actionItemIds: dated.map((item) => item.id),
      }),
    );
  }
  points.push(
    planPoint(
      `${id}:risk-team`,
      'Risk: the team needs a lead during the switch. Propose who, and how you will support them.',
    ),
    planPoint(
      `${id}:risk-level`,
      'Risk: level and pay. Ask how your level maps to the individual-contributor track.',
    ),
  );
  return { id, title: 'Timeline and risks', points };
}

function unique(entry: Entry, index: number, all: readonly Entry[]): boolean {
  return all.findIndex((other) => other.id === entry.id) === index;
}
