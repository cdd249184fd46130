import type { Agenda } from '../conversation';
import type { Prep, TalkingPoint } from './types';

/**
 * The user's edits to a prep: pinned, hidden and reworded points (by stable key) and points of
 * their own. Kept with the conversation, applied on top of a freshly built prep, so the prep can
 * follow the log while the edits stay.
 */
export const EMPTY_AGENDA: Agenda = { pinned: [], hidden: [] };

export type OwnPoint = NonNullable<Agenda['own']>[number];

export interface ShownPoint {
  point: TalkingPoint;
  /** The user's wording when reworded, else the generated text. */
  text: string;
  pinned: boolean;
  reworded: boolean;
}

export interface ShownSection {
  id: string;
  title: string;
  intro?: string;
  /** Pinned first (in the order they were pinned), then the rest in the prep's order. */
  points: ShownPoint[];
  hidden: ShownPoint[];
  /** Points left out by the limit. Pinned points are never left out. */
  more: number;
  /** Entries the prep itself left out of the section (see `WIN_POINTS`): only in the log. */
  omitted: number;
}

export function applyAgenda(prep: Prep, agenda: Agenda, limit = Number.POSITIVE_INFINITY): ShownSection[] {
  const pinnedOrder = new Map(agenda.pinned.map((key, index) => [key, index]));
  const hidden = new Set(agenda.hidden);
  const reworded = agenda.reworded ?? {};
  return prep.sections.map((section) => {
    const show = (point: TalkingPoint): ShownPoint => {
      const wording = Object.hasOwn(reworded, point.key) ? reworded[point.key] : undefined;
      return {
        point,
        text: wording ?? point.text,
        pinned: pinnedOrder.has(point.key),
        reworded: wording !== undefined,
      };
    };
    // Only the points shown are wrapped: a section can hold thousands of wins.
    const visible = section.points.filter((point) => !hidden.has(point.key));
    const pinned = visible
      .filter((point) => pinnedOrder.has(point.key))
      .sort((a, b) => pinnedOrder.get(a.key)! - pinnedOrder.get(b.key)!);
    const rest = visible.filter((point) => !pinnedOrder.has(point.key));
    const room = Math.max(0, limit - pinned.length);
    return {
      id: section.id,
      title: section.title,
      ...(section.intro ? { intro: section.intro } : {}),
      points: [...pinned, ...rest.slice(0, room)].map(show),
      hidden: section.points.filter((point) => hidden.has(point.key)).map(show),
      more: Math.max(0, rest.length - room),
      omitted: section.omitted ?? 0,
    };
  });
}

export function togglePin(agenda: Agenda, key: string): Agenda {
  return agenda.pinned.includes(key)
    ? { ...agenda, pinned: agenda.pinned.filter((k) => k !== key) }
    : { ...agenda, pinned: [...agenda.pinned, key], hidden: agenda.hidden.filter((k) => k !== key) };
}

/** Hiding unpins: a point cannot be both out of the way and first in line. */
export function hidePoint(agenda: Agenda, key: string): Agenda {
  if (agenda.hidden.includes(key)) return agenda;
  return {
    ...agenda,
    hidden: [...agenda.hidden, key],
    pinned: agenda.pinned.filter((k) => k !== key),
  };
}

export function showPoint(agenda: Agenda, key: string): Agenda {
  return { ...agenda, hidden: agenda.hidden.filter((k) => k !== key) };
}

/** A blank wording, or the original one, restores the generated text. */
export function rewordPoint(agenda: Agenda, key: string, text: string, original: string): Agenda {
  const { [key]: _previous, ...others } = agenda.reworded ?? {};
  const wording = text.trim();
  const reworded = wording && wording !== original ? { ...others, [key]: wording } : others;
  const { reworded: _old, ...rest } = agenda;
  return Object.keys(reworded).length ? { ...rest, reworded } : rest;
}

export function addOwnPoint(agenda: Agenda, point: OwnPoint): Agenda {
  return { ...agenda, own: [...(agenda.own ?? []), point] };
}

export function removeOwnPoint(agenda: Agenda, id: string): Agenda {
  const own = (agenda.own ?? []).filter((point) => point.id !== id);
  const { own: _old, ...rest } = agenda;
  return own.length ? { ...rest, own } : rest;
}

export function toggleOwnPointDone(agenda: Agenda, id: string): Agenda {
  return {
    ...agenda,
    own: (agenda.own ?? []).map((point) => (point.id === id ? { ...point, done: !point.done } : point)),
  };
}
