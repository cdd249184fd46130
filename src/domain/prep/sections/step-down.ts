import { areaName } from '../../area';
import type { Entry } from '../../entry';
import { addDays } from '../period';
import { describeTrend, formatEnergy, rankByEnergy, summarizeEnergy } from '../energy-trend';
import { ENERGIZING } from '../job-crafting';
import { widestFirst } from '../ordering';
import { pullSentence } from '../pulls';
import type { LogReading } from '../reading';
import { winStrength } from '../reading';
import { gapPoint, insightPoint, planPoint, praisePoint, winPoint, winPoints } from '../talking-point';
import type { CraftingSuggestion, Fit, PrepSection, TalkingPoint } from '../types';
import { shortWin, workIn } from '../voice';
import { describeWitnesses, witnessesOf } from '../witnesses';
import { handoverPoints, openAskPoints } from './handover';
import type { KindPrep } from './kind-prep';
import { RECORD_ENERGY } from './next-steps';

const CITED = 6;
/** A transition long enough for a successor to take over, short enough to keep the team steady. */
const TRANSITION_DAYS = 56;

/**
 * Stepping down, for example from manager back to engineer: "it went well, and I choose where my
 * talents give the most". Built only when the log supports it; when the user thrives in the role,
 * or holds no managing role, the prep says so and builds that conversation instead.
 */
export function stepDownPrep(reading: LogReading, fit: Fit, crafting: readonly CraftingSuggestion[]): KindPrep {
  if (!reading.role.manages) return noRole(reading, crafting);
  if (fit.verdict === 'does-not-fit') return stay(reading, crafting);
  return stepDownCase(reading);
}

function stepDownCase(reading: LogReading): KindPrep {
  const { role } = reading;
  const roleWins = widestFirst(
    reading.view.wins.filter((win) => !role.since || win.occurredOn >= role.since),
    (win) => winStrength(reading, win),
  );
  const top = reading.pulls[0];
  const backTo = top && role.previous?.areas.includes(top.area) ? 'back to' : 'towards';
  const went = roleWins[0] ? `My time as ${role.title} has gone well: ${lowerI(shortWin(roleWins[0].text))}. ` : '';
  const opening = top
    ? `${went}It has also shown me where my talents give the most, and that is ${areaName(top.area).toLowerCase()}. I would like to move ${backTo} it, with a handover that leaves the team in good hands.`
    : `${went}I would like to step back from managing, with a handover that leaves the team in good hands.`;
  return {
    opening,
    sections: [
      wentWell(reading, roleWins),
      pull(reading),
      energyTrend(reading),
      keep(reading),
      handover(reading),
      timeline(reading),
      ask(reading, top ? areaName(top.area).toLowerCase() : undefined, backTo),
    ],
  };
}

function wentWell(reading: LogReading, roleWins: readonly import('../../entry').Win[]): PrepSection {
  const id = 'went-well';
  const { role } = reading;
  const { points, omitted } = winPoints(id, roleWins, reading);
  for (const entry of reading.rolePraise.slice(0, 3)) points.push(praisePoint(id, entry));
  if (roleWins.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'What went well in this role is not on record yet.',
        'Log the three things you are proudest of in this role, with their results: stepping down is not failure, and this is the proof.',
      ),
    );
  }
  return {
    id,
    title: 'It went well',
    intro: `What you achieved as ${role.title}${role.since ? ` since ${role.since}` : ''}, and what others said about it: the answer to "did it fail?".`,
    points,
    ...(omitted ? { omitted } : {}),
  };
}

function pull(reading: LogReading): PrepSection {
  const id = 'pull';
  // Never an area others asked to be handed over: the move is not towards more of that.
  const pulls = reading.pulls.filter((p) => !reading.lessOf.has(p.area));
  const points: TalkingPoint[] = pulls.slice(0, 2).map((p) => {
    const s = reading.stats.get(p.area)!;
    return insightPoint(`${id}:area:${p.area}`, pullSentence(p, s, p !== pulls[0]), p.entries);
  });
  for (const p of pulls.slice(0, 1)) {
    for (const entry of reading.stats
      .get(p.area)!
      .praise.filter((e) => e.person)
      .slice(0, 2)) {
      points.push(praisePoint(id, entry));
    }
  }
  if (points.length === 0) {
    points.push(gapPoint(`${id}:none`, 'The log does not say yet where I would thrive instead.', RECORD_ENERGY));
  }
  return {
    id,
    title: 'Where my talents give the most',
    intro:
      'Outside the role: where your energy goes, what you miss, what feels like a calling, and who told you to keep at it.',
    points,
  };
}

