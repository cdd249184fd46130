import { areaName } from '../../area';
import type { Entry, Feedback } from '../../entry';
import { entryStrength } from '../evidence';
import { newestFirst } from '../log-view';
import { backedFirst, widestFirst } from '../ordering';
import type { PrepContext } from '../prep-context';
import { CITED_PER_POINT } from '../prep-context';
import { entryPoint, gapPoint, groupPoint, judgedPoint, planPoint, SIGNAL_LABELS } from '../talking-point';
import type { PrepSection, TalkingPoint } from '../types';
import { witnessesOf } from '../witnesses';
import { praisePoints } from './others-said';
import { ASK_FOR_FEEDBACK } from './next-steps';

const STRENGTH_ORDER = { backed: 0, thin: 1, none: 2 } as const;
/** Wins shown under a start/stop feedback as what was done about it. */
const FOLLOW_UPS = 3;
const SAYS_SIGNAL = { start: /^start\b/i, stop: /^stop\b/i } as const;

/** A promotion case: impact first, then others' words, talents at work, growth, and the ask. */
export function promotionSections(ctx: PrepContext): PrepSection[] {
  return [impact(ctx), othersSaid(ctx), talentsInAction(ctx), gapsAddressed(ctx), theAsk(ctx)];
}

function impact({ view }: PrepContext): PrepSection {
  const id = 'impact';
  const wins = widestFirst(view.wins);
  const points = wins.map((win) => entryPoint(id, win));
  if (wins.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'No wins logged in this period.',
        'Log your three biggest wins of the period, each with its result, a number if you have one, and a link.',
      ),
    );
  } else {
    if (!wins.some((win) => entryStrength(win) === 'backed')) {
      points.push(
        gapPoint(
          `${id}:unbacked`,
          'None of these wins is backed yet: each needs an impact or a metric, and a link or a witness.',
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
    intro: 'Your wins, the widest reach first; backed wins before thin ones.',
    points,
  };
}

function othersSaid({ view }: PrepContext): PrepSection {
  const id = 'others-said';
  const praise = view.othersWord.filter(
    (entry) => !(entry.kind === 'feedback' && (entry.signal === 'start' || entry.signal === 'stop')),
  );
  const points = praisePoints(id, praise);
  const people = witnessesOf(praise).names;
  if (praise.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'Nobody else’s words are in the log for this period.',
        ASK_FOR_FEEDBACK,
      ),
    );
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
    intro: 'Grouped by area; what several people said comes first and counts more than your own notes.',
    points,
  };
}

function talentsInAction({ view, stats }: PrepContext): PrepSection {
  const id = 'talents';
  const points: TalkingPoint[] = [];
  for (const area of view.areas) {
    const s = stats.get(area);
    const talents = s?.entries.filter((entry) => entry.kind === 'talent') ?? [];
    if (!s || talents.length === 0) continue;
    const wins = backedFirst(s.entries.filter((entry) => entry.kind === 'win'));
    const shown = wins.slice(0, 3);
    const name = areaName(area);
    const text =
      wins.length > 0
        ? `${name}: noted as a talent, and shown in ${wins.length === 1 ? '1 win' : `${wins.length} wins`}.`
        : `${name}: noted as a talent; no win shows it yet.`;
    points.push(
      wins.length > 0
        ? groupPoint(`${id}:area:${area}`, text, [...shown, ...talents.slice(0, CITED_PER_POINT - shown.length)])
        : gapPoint(
            `${id}:area:${area}`,
            text,
            `Log a win where ${name} made the difference, with its result.`,
            talents.slice(0, CITED_PER_POINT),
          ),
    );
  }
  for (const talent of view.talents) {
    if (talent.areas.length === 0) points.push(entryPoint(id, talent));
  }
  // Talents shown in wins first; the ones no win shows yet are gaps, and go last.
  points.sort((a, b) => STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength]);
  if (view.talents.length === 0) {
    points.push(
      gapPoint(
        `${id}:none`,
        'No talent notes in this period.',
        'Write down what you are good at or drawn to, with its area, and ask others what you do well.',
      ),
    );
  }
  return {
    id,
    title: 'Talents in action',
    intro: 'What you are good at, and the wins that show it.',
    points,
  };
}

