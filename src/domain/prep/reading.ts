import type { ActionItem } from '../action-item';
import { type AreaId, areaName } from '../area';
import type { Entry, Win } from '../entry';
import type { Person } from '../person';
import { type AreaStats, buildAreaStats } from './area-stats';
import { type Critique, echoesCritique, lessOfAreas, praiseByWin, readCritiques } from './critiques';
import { describeTrend, formatEnergy, summarizeEnergy } from './energy-trend';
import { entryStrength } from './evidence';
import type { LogView } from './log-view';
import { isOthersWord } from './polarity';
import { joinReasons, type Pull, rankPulls } from './pulls';
import { describeTenure, readRole } from './role-reading';
import type { SaidWin } from './talking-point';
import type { EnergySummary, PrepLog, ReadingLine, RoleReading } from './types';
import { describeWitnesses, witnessesOf } from './witnesses';

/**
 * The log read as a whole, once, before any conversation's sections are filled: the role and since
 * when, where energy and meaning point and how that changed, what others keep saying, which
 * critiques were answered and how, and which asks are open. Every prep starts from it.
 */
export interface LogReading {
  view: LogView;
  role: RoleReading;
  stats: ReadonlyMap<AreaId, AreaStats>;
  critiques: Critique[];
  /** Areas others asked the user to do less of (delegate, hand over, stop). */
  lessOf: ReadonlySet<AreaId>;
  /** Praise linked to a win, by win id. */
  praiseFor: ReadonlyMap<string, Entry[]>;
  /** The role's own work since it began: own entries in its areas, longings left out. */
  roleWork: Entry[];
  roleEnergy: EnergySummary;
  /** Others' word about the role's areas since it began. */
  rolePraise: Entry[];
  roleCritiques: Critique[];
  /** Areas outside the role that pull, strongest first. */
  pulls: Pull[];
  /** The current role energizes the user and others praise it. */
  thriving: boolean;
  /** Open items others own that move the user's career: a sponsor, a nomination, a trial. */
  openAsks: ActionItem[];
  /** Open items of the role (the user's duties and others' follow-ups), not the user's own growth. */
  roleItems: ActionItem[];
  lines: ReadingLine[];
  /** What is said of each win, once per reading (see `winPoint`). */
  winPoints: Map<string, SaidWin>;
}

const ASK =
  /\b(sponsor\w*|nominat\w*|trial|promot\w*|calibrat\w*|opening|headcount|introduc\w*|recommend\w*|advocat\w*|talk to (the |your |my )?(director|vp|head|cto|skip)|put (me|you) forward|support (my|your|the move))\b/i;
const OWN_GROWTH =
  /\b(my (own )?(self[- ]?review|promotion|growth|career|development|goals?|brag|packet|learning|cfp|talk|abstract|proposal|slides|blog post)|(read|finish) (a |the )?book|course|certif\w*|study|practi[cs]e my|work on my|improve my|get better at)\b/i;
const CRITIQUE_FIX = /\b(delegat\w*|stop (rewriting|doing|taking|scheduling)|start (delegating|writing))\b/i;

export function readLog(log: PrepLog, view: LogView): LogReading {
  const role = readRole(log.roles, view);
  const stats = buildAreaStats(view);
  const critiques = readCritiques(view, stats);
  const inRoleArea = (entry: Entry) => entry.areas.some((area) => role.areas.includes(area));

  const roleWork: Entry[] = [];
  const rolePraise: Entry[] = [];
  const since = role.since;
  for (const entry of view.entries) {
    if ((since && entry.occurredOn < since) || !inRoleArea(entry)) continue;
    if (isOthersWord(entry)) {
      if (!(entry.kind === 'feedback' && (entry.signal === 'start' || entry.signal === 'stop'))) rolePraise.push(entry);
    } else if (entry.kind === 'feedback' || view.stances.get(entry.id) !== 'longing') {
      roleWork.push(entry);
    }
  }
  const roleCritiques = critiques.filter(
    (c) => inRoleArea(c.feedback) && (!role.since || c.feedback.occurredOn >= role.since),
  );
  const roleEnergy = summarizeEnergy(roleWork.filter((entry) => entry.kind !== 'feedback'));
  const pulls = rankPulls(stats, role.areas);
  const unanswered = roleCritiques.filter((c) => c.answeredBy.length === 0).length;
  const thriving =
    role.areas.length > 0 &&
    roleEnergy.count >= 3 &&
    roleEnergy.average! >= 0.5 &&
    roleEnergy.trend !== 'falling' &&
    rolePraise.length > unanswered;

  const { openAsks, roleItems } = splitOpenItems(view, role, critiques);
  const reading: LogReading = {
    view,
    role,
    stats,
    critiques,
    lessOf: lessOfAreas(critiques),
    praiseFor: praiseByWin(view),
    roleWork,
    roleEnergy,
    rolePraise,
    roleCritiques,
    pulls,
    thriving,
    openAsks,
    roleItems,
    lines: [],
    winPoints: new Map(),
  };
  reading.lines = readingLines(reading);
  return reading;
}

