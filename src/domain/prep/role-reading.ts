import type { AreaId } from '../area';
import type { Role } from '../role';
import { compareAreas, compareText, type LogView } from './log-view';
import { isOthersWord } from './polarity';
import type { RoleReading } from './types';

/** Areas of leading and managing: a role centred on these is one a step-down steps down from. */
export const MANAGING_AREAS: readonly AreaId[] = ['managing-people', 'leading-teams', 'managing-projects'];
/** Managing projects alone is part of many senior engineers' work; people or teams make a manager. */
export const PEOPLE_AREAS: readonly AreaId[] = ['managing-people', 'leading-teams'];

/**
 * The role "in this role" means. From the role history when there is one: the role current today,
 * running since its latest change of role (a new title for the same work does not restart it).
 * Without one, the role is read from the log and marked as assumed, so the prep can say so.
 */
export function readRole(roles: readonly Role[] | undefined, view: LogView): RoleReading {
  const live = (roles ?? [])
    .filter((role) => !role.deletedAt && role.from <= view.today)
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.id, b.id));
  const current = [...live].reverse().find((role) => !role.until || role.until >= view.today);
  if (!current) return assumedRole(view);

  const index = live.indexOf(current);
  let start = index;
  while (start > 0 && live[start]!.change === false) start -= 1;
  const previous = start > 0 ? live[start - 1] : undefined;
  return {
    title: current.title,
    areas: [...current.areas],
    since: live[start]!.from,
    manages: current.areas.some((area) => PEOPLE_AREAS.includes(area)),
    assumed: false,
    ...(previous
      ? {
          previous: {
            title: previous.title,
            areas: [...previous.areas],
            from: previous.from,
            ...(previous.until ? { until: previous.until } : {}),
          },
        }
      : {}),
  };
}

function assumedRole(view: LogView): RoleReading {
  const counts = new Map<AreaId, number>();
  let own = 0;
  let peopleWork = 0;
  let fromReports = false;
  for (const entry of view.entries) {
    if (isOthersWord(entry)) {
      if (entry.kind === 'feedback' && entry.relationship === 'report') fromReports = true;
      continue;
    }
    if (entry.areas.length === 0) continue;
    own += 1;
    let people = false;
    const { areas } = entry;
    for (let i = 0; i < areas.length; i++) {
      const area = areas[i]!;
      if (areas.indexOf(area) !== i) continue; // an area listed twice counts once
      if (area === 'managing-people' || area === 'leading-teams') people = true;
      counts.set(area, (counts.get(area) ?? 0) + 1);
    }
    if (people) peopleWork += 1;
  }
  // Feedback from one's reports, or a quarter of one's own work about people, reads as managing.
  const manages = fromReports || (own > 0 && peopleWork / own >= 0.25);
  const ranked = [...counts].sort(([a, ca], [b, cb]) => cb - ca || compareAreas(a, b)).map(([area]) => area);
  // A manager's role is the managing; an engineer's, the two areas they log most (other than
  // leading and managing people, which would make them a manager).
  const managing = MANAGING_AREAS.filter((area) => counts.has(area));
  const areas = manages
    ? managing.length > 0
      ? managing
      : ['managing-people']
    : ranked.filter((area) => !PEOPLE_AREAS.includes(area)).slice(0, 2);
  return {
    title: manages ? 'Manager' : 'Engineer',
    areas,
    manages,
    assumed: true,
  };
}

/** How long the role has run, in words: "11 months", "a year and 2 months". */
export function describeTenure(since: string, today: string): string {
  const months =
    (Number(today.slice(0, 4)) - Number(since.slice(0, 4))) * 12 +
    (Number(today.slice(5, 7)) - Number(since.slice(5, 7))) -
    (Number(today.slice(8, 10)) < Number(since.slice(8, 10)) ? 1 : 0);
  if (months < 1) return 'less than a month';
  if (months < 12) return months === 1 ? 'one month' : `${months} months`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years === 1 ? 'a year' : `${years} years`;
  return rest === 0 ? y : `${y} and ${rest === 1 ? 'one month' : `${rest} months`}`;
}