function energyTrend(reading: LogReading): PrepSection {
  const id = 'energy-trend';
  const { role, roleWork, roleEnergy } = reading;
  const rated = roleWork.filter((e) => e.kind !== 'feedback' && e.energy !== undefined);
  const cite = (entries: readonly Entry[], average: number | null) =>
    rankByEnergy(entries, average !== null && average < 0 ? 'lowest' : 'newest', CITED);
  const points: TalkingPoint[] = [];
  points.push(
    roleEnergy.trend === 'unknown'
      ? gapPoint(`${id}:role`, describeTrend('the role', roleEnergy), RECORD_ENERGY, cite(rated, roleEnergy.average))
      : insightPoint(
          `${id}:role`,
          describeTrend(`the role as ${role.title}`, roleEnergy),
          cite(rated, roleEnergy.average),
        ),
  );
  const before = previousRoleEnergy(reading);
  if (before) points.push(before);
  for (const area of role.areas) {
    const inArea = rated.filter((e) => e.areas.includes(area));
    const energy = summarizeEnergy(inArea);
    if (energy.average === null || energy.trend === 'unknown') continue;
    points.push(
      insightPoint(
        `${id}:area:${area}`,
        describeTrend(areaName(area).toLowerCase(), energy),
        cite(inArea, energy.average),
      ),
    );
  }
  return {
    id,
    title: 'My energy in this role',
    intro: `Energy (−2 draining … +2 energizing) in the role's areas since it began, month by month; a trend needs three months.`,
    points,
  };
}

/**
 * The role before, as a comparison: "Before, as Senior engineer (coding, debugging), my energy
 * averaged +1.5; as Engineering manager, −0.5." Only from entries of the period.
 */
function previousRoleEnergy(reading: LogReading): TalkingPoint | undefined {
  const { role, roleEnergy, view } = reading;
  const previous = role.previous;
  if (!previous || !role.since || roleEnergy.average === null) return undefined;
  const since = role.since;
  const work = view.entries.filter(
    (e) =>
      e.occurredOn < since &&
      e.occurredOn >= previous.from &&
      e.energy !== undefined &&
      e.kind !== 'feedback' &&
      !(e.kind === 'talent' && e.evidence === 'others') &&
      view.stances.get(e.id) !== 'longing' &&
      e.areas.some((a) => previous.areas.includes(a)),
  );
  const energy = summarizeEnergy(work);
  if (energy.average === null || energy.count < 2) return undefined;
  const areas = previous.areas.map((a) => areaName(a).toLowerCase()).join(', ');
  return insightPoint(
    'energy-trend:previous-role',
    `Before, as ${previous.title}${areas ? ` (${areas})` : ''}, my energy averaged ${formatEnergy(energy.average)}; as ${role.title}, ${formatEnergy(roleEnergy.average)}.`,
    rankByEnergy(work, 'highest', CITED),
  );
}