/**
 * Open action items, split by what they are to a career conversation. Items others own that move
 * the user's career (a sponsor, a nomination, a trial, an introduction), or any item the user's
 * manager owns, are open asks. The rest since the role began are the role's items, except the
 * user's own growth (a self-review, a course) and the fix for a critique (delegating), which stay
 * with the user whatever the role.
 */
function splitOpenItems(
  view: LogView,
  role: RoleReading,
  critiques: readonly Critique[],
): { openAsks: ActionItem[]; roleItems: ActionItem[] } {
  const people = new Map<string, Person>(view.people.map((person) => [person.id, person]));
  const openAsks: ActionItem[] = [];
  const roleItems: ActionItem[] = [];
  for (const item of view.openActionItems) {
    const person = item.personId ? people.get(item.personId) : undefined;
    const senior = person?.relationship === 'manager' || person?.relationship === 'skip';
    if (item.owner === 'them' && (ASK.test(item.text) || senior)) {
      openAsks.push(item);
      continue;
    }
    if (role.since && item.createdAt.slice(0, 10) < role.since && !(item.dueOn && item.dueOn >= role.since)) continue;
    if (
      item.owner === 'me' &&
      (OWN_GROWTH.test(item.text) || CRITIQUE_FIX.test(item.text) || echoesCritique(item.text, critiques))
    )
      continue;
    roleItems.push(item);
  }
  return { openAsks, roleItems };
}

/** How strong a win is, counting praise linked to it. */
export function winStrength(reading: LogReading, win: Win): 'strong' | 'some' | 'thin' {
  return entryStrength(win, reading.praiseFor.get(win.id)?.length ?? 0);
}

function readingLines(r: LogReading): ReadingLine[] {
  const lines: ReadingLine[] = [];
  const line = (key: string, text: string, entries: readonly Entry[] = [], items: readonly ActionItem[] = []) =>
    lines.push({ key, text, entryIds: entries.map((e) => e.id), actionItemIds: items.map((i) => i.id) });
  const { role, view } = r;

  const areas = role.areas.map((area) => areaName(area).toLowerCase()).join(', ');
  if (role.assumed) {
    line(
      'role',
      `No role history is set, so this prep assumes you work as ${role.manages ? 'a manager' : 'an engineer'}${areas ? ` (${areas})` : ''} and reads the whole period as one role. Set your roles in Settings to make "in this role" exact.`,
    );
  } else {
    const since = role.since ? ` since ${role.since} (${describeTenure(role.since, view.today)})` : '';
    const before = role.previous ? `; before that, ${role.previous.title}` : '';
    line('role', `You have been ${role.title}${areas ? ` (${areas})` : ''}${since}${before}.`);
  }

  if (role.areas.length > 0 && r.roleEnergy.average !== null) {
    line(
      'role-energy',
      describeTrend('this role', r.roleEnergy, 'you'),
      r.roleWork.filter((e) => e.energy !== undefined).slice(0, 8),
    );
  }

  const top = r.pulls[0];
  if (top) {
    line(
      'pull',
      `Outside the role, your log pulls most towards ${areaName(top.area).toLowerCase()}: ${joinReasons(top.reasons)}.`,
      top.entries,
    );
  }

  const voices = [...r.stats.values()]
    .map((s) => ({ s, people: witnessesOf(s.praise).names }))
    .filter(({ s, people }) => people.length >= 2 && s.praise.length > s.critiques.length)
    .sort((a, b) => b.people.length - a.people.length || b.s.praise.length - a.s.praise.length);
  if (voices.length > 0) {
    const said = voices
      .slice(0, 3)
      .map(({ s }) => `${areaName(s.area).toLowerCase()} (${describeWitnesses(witnessesOf(s.praise))})`);
    line(
      'others',
      `Others keep telling you to keep at ${said.join(', ')}.`,
      voices.flatMap(({ s }) => s.praise.slice(0, 3)),
    );
  }

  if (r.critiques.length > 0) {
    const answered = r.critiques.filter((c) => c.answeredBy.length > 0);
    line(
      'critiques',
      `${r.critiques.length === 1 ? 'One start or stop was' : `${r.critiques.length} starts and stops were`} raised: ${answered.length === r.critiques.length ? 'all answered by later work or feedback' : `${answered.length} answered by later work or feedback, ${r.critiques.length - answered.length} still open`}.`,
      r.critiques.map((c) => c.feedback),
    );
  }

  if (r.openAsks.length > 0) {
    line('asks', `Open asks others own: ${r.openAsks.map((item) => `“${item.text}”`).join(', ')}.`, [], r.openAsks);
  }

  const rated = [...r.stats.values()].filter((s) => s.energy.count >= 2 && s.energy.average !== null);
  const drains = rated.filter((s) => s.energy.average! <= -0.5).sort((a, b) => a.energy.average! - b.energy.average!);
  if (drains[0]) {
    const s = drains[0];
    line(
      'drain',
      `What drains you most: ${areaName(s.area).toLowerCase()} (${formatEnergy(s.energy.average!)} over ${s.energy.count} entries).`,
      s.doubts.slice(0, 5),
    );
  }
  return lines;
}