function gapsAddressed({ view, stats }: PrepContext): PrepSection {
  const id = 'gaps';
  const critiques = view.received.filter(
    (feedback): feedback is Feedback & { signal: 'start' | 'stop' } =>
      feedback.signal === 'start' || feedback.signal === 'stop',
  );
  // Per area, one's wins split by strength, each newest first: the best few wins since a date are
  // then the first few of each list, found without scanning the log once per feedback.
  const winsByArea = new Map<string, { backed: Entry[]; thin: Entry[] }>();
  const winsOf = (area: string) => {
    let split = winsByArea.get(area);
    if (!split) {
      split = { backed: [], thin: [] };
      for (const entry of stats.get(area)?.own ?? []) {
        if (entry.kind === 'win') split[entryStrength(entry)].push(entry);
      }
      winsByArea.set(area, split);
    }
    return split;
  };
  const points = critiques.map((feedback) => {
    // "Start: Start delegating…" reads twice; the label goes only where the text lacks it.
    const text = SAYS_SIGNAL[feedback.signal].test(feedback.text)
      ? feedback.text
      : `${SIGNAL_LABELS[feedback.signal]}: ${feedback.text}`;
    const who = feedback.person ? `From ${feedback.person}` : 'From someone unnamed';
    if (feedback.areas.length === 0) {
      return gapPoint(
        `${id}:${feedback.id}`,
        text,
        'Give it an area, and log what you have done about it.',
        [feedback],
        who,
      );
    }
    // What was done about it: one's wins in its areas since. (Notes only show it was heard.)
    const since: Entry[] = [];
    for (const area of feedback.areas) {
      const { backed, thin } = winsOf(area);
      takeSince(backed, feedback.occurredOn, since);
      takeSince(thin, feedback.occurredOn, since);
    }
    // From one area they come in order already; from several, they are put back in order.
    if (feedback.areas.length > 1) since.sort(backedThenNewest);
    const followUps = since.slice(0, FOLLOW_UPS);
    if (followUps.length === 0) {
      return gapPoint(
        `${id}:${feedback.id}`,
        text,
        'Say what you are doing about it, and log the next step you take.',
        [feedback],
        `${who} · nothing logged about it since`,
      );
    }
    const count =
      followUps.length === 1 ? '1 win' : since.length > FOLLOW_UPS ? `${FOLLOW_UPS} or more wins` : `${followUps.length} wins`;
    // As strong as what was done about it: the feedback itself proves nothing about that.
    return judgedPoint(`${id}:${feedback.id}`, text, [feedback, ...followUps], followUps, `${who} · since then: ${count}`);
  });
  if (critiques.length === 0) {
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
    title: 'Gaps raised, and what you did about them',
    intro: 'Start and stop feedback, with your wins in the same area since.',
    points,
  };
}

/**
 * Adds the first entries of a newest-first list dated on or after `date`: up to one more than
 * shown, so "or more" can be said truthfully. An entry already taken (from another area) is not
 * taken twice.
 */
function takeSince(entries: readonly Entry[], date: string, into: Entry[]): void {
  let taken = 0;
  for (const entry of entries) {
    if (entry.occurredOn < date || taken > FOLLOW_UPS) return;
    if (!into.includes(entry)) into.push(entry);
    taken += 1;
  }
}

function backedThenNewest(a: Entry, b: Entry): number {
  const rank = (entry: Entry) => (entryStrength(entry) === 'backed' ? 0 : 1);
  return rank(a) - rank(b) || newestFirst(a, b);
}

function firstBacked<T extends Entry>(entries: readonly T[], count: number): T[] {
  const found: T[] = [];
  for (const entry of entries) {
    if (found.length === count) break;
    if (entryStrength(entry) === 'backed') found.push(entry);
  }
  return found;
}

function theAsk({ view }: PrepContext): PrepSection {
  const id = 'ask';
  const lead = firstBacked(widestFirst(view.wins), 3);
  return {
    id,
    title: 'The ask',
    points: [
      planPoint(`${id}:what`, 'Say what you are asking for: the level or role, and from when.'),
      lead.length > 0
        ? groupPoint(`${id}:lead`, 'Lead with your strongest evidence.', lead)
        : gapPoint(
            `${id}:lead`,
            'You have no backed win to lead with yet.',
            'Back your biggest win: add its result and a link or a witness.',
          ),
      planPoint(
        `${id}:missing`,
        'Ask what evidence is missing, and agree how and by when you will show it.',
      ),
    ],
  };
}
