import { type AreaId, areaName } from '../../area';
import type { Entry } from '../../entry';
import type { AreaStats } from '../area-stats';
import { formatEnergy, rankByEnergy, TREND_LABELS } from '../energy-trend';
import { entryStrength } from '../evidence';
import { DRAINING, ENERGIZING } from '../job-crafting';
import { compareAreas } from '../log-view';
import type { PrepContext } from '../prep-context';
import { groupByRank } from '../ordering';
import { entryPoint, gapPoint, groupPoint, planPoint } from '../talking-point';
import type { PrepSection, TalkingPoint } from '../types';
import { describeWitnesses, witnessesOf } from '../witnesses';
import { handoverPoints } from './handover';
import { RECORD_ENERGY } from './next-steps';

const ENERGY_CITED = 5;

/** A move sideways, towards an area: why, what carries over, what to hand over, gaps, a proposal. */
export function lateralSections(ctx: PrepContext, target: AreaId): PrepSection[] {
  return [
    why(ctx, target),
    transferable(ctx, target),
    handover(ctx, target),
    targetGaps(ctx, target),
    proposal(ctx, target),
  ];
}

function why({ stats }: PrepContext, target: AreaId): PrepSection {
  const id = 'why';
  const rated = [...stats.values()]
    .filter((s) => s.energy.count > 0)
    .sort(
      (a, b) =>
        Number(b.area === target) - Number(a.area === target) ||
        b.energy.average! - a.energy.average! ||
        compareAreas(a.area, b.area),
    );
  const points: TalkingPoint[] = rated.map((s) =>
    groupPoint(`${id}:area:${s.area}`, energyLine(s), rankByEnergy(s.entries, 'newest', ENERGY_CITED), meaningLine(s)),
  );
  const targetStats = stats.get(target);
  if (rated.length === 0) {
    points.push(
      gapPoint(
        `${id}:no-energy`,
        'No energy recorded in this period, so the log cannot yet show why you want the move.',
        RECORD_ENERGY,
      ),
    );
  } else if (!targetStats || targetStats.energy.count === 0) {
    points.push(
      gapPoint(
        `${id}:target-energy`,
        `No energy recorded for ${areaName(target)} yet.`,
        `Set the energy when you log ${areaName(target)} work, for a few weeks.`,
      ),
    );
  }
  return {
    id,
    title: 'Why: energy and meaning by area',
    intro: `Average energy (−2 draining … +2 energizing) and its trend by area; ${areaName(target)} first.`,
    points,
  };
}

function transferable({ stats }: PrepContext, target: AreaId): PrepSection {
  const id = 'transferable';
  const name = areaName(target);
  // Wins, then feedback, then talent notes; backed first within each; newest first within that.
  const evidence = groupByRank(
    (stats.get(target)?.entries ?? []).filter(
      (entry) => entry.kind !== 'note' && !(entry.kind === 'feedback' && entry.direction === 'given'),
    ),
    (entry) => kindRank(entry) * 2 + (entryStrength(entry) === 'backed' ? 0 : 1),
    6,
  );
  const points = evidence.map((entry) => entryPoint(id, entry));
  if (evidence.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        `Nothing in the log shows ${name} work yet.`,
        `Do one small piece of ${name} work within your current role, and log it with the area ${name}.`,
      ),
    );
  } else if (!evidence.some((entry) => entryStrength(entry) === 'backed')) {
    points.push(
      gapPoint(
        `${id}:unbacked`,
        `None of your ${name} evidence is backed yet.`,
        `Add a result and a link or a witness to your best ${name} entry.`,
      ),
    );
  }
  return {
    id,
    title: `Transferable evidence for ${name}`,
    intro: `Wins, feedback and talent notes in ${name}: what you would bring on day one.`,
    points,
  };
}

function handover(ctx: PrepContext, target: AreaId): PrepSection {
  const id = 'handover';
  const draining = [...ctx.stats.values()]
    .filter((s) => s.area !== target && s.energy.count > 0 && s.energy.average! <= DRAINING)
    .sort((a, b) => a.energy.average! - b.energy.average! || compareAreas(a.area, b.area));
  const points: TalkingPoint[] = draining.map((s) =>
    groupPoint(
      `${id}:area:${s.area}`,
      `${areaName(s.area)} drains you (${formatEnergy(s.energy.average!)}): say who could take it over.`,
      rankByEnergy(s.entries, 'lowest', ENERGY_CITED),
    ),
  );
  points.push(...handoverPoints(id, ctx.view));
  if (points.length === 0) {
    points.push(
      gapPoint(
        `${id}:list`,
        'Nothing to hand over is written down yet.',
        'Add an action item for each thing you own today, with who could take it.',
      ),
    );
  }
  return {
    id,
    title: 'What to hand over',
    intro: 'Areas that drain you and your open action items: the work someone else will pick up.',
    points,
  };
}

