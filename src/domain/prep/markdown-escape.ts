/**
 * Makes any text safe to place in a Markdown line: what was typed or captured from a web page is
 * shown as the same text, and can never become markup, HTML, a link, an image, a mention or math.
 *
 * - Line breaks and runs of spaces fold into one space, so text cannot start a heading, a list, a
 *   quote, a table row or a code block on a line of its own.
 * - Every character that has a meaning inline gets a backslash (CommonMark lets any ASCII
 *   punctuation be escaped): emphasis, code, brackets (so no link or image can open), HTML and
 *   autolinks, tables, strikethrough, entities, math, mentions and issue references.
 * - Bare URLs and `www.` are broken with an escape, so GitHub-flavoured renderers (which link them
 *   without any brackets) show them as text.
 * - A leading `-`, `+`, `=` or `1.` is escaped, in case the text is placed first on a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]{}<>#|~&$@^]/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * An http(s) link as a Markdown autolink (`<https://…>`), or `undefined` for anything else.
 * Parsing and re-serializing the URL percent-encodes spaces, quotes and angle brackets, so the
 * link cannot break out of its brackets.
 */
export function markdownLink(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const href = url.href;
  if (/[\s<>]/.test(href)) return undefined;
  return `<${href}>`;
}
