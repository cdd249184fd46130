import type { Entry } from './entry';

/*
 * Feedback linked to the win it is about (`about` on an entry): the words a link is shown with.
 * Only feedback links in the UI today, to one win; the schema allows up to ABOUT_MAX entries.
 */

/** How much of a win's text names it in a list of wins or on the line of the feedback about it. */
export const ABOUT_TEXT_LENGTH = 80;

/**
 * A win's text on one line, cut to at most `length` characters with an ellipsis, never through
 * the middle of an emoji: "Gave the KubeCon talk on our rollout model…".
 */
export function shortText(text: string, length = ABOUT_TEXT_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= length) return line;
  let end = length - 1;
  const code = line.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${line.slice(0, end).trimEnd()}…`;
}

/** A win as a choice of "About a win": "2025-05-30 · Gave the KubeCon talk on our rollout model". */
export function winChoiceLabel(win: Pick<Entry, 'occurredOn' | 'text'>): string {
  return `${win.occurredOn} · ${shortText(win.text)}`;
}

/** The win a piece of feedback is about, as "About a win" shows it (the first link, if several). */
export function linkedWinId(entry: Pick<Entry, 'about'>): string | undefined {
  return entry.about?.[0];
}

/** The links after choosing in "About a win": the chosen win alone, or none. */
export function chooseWin(winId: string | undefined): string[] {
  return winId ? [winId] : [];
}
