import { type AreaId, areaName } from '../area';
import { describeTrend, formatEnergy } from './energy-trend';
import { joinReasons } from './pulls';
import type { LogReading } from './reading';
import { winStrength } from './reading';
import { describeTenure } from './role-reading';
import type { Fit, PrepKind } from './types';
import { describeWitnesses, witnessesOf } from './witnesses';

/** A case for a promotion wants at least this many strong wins and named voices. */
export const STRONG_WINS = 2;
export const VOICES = 2;

/**
 * Whether the conversation opened fits what the log says, and why in plain words. A prep that
 * does not fit says so first, instead of filling the template of the conversation anyway.
 */
export function fitOf(reading: LogReading, kind: PrepKind, target?: AreaId): Fit {
  switch (kind) {
    case 'promotion':
      return promotionFit(reading);
    case 'lateral':
      return lateralFit(reading, target!);
    case 'step-down':
      return stepDownFit(reading);
    case 'review':
      return reading.view.entries.length === 0
        ? {
            verdict: 'caution',
            text: 'Nothing is logged in this period yet: each section says what to capture.',
            entryIds: [],
          }
        : { verdict: 'fits', text: 'A review fits any log: here is what yours holds for the period.', entryIds: [] };
  }
}

function promotionFit(reading: LogReading): Fit {
  const { view } = reading;
  const strong = view.wins.filter((win) => winStrength(reading, win) === 'strong');
  const some = view.wins.filter((win) => winStrength(reading, win) === 'some');
  const praise = view.othersWord.filter(
    (e) => !(e.kind === 'feedback' && (e.signal === 'start' || e.signal === 'stop')),
  );
  const voices = witnessesOf(praise).names.length;
  const cited = [...strong, ...praise].slice(0, 8).map((e) => e.id);
  const { role, roleEnergy } = reading;
  // Drained: falling to below zero, or low (−0.5 or less) all along.
  const drained =
    roleEnergy.average !== null &&
    roleEnergy.count >= 3 &&
    ((roleEnergy.trend === 'falling' && (roleEnergy.fitted?.to ?? 0) < 0) || roleEnergy.average <= -0.5);
  if (strong.length >= STRONG_WINS && voices >= VOICES && drained) {
    return {
      verdict: 'caution',
      text: `The evidence is there (${count(strong.length, 'win')} with strong evidence, ${voices} people's words), but your log says this role drains you: ${lowerFirst(describeTrend(`the role as ${role.title}`, roleEnergy, 'you'))} A promotion would mean more of it: say first where you want to grow.`,
      entryIds: cited,
    };
  }
  if (strong.length >= STRONG_WINS && voices >= VOICES) {
    return {
      verdict: 'fits',
      text: `Your log backs this: ${count(strong.length, 'win')} with strong evidence and ${voices} people's words about your work.`,
      entryIds: cited,
    };
  }
  const short: string[] = [];
  if (strong.length < STRONG_WINS) short.push(`${STRONG_WINS} wins with strong evidence (you have ${strong.length})`);
  if (voices < VOICES) short.push(`the words of ${VOICES} or more people (you have ${voices})`);
  if (strong.length + some.length === 0 && voices === 0) {
    return {
      verdict: 'does-not-fit',
      text: `Not yet: the log holds no win with evidence and nobody's words about your work. Collect first: ${joinReasons(short)}.`,
      entryIds: [],
    };
  }
  return {
    verdict: 'caution',
    text: `Collect first: the case needs ${joinReasons(short)}. You can still open the conversation by asking what the next level needs.`,
    entryIds: cited,
  };
}

