/**
 * Captured text is untrusted (it may come from any web page), so in Markdown it must read as the
 * same words and nothing else: no emphasis, headings, lists, tables, HTML, images or links.
 *
 * Escaped everywhere: the characters that make inline markup (`\ ` * _ [ ] < > | ~ & $`; `&`
 * would start an entity, `$` math on GitHub). At the start of a line: the block markers
 * (`#`, `-`, `+`, `=`, `1.`). Bare links that GitHub-flavoured Markdown turns into links on its
 * own (`https://…`, `www.…`, `name@host`) get their trigger escaped (`https\://`, `www\.`, `\@`),
 * which renders as the same text without a link. Line breaks are kept as hard breaks inside the
 * same paragraph or list item, never as new blocks.
 */
const INLINE = /[\\`*_[\]<>|~&$@]/g;
const BLOCK_MARKER = /^[#\-+=]/;
const ORDERED_MARKER = /^(\d+)([.)])/;

/** Whether a line needs any inline escape: most do not, and one scan is cheaper than three. */
const NEEDS_INLINE_ESCAPE = /[\\`*_[\]<>|~&$@]|:\/\/|www\./i;

export function escapeMarkdownLine(line: string): string {
  let escaped = line.trim();
  if (NEEDS_INLINE_ESCAPE.test(escaped)) {
    escaped = escaped
      .replace(INLINE, '\\$&')
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(www)\./gi, '$1\\.');
  }
  return escaped.replace(BLOCK_MARKER, '\\$&').replace(ORDERED_MARKER, '$1\\$2');
}

/**
 * Escapes a possibly multi-line text for use inside a paragraph or list item whose continuation
 * lines are indented by `indent`. Blank lines are dropped: they would end the list item.
 */
export function escapeMarkdownText(text: string, indent = ''): string {
  if (!/[\r\n]/.test(text)) return escapeMarkdownLine(text);
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine)
    .filter((line) => line.length > 0)
    .join(`\\\n${indent}`);
}
