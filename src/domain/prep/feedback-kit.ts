import { closeBidiControls } from '../bidi';
import type { Signal } from '../entry';

/**
 * The feedback request kit: talents are best found by asking trusted colleagues "what do I do
 * well?", with start / keep / stop feedback. The message is plain text, ready to paste into chat or
 * mail; the reply, pasted back, becomes one feedback entry per line, reviewed before saving.
 */

const QUESTIONS = {
  well: 'What do I do well?',
  start: 'Start: what should I start doing?',
  keep: 'Keep: what should I keep doing?',
  stop: 'Stop: what should I stop doing?',
} as const;

export function feedbackRequestMessage(recipient?: string): string {
  const name = recipient?.trim();
  const lines = [
    name ? `Hi ${name},` : 'Hi,',
    '',
    'I am taking stock of my work and would value your honest view. A line or two for each is plenty:',
    '',
    `1. ${QUESTIONS.well}`,
    `2. ${QUESTIONS.start}`,
    `3. ${QUESTIONS.keep}`,
    `4. ${QUESTIONS.stop}`,
    '',
    'If you begin each answer with "Well:", "Start:", "Keep:" or "Stop:", I can file them as you wrote them. Thank you!',
  ];
  // The name is typed by the user: a bidi override in it must not reorder the greeting's line.
  return closeBidiControls(lines.join('\n'));
}

export interface ParsedFeedback {
  signal: Signal;
  text: string;
}

/**
 * "Start:", "Keep doing —", "Stop", "What do I do well?" (then the rest of the line, if any). The
 * word alone or followed by a colon, a spaced dash or a question mark, so that "Keep in mind…"
 * or "Start-up…" are not read as markers.
 */
const MARKER =
  /^(?:(well|(?:what\s+(?:do\s+)?(?:i|you)\s+)?do(?:es)?\s+well)|(start|keep|stop)(?:\s+doing)?)(?:\s*\?\s*[:：]?|\s*[:：]|\s+[—–-](?=\s|$)|$)\s*(.*)$/i;
/** "Stop doing the Friday deploys": a marker without punctuation, when "doing" follows. */
const DOING = /^(start|keep|stop)\s+doing\s+(.+)$/i;
const BULLET = /^(?:[-*•·]|\d+[.)])\s+/;

/**
 * Reads a pasted reply. A marked line ("Keep: the design reviews") is one entry; a bare marker
 * ("Stop:") starts a list whose lines are entries, until the next marker or a blank line after
 * the list (or an unbulleted line after a bulleted list: a signature). Answers to "what do I do
 * well?" are filed as "keep". Quoted lines (`>`) and lines before the first marker (greetings)
 * are left out, and so are our own questions if pasted back.
 */
export function parseFeedbackReply(reply: string): ParsedFeedback[] {
  const parsed: ParsedFeedback[] = [];
  const questions = new Set(Object.values(QUESTIONS).map((q) => q.toLowerCase()));
  let current: Signal | undefined;
  let listed = 0;
  /** Whether the current list is bulleted: then an unbulleted line ("Thanks, Ana") ends it. */
  let bulleted = false;
  for (const raw of reply.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('>')) continue;
    if (!line) {
      if (listed > 0) current = undefined;
      continue;
    }
    const unbulleted = line.replace(BULLET, '');
    if (questions.has(unbulleted.toLowerCase())) continue;
    const marker = MARKER.exec(unbulleted);
    const doing = marker ? null : DOING.exec(unbulleted);
    if (marker || doing) {
      const signal: Signal = marker
        ? marker[1]
          ? 'keep'
          : (marker[2]!.toLowerCase() as Signal)
        : (doing![1]!.toLowerCase() as Signal);
      const rest = cleanText((marker ? marker[3] : doing![2]) ?? '');
      if (rest) {
        parsed.push({ signal, text: rest });
        current = undefined;
      } else {
        current = signal;
        listed = 0;
      }
      continue;
    }
    if (current) {
      const isBullet = unbulleted !== line;
      if (listed === 0) bulleted = isBullet;
      else if (bulleted && !isBullet) {
        current = undefined;
        continue;
      }
      const text = cleanText(unbulleted);
      if (text) {
        parsed.push({ signal: current, text });
        listed += 1;
      }
    }
  }
  return parsed;
}

function cleanText(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
