import type { ActionItem } from '../../action-item';
import type { LogView } from '../log-view';
import { planPoint } from '../talking-point';
import type { TalkingPoint } from '../types';

/** One's own open action items, each a piece of work someone else will need to pick up. */
export function handoverPoints(sectionId: string, view: LogView): TalkingPoint[] {
  return view.openActionItems
    .filter((item) => item.owner === 'me')
    .map((item) =>
      planPoint(`${sectionId}:item:${item.id}`, item.text, {
        actionItemIds: [item.id],
        ...detailOf(item, view),
      }),
    );
}

/** Open items with the person the conversation is with, both ways: they carry forward. */
export function carriedForwardPoints(sectionId: string, view: LogView): TalkingPoint[] {
  const person = view.person;
  if (!person) return [];
  return view.openActionItems
    .filter((item) => item.personId === person.id)
    .map((item) =>
      planPoint(
        `${sectionId}:item:${item.id}`,
        `${item.owner === 'me' ? 'You' : person.name}: ${item.text}`,
        { actionItemIds: [item.id], ...(item.dueOn ? { detail: `Due ${item.dueOn}` } : {}) },
      ),
    );
}

function detailOf(item: ActionItem, view: LogView): { detail?: string } {
  const parts: string[] = [];
  if (item.dueOn) parts.push(`Due ${item.dueOn}`);
  const person = item.personId ? view.people.find((p) => p.id === item.personId) : undefined;
  if (person) parts.push(`With ${person.name}`);
  return parts.length ? { detail: parts.join(' · ') } : {};
}
