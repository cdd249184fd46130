import { type AreaId, areaName, BUILT_IN_AREAS } from '../../area';
import { describeTrend, formatEnergy } from '../energy-trend';
import { DRAINING } from '../job-crafting';
import { compareAreas } from '../log-view';
import { strongestFirst } from '../ordering';
import { joinReasons, MIN_RATED, pullSentence } from '../pulls';
import type { LogReading } from '../reading';
import { winStrength } from '../reading';
import { evidencePoint, gapPoint, insightPoint, planPoint, praisePoint, winPoints } from '../talking-point';
import type { CraftingSuggestion, Fit, LateralTarget, PrepSection, TalkingPoint } from '../types';
import { quoteOf, whoShort, workIn } from '../voice';
import { describeWitnesses, witnessesOf } from '../witnesses';
import { critiquePoint } from './critique-points';
import { handoverPoints, openAskPoints } from './handover';
import type { KindPrep } from './kind-prep';
import { RECORD_ENERGY } from './next-steps';

/**
 * Where a lateral move goes: the area the user chose, or else the one with the strongest pull in
 * the log (energy, longing, calling, others' keep), with the reason in words. Areas of the current
 * role are never the default: a move sideways is towards work one does not do yet.
 */
export function chooseTarget(reading: LogReading, chosen: AreaId | undefined): LateralTarget {
  const choices = [
    ...reading.pulls.map((p) => p.area),
    ...[...reading.view.areas, ...BUILT_IN_AREAS.map((a) => a.id)]
      .filter((area) => !reading.role.areas.includes(area))
      .sort(compareAreas),
    ...reading.role.areas,
  ].filter((area, i, all) => all.indexOf(area) === i);
  const pullOf = (area: AreaId) => reading.pulls.find((p) => p.area === area);
  if (chosen) {
    const pull = pullOf(chosen);
    return {
      area: chosen,
      chosenBy: 'user',
      reason: pull
        ? `You chose ${areaName(chosen)}, and your log agrees: ${joinReasons(pull.reasons)}.`
        : `You chose ${areaName(chosen)}; the log shows no pull towards it yet.`,
      choices,
    };
  }
  const top = reading.pulls[0];
  if (top) {
    return {
      area: top.area,
      chosenBy: 'pull',
      reason: `${areaName(top.area)} has the strongest pull in your log: ${joinReasons(top.reasons)}.`,
      choices,
    };
  }
  return {
    area: choices[0]!,
    chosenBy: 'pull',
    reason: `No area pulls clearly yet, so ${areaName(choices[0]!)} is only a starting point: choose the area you have in mind.`,
    choices,
  };
}

/** A move sideways: why, what carries over (with praise linked to it), what to hand over, gaps, the ask. */
export function lateralPrep(
  reading: LogReading,
  target: LateralTarget,
  fit: Fit,
  crafting: readonly CraftingSuggestion[],
): KindPrep {
  const name = areaName(target.area).toLowerCase();
  const praise = reading.stats.get(target.area)?.praise ?? [];
  const seen = praise.length
    ? `, and ${describeWitnesses(witnessesOf(praise))} ${witnessesOf(praise).names.length > 1 ? 'have' : 'has'} seen me do it well`
    : '';
  const opening =
    fit.verdict === 'fits'
      ? `I'd like to talk about moving ${reading.role.previous?.areas.includes(target.area) ? 'back to' : 'towards'} ${name}. It is where my energy has gone this year${seen}; I'd like to propose a trial.`
      : `I'd like to explore ${name} as a direction for me, and hear how you see it.`;
  return {
    opening,
    sections: [
      why(reading, target.area),
      transferable(reading, target.area),
      handover(reading, target.area),
      targetGaps(reading, target.area),
      ask(reading, target.area, fit, crafting),
    ],
  };
}

function why(reading: LogReading, target: AreaId): PrepSection {
  const id = 'why';
  const name = areaName(target);
  const s = reading.stats.get(target);
  const pull = reading.pulls.find((p) => p.area === target);
  const points: TalkingPoint[] = [];
  if (s && pull) points.push(insightPoint(`${id}:pull`, pullSentence(pull, s), pull.entries));
  if (s && s.energy.trend !== 'unknown') {
    points.push(
      insightPoint(
        `${id}:trend`,
        describeTrend(name.toLowerCase(), s.energy),
        s.own.filter((e) => e.energy !== undefined).slice(0, 6),
      ),
    );
  }
  // The contrast with the work of today's role, when it is lower.
  for (const area of reading.role.areas) {
    const r = reading.stats.get(area);
    if (!r || r.energy.count < MIN_RATED || !s || s.energy.average === null) continue;
    // Only a real contrast: the role's work gives little energy, and much less than the target.
    if (r.energy.average! <= 0.25 && r.energy.average! < s.energy.average - 0.5) {
      points.push(
        insightPoint(
          `${id}:contrast:${area}`,
          `By contrast, ${areaName(area).toLowerCase()}, part of my role today, averages ${formatEnergy(r.energy.average!)}.`,
          r.doubts.slice(0, 4),
        ),
      );
    }
  }
  if (points.length === 0) {
    points.push(
      gapPoint(`${id}:none`, `The log does not show yet why ${name.toLowerCase()} draws you.`, RECORD_ENERGY),
    );
  }
  return {
    id,
    title: `Why ${name}`,
    intro: 'Energy spent in the area, notes of longing for it, meaning, and what others said: the pull, in your words.',
    points,
  };
}

