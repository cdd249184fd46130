import type { Entry, Feedback, Win } from '../../entry';
import { monthName } from '../energy-trend';
import { widestFirst } from '../ordering';
import { isPrivate, soundsStrained } from '../polarity';
import type { LogReading } from '../reading';
import { winStrength } from '../reading';
import { gapPoint, insightPoint, planPoint, praisePoint, WIN_POINTS, winPoint, winPoints } from '../talking-point';
import type { PrepSection, TalkingPoint } from '../types';
import { inFirstPerson, quoteOf, winSentence, workIn } from '../voice';
import { areaName } from '../../area';
import { critiquePoint } from './critique-points';
import { openAskPoints } from './handover';
import type { KindPrep } from './kind-prep';
import { COLLABORATION, COLLABORATION_AREAS, COMPANY, COMPANY_AREAS, DESIGN, LEARNED } from './keywords';

/** A review: the brag document, widest reach and strongest evidence first, and an ask for next. */
export function reviewPrep(reading: LogReading): KindPrep {
  const wins = widestFirst(reading.view.wins, (win) => winStrength(reading, win));
  const top = wins[0];
  const opening = top
    ? `Here is what I did this period, the widest-reaching work first. The headline: ${winSentence(top)}`
    : 'Here is my period: what I did, with whom, and what I learned.';
  const wonIn = (id: string, list: readonly Win[]) => winPoints(id, list, reading);
  const { view } = reading;
  return {
    opening,
    sections: [
      section(
        'projects',
        'Projects and impact',
        'Your wins, the widest reach and strongest evidence first.',
        wonIn('projects', wins),
        {
          text: 'No wins logged in this period.',
          next: 'Log the projects you shipped this period, each with its result and a link.',
        },
      ),
      section(
        'collaboration',
        'Collaboration and mentorship',
        'Feedback you gave; wins in Leading teams, Managing people or Teaching, or mentioning mentoring, pairing, onboarding, coaching, helping or code review.',
        withMore(
          wonIn(
            'collaboration',
            wins.filter((e) => inAreas(e, COLLABORATION_AREAS) || matches(e, COLLABORATION)),
          ),
          view.given.map((e) => givenPoint('collaboration', e)),
        ),
        {
          text: 'Nothing about collaboration or mentorship yet.',
          next: 'Log who you helped, paired with or mentored, and what changed for them.',
        },
      ),
      section(
        'design',
        'Design and documentation',
        'Wins mentioning design, RFCs, ADRs, decision records, architecture, docs, specs or write-ups.',
        wonIn(
          'design',
          wins.filter((e) => matches(e, DESIGN)),
        ),
        {
          text: 'No design or documentation work logged.',
          next: 'Log the design docs, RFCs and docs you wrote or reviewed, with a link.',
        },
      ),
      section(
        'company',
        'Company building',
        'Wins in Developer relations, or mentioning hiring, interviews, recruiting, culture, community, talks, blog posts or workshops.',
        wonIn(
          'company',
          wins.filter((e) => inAreas(e, COMPANY_AREAS) || matches(e, COMPANY)),
        ),
        {
          text: 'No company-building work logged (hiring, interviews, talks, community).',
          next: 'Log interviews you ran, talks you gave and the people you onboarded.',
        },
      ),
      section(
        'learned',
        'What I learned',
        'Entries about learning, found by meaning: learned, realised, figured out, a first time, a mistake, hindsight, a lesson (also in German, Spanish, French and Italian).',
        learnedPoints(
          view.entries.filter(
            (e) => !(e.kind === 'feedback' && e.direction === 'received') && (matches(e, LEARNED) || matchesDetails(e)),
          ),
          reading,
        ),
        {
          text: 'Nothing logged as learned.',
          next: 'After a hard week, note one thing you learned and what you will do differently.',
        },
      ),
      section(
        'feedback',
        'Feedback received',
        'What others said: praise first, then what they asked for and whether later work answered it.',
        feedbackPoints(reading),
        {
          text: 'No feedback received in this period.',
          next: 'Ask three colleagues what you should start, keep and stop doing (the feedback request below).',
        },
      ),
      {
        id: 'ask',
        title: 'The ask',
        points: [
          planPoint(
            'ask:what',
            reading.pulls[0]
              ? `For the next period, I would like more ${workIn(reading.pulls[0].area, areaName(reading.pulls[0].area))} in my work: can we agree one goal for it?`
              : 'For the next period, I would like us to agree one goal that builds on this: what matters most to you?',
          ),
          ...openAskPoints('ask', reading.openAsks, view),
        ],
      },
    ],
  };
}