function keep(reading: LogReading): PrepSection {
  const id = 'keep';
  const points: TalkingPoint[] = [];
  const given = reading.view.given.filter((e) => !reading.role.since || e.occurredOn >= reading.role.since);
  if (given.length > 0) {
    points.push(
      planPoint(`${id}:mentoring`, 'I would like to keep mentoring: it comes with me into the new role.', {
        entries: given.slice(0, CITED),
      }),
    );
  }
  // Work in the role that gave energy on the whole (not on one good day): worth carrying on.
  const rated = reading.roleWork.filter((e) => e.kind !== 'feedback' && e.energy !== undefined);
  const areas = [...new Set(rated.flatMap((e) => e.areas))].filter((a) => a !== 'managing-people');
  for (const area of areas) {
    const inArea = rated.filter((e) => e.areas.includes(area));
    const energy = summarizeEnergy(inArea);
    if (energy.count < 2 || energy.average! < ENERGIZING) continue;
    points.push(
      planPoint(
        `${id}:area:${area}`,
        `I would keep ${areaName(area).toLowerCase()}: it is the part of this role that gave me energy.`,
        {
          entries: rankByEnergy(inArea, 'highest', CITED),
        },
      ),
    );
  }
  const keepSaid = reading.view.received.filter(
    (e) => e.signal === 'keep' && !e.areas.some((a) => a === 'managing-people'),
  );
  for (const entry of keepSaid.slice(0, 2)) points.push(praisePoint(id, entry));
  if (points.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'Nothing in the log says yet what to keep.',
        'Ask colleagues what you should keep doing (the feedback request below).',
      ),
    );
  }
  return {
    id,
    title: 'What I would keep',
    intro: 'Mentoring, the parts of the role that gave energy, and what others said to keep: what comes with you.',
    points,
  };
}

function handover(reading: LogReading): PrepSection {
  const id = 'handover';
  const { role } = reading;
  const duties = role.areas.map((area) => {
    const inArea = reading.roleWork.filter((e) => e.areas.includes(area));
    return planPoint(
      `${id}:area:${area}`,
      `Hand over ${areaName(area).toLowerCase()} to whoever takes the team, and help them start.`,
      { entries: rankByEnergy(inArea, 'lowest', 4) },
    );
  });
  const points = [...duties, ...handoverPoints(id, reading.roleItems, reading.view)];
  if (reading.roleItems.length === 0) {
    points.push(
      gapPoint(
        `${id}:items`,
        'No open items of the role are written down yet.',
        'Add an action item for each responsibility to hand over, with a name and a date.',
      ),
    );
  }
  return {
    id,
    title: 'What I would hand over',
    intro:
      "The role's own duties and its open items, yours and others': never your own growth items or the fix for a critique.",
    points,
  };
}

function switchDate(reading: LogReading): string {
  const last = reading.roleItems
    .map((item) => item.dueOn)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const earliest = addDays(reading.view.today, TRANSITION_DAYS);
  return last && last > earliest ? last : earliest;
}

function timeline(reading: LogReading): PrepSection {
  const id = 'timeline';
  const date = switchDate(reading);
  return {
    id,
    title: 'Timeline and risks',
    points: [
      planPoint(
        `${id}:date`,
        `I propose switching by ${date}, after a transition of about eight weeks, so the team always has a lead.`,
        {
          items: reading.roleItems.filter((item) => item.dueOn),
        },
      ),
      planPoint(
        `${id}:risk-team`,
        'Risk: the team needs a lead during the switch. I would propose who, and support them through the first months.',
      ),
      planPoint(
        `${id}:risk-level`,
        'Risk: level and pay. I would like to know how my level maps to the engineering track.',
      ),
      planPoint(
        `${id}:risk-story`,
        'Risk: how it reads. My team should hear it from me first, as a choice towards my talents, not as a retreat.',
      ),
    ],
  };
}

function ask(reading: LogReading, towards: string | undefined, backTo: string): PrepSection {
  const id = 'ask';
  const date = switchDate(reading);
  const what = towards
    ? `I am asking to move ${backTo} ${towards} by ${date}, at my current level, and to agree together who takes over the team.`
    : `I am asking to step back from managing by ${date}, at my current level, and to agree together who takes over the team.`;
  return {
    id,
    title: 'The ask',
    points: [planPoint(`${id}:what`, what), ...openAskPoints(id, reading.openAsks, reading.view)],
  };
}

