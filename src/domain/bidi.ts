/**
 * Bidirectional controls in exported text. Captured text may carry the embeddings and overrides
 * U+202A–U+202E (LRE, RLE, PDF, LRO, RLO) and the isolates U+2066–U+2069 (LRI, RLI, FSI, PDI).
 * Left open, an override such as U+202E reorders everything after it until the end of the
 * paragraph: in a Markdown file that is the rest of the line and, in a rendered paragraph or list
 * item, the lines after it too, so a label or a date written by Latitude can read backwards or be
 * made to say something else.
 *
 * Every text export ends with `closeBidiControls`, which closes, at the end of each line, what the
 * line left open: a PDF (U+202C) for each open embedding or override and a PDI (U+2069) for each
 * open isolate, innermost first. Closing rather than removing keeps what was typed exactly (a
 * writer of Arabic or Hebrew may use these controls on purpose, and an export that lost them would
 * lose text); only the closers Latitude adds are new, and they change nothing that was already
 * balanced. The backup, which must give back exactly what it holds, escapes the same characters
 * instead (`escapeBidiInJson`).
 */
const LRE = '\u202a';
const RLE = '\u202b';
const PDF = '\u202c';
const LRO = '\u202d';
const RLO = '\u202e';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

/** Any embedding, override, isolate or their closers. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS_ALL = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Where a line ends, for closing: Markdown's own line endings, and also the characters that end a
 * paragraph in the bidi algorithm (U+0085, U+2029) or a line in some editors (U+2028), so that no
 * viewer sees an override run on past what it shows as a line.
 */
const LINE_END = /(\r\n|[\n\r\u0085\u2028\u2029])/;

/**
 * A trailing hard break must stay last on its line: an odd run of backslashes (the last one is
 * the break; an even run is escaped backslashes, text) or two or more spaces. Closers go before it.
 */
const HARD_BREAK = /(?:(?<!\\)(?:\\\\)*\\| {2,})$/;

/** The closers a line needs at its end, following the matching rules of Unicode's bidi algorithm (UAX #9, X1–X8). */
export function bidiClosers(line: string): string {
  const open: ('embedding' | 'isolate')[] = [];
  for (const char of line) {
    switch (char) {
      case LRE:
      case RLE:
      case LRO:
      case RLO:
        open.push('embedding');
        break;
      case LRI:
      case RLI:
      case FSI:
        open.push('isolate');
        break;
      case PDF:
        // A PDF closes the innermost embedding, never across an isolate; an unmatched one does nothing.
        if (open.at(-1) === 'embedding') open.pop();
        break;
      case PDI: {
        // A PDI closes its isolate and every embedding opened inside it; an unmatched one does nothing.
        const isolate = open.lastIndexOf('isolate');
        if (isolate >= 0) open.length = isolate;
        break;
      }
    }
  }
  return open
    .reverse()
    .map((kind) => (kind === 'embedding' ? PDF : PDI))
    .join('');
}

function closeLine(line: string): string {
  const closers = bidiClosers(line);
  if (!closers) return line;
  const hardBreak = HARD_BREAK.exec(line);
  return hardBreak ? `${line.slice(0, hardBreak.index)}${closers}${hardBreak[0]}` : `${line}${closers}`;
}

/**
 * The one step every text export (Markdown files, copied Markdown and messages) goes through:
 * each line closes the embeddings and isolates it opened. Text without bidi controls is returned
 * as it is, at the cost of one scan.
 */
export function closeBidiControls(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  const parts = text.split(LINE_END);
  // `split` with a capturing group alternates text and line endings: close only the text.
  for (let i = 0; i < parts.length; i += 2) parts[i] = closeLine(parts[i]!);
  return parts.join('');
}

/**
 * JSON text with every bidi control written as its escape (`\u202e`): the file reads as plain
 * left-to-right text in any editor, and parses to exactly the same strings. JSON.stringify only
 * ever writes these characters inside strings, where an escape means the same character.
 */
export function escapeBidiInJson(json: string): string {
  if (!BIDI_CONTROLS.test(json)) return json;
  return json.replace(BIDI_CONTROLS_ALL, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}
