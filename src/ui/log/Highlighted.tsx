import { highlightSegments } from '../../domain/highlight';

interface Props {
  text: string;
  /** The normalized words a search matched; none means plain text. */
  terms?: ReadonlySet<string> | undefined;
}

/**
 * Text with the searched words in <mark>. Each run is a text node (Preact escapes it), so captured
 * text that looks like HTML stays text, highlighted or not.
 */
export function Highlighted({ text, terms }: Props) {
  if (!terms || terms.size === 0) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, terms).map((segment, i) =>
        segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