function transferable(reading: LogReading, target: AreaId): PrepSection {
  const id = 'transferable';
  const name = areaName(target);
  const s = reading.stats.get(target);
  const wins = strongestFirst(s?.wins ?? [], (win) => winStrength(reading, win));
  const { points, omitted } = winPoints(id, wins, reading);
  const quoted = new Set(wins.flatMap((win) => (reading.praiseFor.get(win.id) ?? []).map((e) => e.id)));
  for (const entry of s?.praise ?? []) if (!quoted.has(entry.id)) points.push(praisePoint(id, entry));
  if (points.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        `Nothing in the log shows ${name.toLowerCase()} work yet.`,
        `Do one small piece of ${name.toLowerCase()} work within your current role, and log it with the area ${name}.`,
      ),
    );
  } else if (!wins.some((win) => winStrength(reading, win) === 'strong')) {
    points.push(
      gapPoint(
        `${id}:unbacked`,
        `None of my ${name.toLowerCase()} wins has strong evidence yet.`,
        `Add a result and a link or a witness to your best ${name.toLowerCase()} win.`,
      ),
    );
  }
  return {
    id,
    title: `What I would bring to ${name}`,
    intro: `Wins in ${name}, strongest evidence first, with praise linked to them quoted beside; then others' words about it.`,
    points,
    ...(omitted ? { omitted } : {}),
  };
}

function handover(reading: LogReading, target: AreaId): PrepSection {
  const id = 'handover';
  const points: TalkingPoint[] = [];
  const draining = [...reading.stats.values()]
    .filter((s) => s.area !== target && s.energy.count >= MIN_RATED && s.energy.average! <= DRAINING)
    .sort((a, b) => a.energy.average! - b.energy.average! || compareAreas(a.area, b.area));
  for (const s of draining) {
    points.push(
      insightPoint(
        `${id}:area:${s.area}`,
        `I would hand over much of the ${workIn(s.area, areaName(s.area))} I do today: it is the part of the work that costs me most (${formatEnergy(s.energy.average!)} on average).`,
        s.doubts.slice(0, 5),
      ),
    );
  }
  if (reading.role.manages) {
    const duties = reading.role.areas.map((a) => areaName(a).toLowerCase());
    points.push(
      planPoint(
        `${id}:duties`,
        `The role's own duties (${joinReasons(duties)}) would need a new owner, and I would help them start.`,
      ),
    );
  }
  points.push(...handoverPoints(id, reading.roleItems, reading.view));
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
    title: 'What I would hand over',
    intro: 'The work that drains you and the duties of your role today; never your own growth items.',
    points,
  };
}

function targetGaps(reading: LogReading, target: AreaId): PrepSection {
  const id = 'target-gaps';
  const name = areaName(target);
  const s = reading.stats.get(target);
  const points: TalkingPoint[] = reading.critiques
    .filter((c) => c.feedback.areas.includes(target))
    .map((critique) => critiquePoint(id, critique, reading));
  if (!s || s.praise.length === 0) {
    points.push(
      gapPoint(
        `${id}:others`,
        s && s.claims.length > 0
          ? `Only my own notes say I am good at ${name.toLowerCase()}.`
          : `Nobody has said yet that I am good at ${name.toLowerCase()}.`,
        `Ask someone who has seen your ${name.toLowerCase()} work what you do well, and log it.`,
        s?.claims ?? [],
      ),
    );
  }
  if (!(s?.wins ?? []).some((win) => winStrength(reading, win) === 'strong')) {
    points.push(
      gapPoint(
        `${id}:strong-win`,
        `No ${name.toLowerCase()} win with strong evidence yet.`,
        `Take one ${name.toLowerCase()} task with a visible, measurable result, and log it with a link.`,
      ),
    );
  }
  if (points.length === 0) {
    points.push(
      planPoint(
        `${id}:expectations`,
        `I would like to know what the people I would work with expect from me in the first months.`,
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

function ask(reading: LogReading, target: AreaId, fit: Fit, crafting: readonly CraftingSuggestion[]): PrepSection {
  const id = 'ask';
  const name = areaName(target).toLowerCase();
  const s = reading.stats.get(target);
  const points: TalkingPoint[] = [
    planPoint(
      `${id}:trial`,
      fit.verdict === 'fits'
        ? `I would like to propose a trial: a fifth of my time on ${workIn(target, name)} for the next quarter, with a check-in at the end where we decide together.`
        : `Before any move, I would like to try more ${workIn(target, name)} within my current role for a quarter, and look at how it went together.`,
    ),
  ];
  const step = crafting.find((c) => c.type === 'task' && c.area === target && c.key.startsWith('task:expand'));
  const example = step ? (s?.shown[0] ?? s?.wins[0]) : undefined;
  if (step) {
    points.push(
      planPoint(
        `${id}:crafting`,
        example
          ? `As a first step within my current role, I could take on more ${workIn(target, name)}, like ${quoteOf(example)}.`
          : `As a first step within my current role, I could take on one ${name} task each month.`,
        { entries: reading.view.entries.filter((e) => step.entryIds.includes(e.id)).slice(0, 4) },
      ),
    );
  }
  const allies = (s?.praise ?? []).filter((e) => e.person);
  if (allies.length > 0) {
    points.push(
      evidencePoint(
        `${id}:allies`,
        `I would ask ${describeWitnesses(witnessesOf(allies))} to support the move: they have seen my ${workIn(target, name)}.`,
        allies.slice(0, 3),
        { quotes: allies.slice(0, 1).map((e) => ({ entryId: e.id, text: quoteOf(e), by: whoShort(e) })) },
      ),
    );
  }
  points.push(planPoint(`${id}:success`, 'Can we agree what success looks like for the trial, and who decides?'));
  points.push(...openAskPoints(id, reading.openAsks, reading.view));
  return { id, title: 'The ask', points };
}
