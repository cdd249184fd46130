import * as z from 'zod/mini';
import { CAPTURE_KINDS, type CaptureKind } from './capture';
import { TEXT_MAX } from './entry';
import { timestampSchema } from './record';

const KIND_WORDS: Record<string, CaptureKind> = {
  win: 'win',
  feedback: 'feedback',
  talent: 'talent',
};

export type OmniboxCommand = { kind: CaptureKind; text: string } | { kind: 'empty' };

/**
 * Reads what follows the `lat` keyword: an optional kind word, then the text. No kind word means a
 * win, because wins are what people forget to write down.
 */
export function parseOmniboxInput(input: string): OmniboxCommand {
  const trimmed = input.trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (!match) return { kind: 'empty' };
  const kind = KIND_WORDS[match[1]!.toLowerCase()];
  const text = kind ? match[2]!.trim() : trimmed;
  if (!text) return { kind: 'empty' };
  return { kind: kind ?? 'win', text };
}

const PREVIEW_LENGTH = 80;

/** The plain-text suggestion shown under the address bar while typing. */
export function describeOmniboxInput(input: string): string {
  const command = parseOmniboxInput(input);
  if (command.kind === 'empty') {
    return 'Type what happened: "win …", "feedback …" or "talent …" (a win if no kind is given)';
  }
  const preview = command.text.length > PREVIEW_LENGTH ? `${command.text.slice(0, PREVIEW_LENGTH - 1)}…` : command.text;
  return `Log ${command.kind === 'talent' ? 'talent note' : command.kind}: ${preview}`;
}

/**
 * A confirmed `lat …` line whose text is over the entry limit. It cannot be stored as an entry,
 * and dropping it would lose what was typed, so the background keeps it for the popup, where it
 * becomes the form's draft to shorten. `at` is when it was entered (the oldest is taken first).
 */
export const omniboxOverflowSchema = z.object({
  kind: z.enum(CAPTURE_KINDS),
  text: z.string(),
  at: timestampSchema,
});
export type OmniboxOverflow = z.infer<typeof omniboxOverflowSchema>;

/** Whether entry text is over the limit, counted as the entry's own check counts it (trimmed). */
export function isOverTextLimit(text: string): boolean {
  return text.trim().length > TEXT_MAX;
}
