import type { ActionItem } from '../action-item';
import { type AreaId, BUILT_IN_AREAS } from '../area';
import type { Entry, Feedback, Note, Talent, Win } from '../entry';
import type { Person } from '../person';
import { localDate } from '../record';
import { isInPeriod } from './period';
import { type Stance, stanceOf } from './polarity';
import type { Period, PrepLog, PrepRequest } from './types';

/**
 * The log as a prep reads it: live records only, entries of the period only, sorted once and
 * split by kind and area, so that every section works from the same indexes and in the same order.
 */
export interface LogView {
  today: string;
  period: Period;
  /** Newest first: by the day it happened, then by capture time, then by id. */
  entries: Entry[];
  wins: Win[];
  /** Feedback about one's own work. */
  received: Feedback[];
  /** Feedback one gave others: evidence of mentoring. */
  given: Feedback[];
  talents: Talent[];
  notes: Note[];
  /** What others said: received feedback and talent notes on others' word, newest first. */
  othersWord: Entry[];
  byArea: ReadonlyMap<AreaId, Entry[]>;
  /** What each of one's own wins, notes and talent notes says of its areas, read once (`stanceOf`). */
  stances: ReadonlyMap<string, Stance>;
  /** One's own entries that name an entry in `about` (a win answering a critique), by that entry's id. */
  linkedFrom: ReadonlyMap<string, Entry[]>;
  /** Areas with entries: built-in ones in their order, then the user's own, alphabetically. */
  areas: AreaId[];
  people: Person[];
  /** The person the conversation is with, when one was chosen and exists. */
  person?: Person;
  /** Open action items (not done), soonest due first, then oldest. */
  openActionItems: ActionItem[];
}

export function buildLogView(log: PrepLog, request: PrepRequest, now: Date): LogView {
  const entries = newestFirstOf(
    log.entries.filter((entry) => !entry.deletedAt && isInPeriod(entry.occurredOn, request.period)),
  );

  const byArea = new Map<AreaId, Entry[]>();
  const wins: Win[] = [];
  const received: Feedback[] = [];
  const given: Feedback[] = [];
  const talents: Talent[] = [];
  const notes: Note[] = [];
  const othersWord: Entry[] = [];
  // By id: a fresh object used as a Map key must first be given an identity hash, which costs
  // more than hashing its id string (measured: 10,000 entries read from the database).
  const stances = new Map<string, Stance>();
  const linkedFrom = new Map<string, Entry[]>();

  for (const entry of entries) {
    const { areas } = entry;
    for (let i = 0; i < areas.length; i++) {
      const area = areas[i]!;
      // An area listed twice on one entry counts once.
      if (areas.indexOf(area) !== i) continue;
      const list = byArea.get(area);
      if (list) list.push(entry);
      else byArea.set(area, [entry]);
    }
    const own =
      !(entry.kind === 'feedback' && entry.direction === 'received') &&
      !(entry.kind === 'talent' && entry.evidence === 'others');
    if (own && entry.kind !== 'feedback') stances.set(entry.id, stanceOf(entry));
    if (own && entry.about) {
      for (const id of entry.about) {
        const list = linkedFrom.get(id);
        if (list) list.push(entry);
        else linkedFrom.set(id, [entry]);
      }
    }
    switch (entry.kind) {
      case 'win':
        wins.push(entry);
        break;
      case 'feedback':
        if (entry.direction === 'received') {
          received.push(entry);
          othersWord.push(entry);
        } else {
          given.push(entry);
        }
        break;
      case 'talent':
        talents.push(entry);
        if (entry.evidence === 'others') othersWord.push(entry);
        break;
      case 'note':
        notes.push(entry);
        break;
    }
  }

  const people = log.people.filter((person) => !person.deletedAt).sort(byNameThenId);
  const person = request.personId ? people.find((p) => p.id === request.personId) : undefined;
  const openActionItems = log.actionItems.filter((item) => !item.deletedAt && !item.doneAt).sort(soonestDueFirst);

  return {
    today: localDate(now),
    period: request.period,
    entries,
    wins,
    received,
    given,
    talents,
    notes,
    othersWord,
    byArea,
    stances,
    linkedFrom,
    areas: orderAreas(byArea.keys()),
    people,
    ...(person ? { person } : {}),
    openActionItems,
  };
}

const BUILT_IN_ORDER = new Map<string, number>(BUILT_IN_AREAS.map((area, index) => [area.id, index]));

/** Built-in areas in their fixed order, then the user's own areas alphabetically. */
export function orderAreas(areas: Iterable<AreaId>): AreaId[] {
  return [...new Set(areas)].sort(compareAreas);
}

export function compareAreas(a: AreaId, b: AreaId): number {
  const ia = BUILT_IN_ORDER.get(a) ?? Number.MAX_SAFE_INTEGER;
  const ib = BUILT_IN_ORDER.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ia - ib || compareText(a, b);
}

/**
 * Entries newest first. The prep page reads them oldest first from the database's date index, so
 * a check and a reverse usually do (10,000 entries: one pass instead of a sort); any other order
 * is sorted.
 */
function newestFirstOf(entries: Entry[]): Entry[] {
  for (let i = 1; i < entries.length; i++) {
    if (newestFirst(entries[i]!, entries[i - 1]!) >= 0) return entries.sort(newestFirst);
  }
  return entries.reverse();
}

export function newestFirst(a: Entry, b: Entry): number {
  return compareText(b.occurredOn, a.occurredOn) || compareText(b.createdAt, a.createdAt) || compareText(a.id, b.id);
}

/**
 * Plain code-unit order. `localeCompare` would depend on the browser's locale and ICU version,
 * and the same log must give the same prep everywhere.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byNameThenId(a: Person, b: Person): number {
  return compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.id, b.id);
}

function soonestDueFirst(a: ActionItem, b: ActionItem): number {
  // Items without a due date go last.
  const da = a.dueOn ?? '9999-12-31';
  const db = b.dueOn ?? '9999-12-31';
  return compareText(da, db) || compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id);
}
