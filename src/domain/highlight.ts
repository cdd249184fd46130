import { wordSpans } from './entry-search';

/** A run of text, marked when it is a word the search matched. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

/**
 * Splits text into plain and matched runs, so a view can wrap matches in <mark> while rendering
 * every run as text: captured text is never turned into HTML, however it looks.
 *
 * `terms` are the index's normalized words that matched (a prefix or a typo in the query has
 * already been resolved to the whole stored word), so whole words are marked.
 */
export function highlightSegments(text: string, terms: ReadonlySet<string>): TextSegment[] {
  if (terms.size === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!span.term || !terms.has(span.term)) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), mark: false });
    segments.push({ text: text.slice(span.start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
