import type { Entry } from '../../entry';
import type { Fit } from '../types';
import type { LogReading } from '../reading';
import { winStrength } from '../reading';
import { widestFirst } from '../ordering';
import { gapPoint, planPoint, WIN_POINTS, winPoints } from '../talking-point';
import type { PrepSection } from '../types';
import { winSentence } from '../voice';
import { witnessesOf } from '../witnesses';
import { critiquePoint } from './critique-points';
import { openAskPoints } from './handover';
import type { KindPrep } from './kind-prep';
import { ASK_FOR_FEEDBACK } from './next-steps';
import { praisePoints } from './others-said';

/**
 * A promotion case: the widest-reaching wins with strong evidence first, others' words weighted
 * over one's own, the gaps others raised and what was done since, and the ask.
 */
export function promotionPrep(reading: LogReading, fit: Fit): KindPrep {
  const strengthOf = (win: Parameters<typeof winStrength>[1]) => winStrength(reading, win);
  // Grouped by role, the current one first: a promotion is asked for from the role one holds.
  const since = reading.role.assumed ? undefined : reading.role.since;
  const wins = since
    ? [
        ...widestFirst(
          reading.view.wins.filter((win) => win.occurredOn >= since),
          strengthOf,
        ),
        ...widestFirst(
          reading.view.wins.filter((win) => win.occurredOn < since),
          strengthOf,
        ),
      ]
    : widestFirst(reading.view.wins, strengthOf);
  const top = wins.find((win) => strengthOf(win) === 'strong') ?? wins[0];
  const opening =
    fit.verdict === 'fits' && top
      ? `I'd like to talk about being promoted to the next level, and walk you through the evidence. The clearest example: ${winSentence(top)}`
      : fit.verdict === 'caution'
        ? `I'd like to talk about what the next level needs from me, and where my work stands today.`
        : `I'd like to understand what the next level needs, so I can start building the case for it.`;
  return {
    opening,
    sections: [impact(reading, wins), othersSaid(reading), gaps(reading), ask(reading, fit)],
  };
}

function impact(reading: LogReading, wins: ReturnType<typeof widestFirst>): PrepSection {
  const id = 'impact';
  const { points, omitted } = winPoints(id, wins, reading);
  if (wins.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'No wins logged in this period.',
        'Log your three biggest wins of the period, each with its result, a number if you have one, and a link.',
      ),
    );
  } else {
    if (!wins.some((win) => winStrength(reading, win) === 'strong')) {
      points.push(
        gapPoint(
          `${id}:unbacked`,
          'None of these wins has strong evidence yet: each needs an impact or a metric, plus a link, a witness or a wider scope.',
          'Add the result and a link (a pull request, a doc, a dashboard) or the name of someone who saw it to your top three wins.',
        ),
      );
    }
    if (!wins.some((win) => win.scope)) {
      points.push(
        gapPoint(
          `${id}:scope`,
          'No win says how far its effect reached.',
          'Set the scope (team, organization, company) on your wins: a promotion case is read by its widest impact.',
        ),
      );
    }
  }
  return {
    id,
    title: 'Impact at the widest scope',
    intro:
      'Your wins, in this role first, then earlier ones; the widest reach and strongest evidence first within each, with what others said about them.',
    points,
    ...(omitted ? { omitted } : {}),
  };
}

function othersSaid({ view }: LogReading): PrepSection {
  const id = 'others-said';
  const praise = view.othersWord.filter(
    (entry: Entry) => !(entry.kind === 'feedback' && (entry.signal === 'start' || entry.signal === 'stop')),
  );
  const points = praisePoints(id, praise);
  const people = witnessesOf(praise).names;
  if (praise.length === 0) {
    points.push(gapPoint(`${id}:none`, 'Nobody else’s words are in the log for this period.', ASK_FOR_FEEDBACK));
  } else if (people.length < 2) {
    points.push(
      gapPoint(
        `${id}:one-voice`,
        people.length === 1
          ? `Only ${people[0]!} is quoted: one voice is easy to set aside.`
          : 'Nobody is named: unnamed praise is hard to weigh.',
        'Ask two more people, ideally a peer and someone from another team, and log who said what.',
      ),
    );
  }
  return {
    id,
    title: 'What others said',
    intro: 'Their words, by area; what several people said comes first and counts more than your own notes.',
    points,
  };
}

function gaps(reading: LogReading): PrepSection {
  const id = 'gaps';
  // Answered ones first: growth shown is the stronger story; then the open ones, honestly; the
  // newest first in each.
  const critiques = [...reading.critiques]
    .reverse()
    .sort((a, b) => Number(b.answeredBy.length > 0) - Number(a.answeredBy.length > 0));
  const shown = critiques.slice(0, WIN_POINTS);
  const points = shown.map((critique) => critiquePoint(id, critique, reading));
  const omitted = critiques.length - shown.length;
  if (points.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'No start or stop feedback in this period.',
        'Ask what you should start or stop doing: a case that shows growth is stronger than one that shows none.',
      ),
    );
  }
  return {
    id,
    title: 'Gaps raised, and what I did about them',
    intro: 'Start and stop feedback: answered when a later win or “keep” in the same area shows the change.',
    points,
    ...(omitted ? { omitted } : {}),
  };
}

function ask(reading: LogReading, fit: Fit): PrepSection {
  const id = 'ask';
  const what =
    fit.verdict === 'fits'
      ? 'I am asking to be put forward for promotion to the next level in the coming cycle. What would you need to see from me to support it?'
      : fit.verdict === 'caution'
        ? 'I would like us to agree what the next level needs from me, and check in on it in three months.'
        : 'I would like to understand what the next level looks like, so I can start collecting the evidence for it.';
  return {
    id,
    title: 'The ask',
    points: [planPoint(`${id}:what`, what), ...openAskPoints(id, reading.openAsks, reading.view)],
  };
}