function section(
  id: string,
  title: string,
  intro: string,
  { points, omitted }: { points: TalkingPoint[]; omitted: number },
  gap: { text: string; next: string },
): PrepSection {
  if (points.length === 0) points.push(gapPoint(`${id}:none`, gap.text, gap.next));
  return { id, title, intro, points, ...(omitted ? { omitted } : {}) };
}

function withMore(
  wins: { points: TalkingPoint[]; omitted: number },
  more: TalkingPoint[],
): { points: TalkingPoint[]; omitted: number } {
  return { points: [...wins.points, ...more], omitted: wins.omitted };
}

/** Praise, then starts and stops with what answered them; the newest first, up to the limit. */
function feedbackPoints(reading: LogReading): { points: TalkingPoint[]; omitted: number } {
  const praise = reading.view.received.filter((e) => e.signal !== 'start' && e.signal !== 'stop');
  const critiques = [...reading.critiques].reverse();
  const shownPraise = praise.slice(0, WIN_POINTS);
  const shownCritiques = critiques.slice(0, WIN_POINTS);
  return {
    points: [
      ...shownPraise.map((e) => praisePoint('feedback', e)),
      ...shownCritiques.map((c) => critiquePoint('feedback', c, reading)),
    ],
    omitted: praise.length - shownPraise.length + critiques.length - shownCritiques.length,
  };
}

function learnedPoints(entries: readonly Entry[], reading: LogReading): { points: TalkingPoint[]; omitted: number } {
  const shown = entries.slice(0, WIN_POINTS);
  return { points: shown.map((e) => learnedPoint(e, reading)), omitted: entries.length - shown.length };
}

/** A lesson said aloud; a private line of strain is summed up, never quoted as a talking point. */
function learnedPoint(entry: Entry, reading: LogReading): TalkingPoint {
  if (entry.kind === 'win') return winPoint('learned', entry, reading);
  if (isPrivate(entry) && soundsStrained(entry.text)) {
    return insightPoint(
      `learned:${entry.id}`,
      `In ${monthName(entry.occurredOn.slice(0, 7))} I learned something about where my energy goes.`,
      [entry],
    );
  }
  // The sentence that holds the lesson, said in the first person ("Learned to write my decision
  // down first" → "I learned to write my decision down first"); a line that cannot be turned so
  // (another language, no verb first) is introduced, not bent.
  const lesson = entry.text.split(/(?<=[.!?])\s+/).find((sentence) => LEARNED.test(sentence)) ?? entry.text;
  const said = inFirstPerson(lesson);
  return insightPoint(`learned:${entry.id}`, /^(I|My|We|Our)\b/.test(said) ? `${said}.` : `What I learned: ${said}.`, [
    entry,
  ]);
}

function givenPoint(id: string, feedback: Feedback): TalkingPoint {
  return insightPoint(
    `${id}:${feedback.id}`,
    `I gave ${feedback.person ?? 'a colleague'} feedback: ${quoteOf(feedback)}`,
    [feedback],
  );
}

function matches(entry: Entry, words: RegExp): boolean {
  return words.test(entry.text) || entry.tags.some((tag) => words.test(tag));
}

/** A win's own "result" or "impact" can say what was learned, too. */
function matchesDetails(entry: Entry): boolean {
  return entry.kind === 'win' && [entry.result, entry.impact].some((text) => text && LEARNED.test(text));
}

function inAreas(entry: Entry, areas: readonly string[]): boolean {
  return entry.areas.some((area) => areas.includes(area));
}
