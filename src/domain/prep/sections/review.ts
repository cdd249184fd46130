import type { Entry } from '../../entry';
import type { PrepContext } from '../prep-context';
import { entryPoint, gapPoint } from '../talking-point';
import type { PrepSection } from '../types';
import { COLLABORATION, COLLABORATION_AREAS, COMPANY, COMPANY_AREAS, DESIGN, LEARNED } from './keywords';

/** A review: the brag document, newest first in each section. */
export function reviewSections({ view }: PrepContext): PrepSection[] {
  // A brag document lists what was done: wins (and feedback given), not meeting notes; notes
  // count only as what was learned.
  const wins = view.wins;
  // Filtering the view (newest first) keeps every list in log order without sorting.
  return [
    section('projects', 'Projects and impact', 'Your wins, newest first.', view.wins, {
      text: 'No wins logged in this period.',
      next: 'Log the projects you shipped this period, each with its result and a link.',
    }),
    section(
      'collaboration',
      'Collaboration and mentorship',
      'Feedback you gave; wins in Leading teams, Managing people or Teaching, or mentioning mentoring, pairing, onboarding, coaching, helping or code review.',
      view.entries.filter(
        (e) =>
          (e.kind === 'feedback' && e.direction === 'given') ||
          (e.kind === 'win' && (inAreas(e, COLLABORATION_AREAS) || matches(e, COLLABORATION))),
      ),
      {
        text: 'Nothing about collaboration or mentorship yet.',
        next: 'Log who you helped, paired with or mentored, and what changed for them.',
      },
    ),
    section(
      'design',
      'Design and documentation',
      'Wins mentioning design, RFCs, ADRs, architecture, docs, specs or write-ups.',
      wins.filter((e) => matches(e, DESIGN)),
      {
        text: 'No design or documentation work logged.',
        next: 'Log the design docs, RFCs and docs you wrote or reviewed, with a link.',
      },
    ),
    section(
      'company',
      'Company building',
      'Wins in Developer relations, or mentioning hiring, interviews, recruiting, culture, community, talks, blog posts or workshops.',
      wins.filter((e) => inAreas(e, COMPANY_AREAS) || matches(e, COMPANY)),
      {
        text: 'No company-building work logged (hiring, interviews, talks, community).',
        next: 'Log interviews you ran, talks you gave and the people you onboarded.',
      },
    ),
    section(
      'learned',
      'What you learned',
      'Notes, talent notes and wins mentioning learning, lessons, realizations or takeaways.',
      view.entries.filter((e) => e.kind !== 'feedback' && matches(e, LEARNED)),
      {
        text: 'Nothing logged as learned.',
        next: 'After a hard week, note one thing you learned and what you will do differently.',
      },
    ),
    section('feedback', 'Feedback received', 'What others said, newest first.', view.received, {
      text: 'No feedback received in this period.',
      next: 'Ask three colleagues what you should start, keep and stop doing (the feedback request below).',
    }),
  ];
}

function section(
  id: string,
  title: string,
  intro: string,
  entries: readonly Entry[],
  gap: { text: string; next: string },
): PrepSection {
  const points = entries.map((entry) => entryPoint(id, entry));
  if (points.length === 0) points.push(gapPoint(`${id}:none`, gap.text, gap.next));
  return { id, title, intro, points };
}

function matches(entry: Entry, words: RegExp): boolean {
  return words.test(entry.text) || entry.tags.some((tag) => words.test(tag));
}

function inAreas(entry: Entry, areas: readonly string[]): boolean {
  return entry.areas.some((area) => areas.includes(area));
}
