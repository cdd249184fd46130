import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  class?: string;
  summary: ComponentChildren;
  /** What opening shows, rendered when first opened: a prep cites thousands of records, few are opened. */
  children: () => ComponentChildren;
}

/** A `<details>` whose content is built the first time it is opened, then kept. */
export function LazyDetails({ class: className, summary, children }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details class={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
