/**
 * Length limits of what people type outside the entry form (agenda items, points of their own,
 * rewordings, role titles): checked before anything is written, with a message that names the
 * field and the limit, so the text can be shortened where it was typed (docs/design.md, Data safety).
 */

/** Agenda items, points of one's own and rewordings: the same limit as an entry's text. */
export const POINT_TEXT_MAX = 10_000;

export interface TextRule {
  /** The field as the message names it: "agenda item", "point", "reworded point". */
  name: string;
  max: number;
  /** Said when the text is blank; a blank text is allowed when there is none. */
  empty?: string;
}

/** Why `text` cannot be stored as it is, or nothing when it can. Counted after trimming. */
export function textProblem(text: string, rule: TextRule): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return rule.empty;
  if (trimmed.length <= rule.max) return undefined;
  const count = (n: number) => n.toLocaleString('en');
  return `The ${rule.name} has ${count(trimmed.length)} characters; keep it to ${count(rule.max)} at most.`;
}

export const AGENDA_ITEM_RULE: TextRule = {
  name: 'agenda item',
  max: POINT_TEXT_MAX,
  empty: 'Write the agenda item first.',
};
export const OWN_POINT_RULE: TextRule = { name: 'point', max: POINT_TEXT_MAX, empty: 'Write the point first.' };
/** A blank wording is allowed: it restores the generated text. */
export const REWORD_RULE: TextRule = { name: 'reworded point', max: POINT_TEXT_MAX };