function targetGaps({ stats, findings }: PrepContext, target: AreaId): PrepSection {
  const id = 'target-gaps';
  const name = areaName(target);
  const s = stats.get(target);
  const points: TalkingPoint[] = (s?.othersCritique ?? []).map((feedback) =>
    gapPoint(
      `${id}:${feedback.id}`,
      feedback.text,
      'Say how you will work on it during a trial.',
      [feedback],
      feedback.person ? `Raised by ${feedback.person}` : 'Raised by someone unnamed',
    ),
  );
  const claim = findings.find((f) => f.area === target && f.kind === 'unsupported-claim');
  if (claim) {
    points.push(
      gapPoint(`${id}:claim`, `Only your own notes say you are good at ${name}.`, `Ask someone who has seen your ${name} work what you do well.`, s?.selfClaims ?? []),
    );
  } else if (!s || s.othersPraise.length === 0) {
    points.push(
      gapPoint(`${id}:others`, `Nobody has said you are good at ${name} yet.`, `Ask someone who has seen your ${name} work what you do well, and log it.`),
    );
  }
  const wins = s?.entries.filter((entry) => entry.kind === 'win') ?? [];
  if (!wins.some((win) => entryStrength(win) === 'backed')) {
    points.push(
      gapPoint(`${id}:backed-win`, `No backed ${name} win yet.`, `Take one ${name} task with a visible, measurable result, and log it with a link.`),
    );
  }
  if (points.length === 0) {
    points.push(
      planPoint(
        `${id}:expectations`,
        `The log shows no gap for ${name}: ask what the ${name} team expects in your first months.`,
      ),
    );
  }
  return {
    id,
    title: `Gaps for ${name}`,
    intro: 'What the people deciding will look for and the log does not show yet.',
    points,
  };
}

function proposal({ crafting, stats }: PrepContext, target: AreaId): PrepSection {
  const id = 'proposal';
  const name = areaName(target);
  const step = crafting.find((s) => s.type === 'task' && s.area === target);
  const praise = stats.get(target)?.othersPraise ?? [];
  const points = [
    planPoint(
      `${id}:trial`,
      `Propose a trial before a full move: part of your time on ${name} for a quarter, with a check-in at the end.`,
    ),
    step
      ? planPoint(`${id}:crafting`, step.text, { entryIds: step.entryIds })
      : planPoint(`${id}:crafting`, `Or a crafting step first: take one ${name} task within your current role.`),
    planPoint(`${id}:success`, 'Agree what success looks like for the trial, and who decides.'),
  ];
  if (praise.length > 0) {
    points.push(
      planPoint(`${id}:allies`, `Ask ${describeWitnesses(witnessesOf(praise))} to support the move: they have seen your ${name} work.`, {
        entryIds: praise.slice(0, 3).map((entry) => entry.id),
      }),
    );
  }
  return { id, title: 'A proposal', points };
}

function energyLine(s: AreaStats): string {
  const n = s.energy.count === 1 ? '1 entry' : `${s.energy.count} entries`;
  return `${areaName(s.area)}: energy ${formatEnergy(s.energy.average!)} over ${n}, ${TREND_LABELS[s.energy.trend]}${
    s.energy.average! >= ENERGIZING ? ' (energizing)' : s.energy.average! <= DRAINING ? ' (draining)' : ''
  }.`;
}

function meaningLine(s: AreaStats): string | undefined {
  const parts = (['calling', 'career', 'job'] as const)
    .filter((m) => s.meaning[m] > 0)
    .map((m) => `${m} ${s.meaning[m]}`);
  return parts.length ? `Felt as: ${parts.join(', ')}` : undefined;
}

function kindRank(entry: Entry): number {
  return entry.kind === 'win' ? 0 : entry.kind === 'feedback' ? 1 : 2;
}
