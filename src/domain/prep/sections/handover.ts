import type { ActionItem } from '../../action-item';
import type { LogView } from '../log-view';
import { planPoint } from '../talking-point';
import type { TalkingPoint } from '../types';

/**
 * The role's open items, each a piece of work someone else will pick up: the user's own duties
 * ("Hand over: …") and what others owe the role ("For whoever takes over: …"). The user's own
 * growth items and fixes for critiques are not among them (see `readLog`).
 */
export function handoverPoints(sectionId: string, items: readonly ActionItem[], view: LogView): TalkingPoint[] {
  return items.map((item) => {
    const person = item.personId ? view.people.find((p) => p.id === item.personId) : undefined;
    const text =
      item.owner === 'me'
        ? /^hand\b/i.test(item.text)
          ? item.text
          : `Hand over: ${item.text}`
        : `For whoever takes over, follow up with ${person?.name ?? 'them'}: ${item.text}`;
    const detail = [
      item.dueOn ? `Due ${item.dueOn}` : undefined,
      person && item.owner === 'me' ? `With ${person.name}` : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    return planPoint(`${sectionId}:item:${item.id}`, text, { items: [item], ...(detail ? { detail } : {}) });
  });
}

/** Open items with the person the conversation is with, both ways: they carry forward. */
export function carriedForwardPoints(sectionId: string, view: LogView): TalkingPoint[] {
  const person = view.person;
  if (!person) return [];
  return view.openActionItems
    .filter((item) => item.personId === person.id)
    .map((item) =>
      planPoint(`${sectionId}:item:${item.id}`, `${item.owner === 'me' ? 'Me' : person.name}: ${item.text}`, {
        items: [item],
        ...(item.dueOn ? { detail: `Due ${item.dueOn}` } : {}),
      }),
    );
}

/** Open asks others own, as questions to ask: "Where do we stand on “…”?" */
export function openAskPoints(sectionId: string, asks: readonly ActionItem[], view: LogView): TalkingPoint[] {
  return asks.map((item) => {
    const person = item.personId ? view.people.find((p) => p.id === item.personId) : undefined;
    return planPoint(`${sectionId}:open:${item.id}`, `Where do we stand on “${item.text}”?`, {
      items: [item],
      ...(person ? { detail: `Owned by ${person.name}${item.dueOn ? ` · due ${item.dueOn}` : ''}` } : {}),
    });
  });
}