function lateralFit(reading: LogReading, target: AreaId): Fit {
  const name = areaName(target);
  const s = reading.stats.get(target);
  const pull = reading.pulls.find((p) => p.area === target);
  if (reading.role.areas.includes(target)) {
    return {
      verdict: 'caution',
      text: `${name} is already part of your role as ${reading.role.title}: a lateral move is towards work you do not do yet. Job crafting may fit better.`,
      entryIds: [],
    };
  }
  if (s && s.energy.count >= 2 && s.energy.average! <= -0.5 && s.longings.length === 0) {
    return {
      verdict: 'does-not-fit',
      text: `Your log says ${name.toLowerCase()} drains you (${formatEnergy(s.energy.average!)} over ${s.energy.count} rated entries): is this the move you want?`,
      entryIds: s.doubts.slice(0, 5).map((e) => e.id),
    };
  }
  const asked = reading.critiques.find((c) => c.lessOf.includes(target));
  if (asked) {
    return {
      verdict: 'caution',
      text: `${asked.feedback.person ?? 'Someone'} asked you to do less ${name.toLowerCase()} yourself (${asked.feedback.occurredOn}): say how the move squares with that.`,
      entryIds: [asked.feedback.id],
    };
  }
  if (pull && reading.thriving) {
    return {
      verdict: 'caution',
      text: `Your log points here (${joinReasons(pull.reasons)}), but your role as ${reading.role.title} energizes you too (${formatEnergy(reading.roleEnergy.average!)}): consider crafting more ${name.toLowerCase()} into it before moving.`,
      entryIds: pull.entries.map((e) => e.id),
    };
  }
  if (!pull) {
    return {
      verdict: 'caution',
      text: `The log does not show a pull towards ${name.toLowerCase()} yet: no energy, longing or calling recorded for it. Log a few weeks of it first, or say where the wish comes from.`,
      entryIds: [],
    };
  }
  // The reasons themselves are said once, with the target.
  const strongest = reading.pulls[0]?.area === target ? ', more than anywhere else' : '';
  return {
    verdict: 'fits',
    text: `Your log supports this move: it pulls towards ${name.toLowerCase()}${strongest}.`,
    entryIds: pull.entries.map((e) => e.id),
  };
}

function stepDownFit(reading: LogReading): Fit {
  const { role, roleEnergy, rolePraise } = reading;
  if (!role.manages) {
    return {
      verdict: 'does-not-fit',
      text: `Your log shows no managing role to step down from: you work as ${role.title}${role.assumed ? ' (read from your log)' : ''}. What would you step down from? If it is a responsibility (on-call, leading a project), a lateral move or job crafting fits better.`,
      entryIds: [],
    };
  }
  const since = role.since ? ` since ${role.since}` : '';
  const top = reading.pulls[0];
  const longing = top ? reading.stats.get(top.area)!.longings.length : 0;
  if (reading.thriving) {
    const praisers = describeWitnesses(witnessesOf(rolePraise));
    const text = `Your log says stay: your energy as ${role.title}${since} averages ${formatEnergy(roleEnergy.average!)} and is ${roleEnergy.trend === 'unknown' ? 'too new for a trend' : roleEnergy.trend}, and ${praisers} told you to keep going.`;
    if (top && longing >= 2) {
      return {
        verdict: 'caution',
        text: `${text} Yet you wrote ${longing} times that you miss ${areaName(top.area).toLowerCase()}: talk about crafting room for it before stepping down.`,
        entryIds: [...rolePraise.slice(0, 4), ...reading.stats.get(top.area)!.longings.slice(0, 3)].map((e) => e.id),
      };
    }
    return {
      verdict: 'does-not-fit',
      text: `${text} Nothing here argues for stepping down; shape the role instead.`,
      entryIds: rolePraise.slice(0, 6).map((e) => e.id),
    };
  }
  if (roleEnergy.count < 3) {
    return {
      verdict: 'caution',
      text: `Your log says little about how the role feels: ${count(roleEnergy.count, 'rated entry', 'rated entries')} in ${role.areas.map((a) => areaName(a).toLowerCase()).join(', ')}${since}. Rate your energy for a few weeks so the case rests on more than a feeling.`,
      entryIds: reading.roleWork.slice(0, 5).map((e) => e.id),
    };
  }
  const strained = roleEnergy.average! < 0.25 || roleEnergy.trend === 'falling' || longing >= 2;
  if (!strained) {
    return {
      verdict: 'caution',
      text: `Your log is mixed: your energy as ${role.title}${since} averages ${formatEnergy(roleEnergy.average!)} and is ${roleEnergy.trend === 'unknown' ? 'too new for a trend' : roleEnergy.trend}. Say what the move would change, or try crafting the role first.`,
      entryIds: reading.roleWork
        .filter((e) => e.energy !== undefined)
        .slice(0, 6)
        .map((e) => e.id),
    };
  }
  const tenure = role.since ? ` after ${describeTenure(role.since, reading.view.today)}` : '';
  const where = top ? ` and your energy points to ${areaName(top.area).toLowerCase()}` : '';
  return {
    verdict: 'fits',
    text: `Your log supports this move${tenure}: your energy in the role averages ${formatEnergy(roleEnergy.average!)}${roleEnergy.trend === 'falling' ? ' and is falling' : ''}${where}.`,
    entryIds: reading.roleWork
      .filter((e) => e.energy !== undefined)
      .slice(0, 6)
      .map((e) => e.id),
  };
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