/** The log says stay: say so plainly, show why, and shape the role instead. */
function stay(reading: LogReading, crafting: readonly CraftingSuggestion[]): KindPrep {
  const { role, roleEnergy } = reading;
  const rated = reading.roleWork.filter((e) => e.kind !== 'feedback' && e.energy !== undefined);
  const stayPoints: TalkingPoint[] = [
    insightPoint(
      'stay:energy',
      describeTrend(`the role as ${role.title}`, roleEnergy),
      rankByEnergy(rated, 'highest', CITED),
    ),
    ...reading.rolePraise.slice(0, 3).map((entry) => praisePoint('stay', entry)),
    ...widestFirst(
      reading.view.wins.filter(
        (win) => win.areas.some((a) => role.areas.includes(a)) && (!role.since || win.occurredOn >= role.since),
      ),
      (win) => winStrength(reading, win),
    )
      .slice(0, 2)
      .map((win) => winPoint('stay', win, reading)),
  ];
  const craftPoints = crafting.map((c) =>
    planPoint(`crafting:${c.key}`, c.text, {
      entries: reading.view.entries.filter((e) => c.entryIds.includes(e.id)).slice(0, 4),
    }),
  );
  if (craftPoints.length === 0) {
    craftPoints.push(
      planPoint(
        'crafting:none',
        'Name the one part of the role you would change, and ask for it: job crafting starts small.',
      ),
    );
  }
  const first = crafting[0];
  return {
    opening: `I am not looking to step down: my log says this role suits me. I would like to talk about shaping it so it stays that way.`,
    sections: [
      {
        id: 'stay',
        title: 'Why the log says stay',
        intro: 'Your energy in the role, what others said, and what you achieved in it.',
        points: stayPoints,
      },
      {
        id: 'crafting',
        title: 'What to craft instead',
        intro: 'Reshape the role from within: what you do, with whom, and how you see it.',
        points: craftPoints,
      },
      {
        id: 'ask',
        title: 'The ask',
        points: [
          planPoint(
            'ask:what',
            first?.area && first.key.startsWith('task:expand')
              ? `I would like to agree one change to my role for next quarter: more ${workIn(first.area, areaName(first.area))} in my week, and a check-in on how it goes.`
              : 'I would like to agree one change to my role for next quarter, and check in on it together.',
          ),
          ...openAskPoints('ask', reading.openAsks, reading.view),
        ],
      },
    ],
  };
}

/** No managing role: ask what the step-down would be from, and point to what may fit better. */
function noRole(reading: LogReading, crafting: readonly CraftingSuggestion[]): KindPrep {
  const { role } = reading;
  const areas = role.areas.map((a) => areaName(a).toLowerCase());
  const points: TalkingPoint[] = [
    insightPoint(
      'no-role:role',
      `I work as ${role.title}${areas.length ? ` (${areas.join(', ')})` : ''} and manage nobody, so there is no managing role to step down from.`,
    ),
  ];
  if (role.assumed) {
    points.push(
      gapPoint(
        'no-role:history',
        'The role is read from the log, not from your role history.',
        'Add your roles in Settings, under Your roles, so the prep knows what you do today.',
      ),
    );
  }
  const reduce = crafting.find((c) => c.key.startsWith('task:reduce'));
  if (reduce)
    points.push(
      planPoint('no-role:reduce', reduce.text, {
        entries: reading.view.entries.filter((e) => reduce.entryIds.includes(e.id)).slice(0, 4),
      }),
    );
  const top = reading.pulls[0];
  if (top) {
    points.push(
      insightPoint(
        'no-role:lateral',
        `If I want a change of direction, a lateral move fits better. ${pullSentence(top, reading.stats.get(top.area)!)}`,
        top.entries,
      ),
    );
  }
  const praisers = describeWitnesses(witnessesOf(reading.view.othersWord));
  return {
    opening: `I am not stepping down from anything: I do not manage anyone. What I would like to talk about is ${top ? `more room for ${areaName(top.area).toLowerCase()}` : 'which of my responsibilities to reshape'}.`,
    sections: [
      {
        id: 'no-role',
        title: 'What would you step down from?',
        intro: `There is no managing role in your log${reading.view.othersWord.length ? `; ${praisers} speak of your work as it is` : ''}.`,
        points,
      },
      {
        id: 'ask',
        title: 'The ask',
        points: [
          planPoint(
            'ask:what',
            reduce?.area
              ? `I would like to hand over part of ${areaName(reduce.area).toLowerCase()}: can we find who could take it?`
              : top
                ? `I would like to explore more ${workIn(top.area, areaName(top.area))}, within my role first.`
                : 'If a responsibility weighs on me, I would like to name it and ask to hand it over.',
          ),
          ...openAskPoints('ask', reading.openAsks, reading.view),
        ],
      },
    ],
  };
}

function lowerI(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
