import type { AreaId } from './area';
import type { Agenda } from './conversation';
import { moveOwnPoint } from './one-on-one';
import { addOwnPoint, hidePoint, type OwnPoint, removeOwnPoint, rewordPoint, showPoint } from './prep/agenda';

/**
 * One change to a conversation's agenda, as a user makes it: applied to the agenda as stored when
 * the write runs, not to the copy the view showed, so that edits made in two views at once
 * (a side panel in each window, two prep tabs) all stay. Toggles say the state they set ("done",
 * "pinned"), never "the other one": two views ticking the same box agree instead of undoing each
 * other.
 */
export type AgendaEdit =
  | { type: 'add-own'; point: OwnPoint }
  | { type: 'remove-own'; id: string }
  | { type: 'own-done'; id: string; done: boolean }
  | { type: 'move-own'; id: string; by: -1 | 1 }
  | { type: 'pin'; key: string; pinned: boolean }
  | { type: 'hide'; key: string }
  | { type: 'show'; key: string }
  /**
   * The user's wording of a generated point; blank (or the generated text) restores it. `base` is
   * the wording shown when the user began (none when it was the generated text): what the check
   * against another view's wording starts from.
   */
  | { type: 'reword'; key: string; text: string; original: string; base: string | undefined };

export function applyAgendaEdit(agenda: Agenda, edit: AgendaEdit, targetArea?: AreaId): Agenda {
  const next = apply(agenda, edit);
  // A lateral prep's edits remember the area it went to (the side panel builds pinned points for it).
  return targetArea ? { ...next, targetArea } : next;
}

function apply(agenda: Agenda, edit: AgendaEdit): Agenda {
  switch (edit.type) {
    case 'add-own':
      // Sent twice (a retry), it is still one point.
      return (agenda.own ?? []).some((point) => point.id === edit.point.id) ? agenda : addOwnPoint(agenda, edit.point);
    case 'remove-own':
      return removeOwnPoint(agenda, edit.id);
    case 'own-done':
      return {
        ...agenda,
        own: (agenda.own ?? []).map((point) => (point.id === edit.id ? withDone(point, edit.done) : point)),
      };
    case 'move-own':
      return moveOwnPoint(agenda, edit.id, edit.by);
    case 'pin':
      return setPinned(agenda, edit.key, edit.pinned);
    case 'hide':
      return hidePoint(agenda, edit.key);
    case 'show':
      return showPoint(agenda, edit.key);
    case 'reword':
      return rewordPoint(agenda, edit.key, edit.text, edit.original);
  }
}

function withDone(point: OwnPoint, done: boolean): OwnPoint {
  const { done: _was, ...rest } = point;
  return done ? { ...rest, done: true } : rest;
}

/** Pinning unhides: a pinned point is one to bring up first. */
export function setPinned(agenda: Agenda, key: string, pinned: boolean): Agenda {
  if (!pinned) return { ...agenda, pinned: agenda.pinned.filter((k) => k !== key) };
  if (agenda.pinned.includes(key)) return agenda;
  return { ...agenda, pinned: [...agenda.pinned, key], hidden: agenda.hidden.filter((k) => k !== key) };
}

/** The user's own wording of a point, if they gave one. */
export function wordingOf(agenda: Agenda | undefined, key: string): string | undefined {
  const reworded = agenda?.reworded;
  return reworded && Object.hasOwn(reworded, key) ? reworded[key] : undefined;
}

/**
 * Whether storing `edit` over `stored` would overwrite words typed in another view: a rewording
 * whose point was reworded (or restored) elsewhere since this one began, to something else. Then
 * `theirs` is the wording stored (undefined: the generated text). Every other edit merges.
 */
export function agendaEditConflict(stored: Agenda, edit: AgendaEdit): { theirs: string | undefined } | undefined {
  if (edit.type !== 'reword') return undefined;
  const theirs = wordingOf(stored, edit.key);
  if (theirs === edit.base) return undefined;
  if (theirs === wordingOf(apply(stored, edit), edit.key)) return undefined;
  return { theirs };
}
