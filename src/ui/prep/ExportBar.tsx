import { useState } from 'preact/hooks';
import { type ActionStatus, ActionStatusLine } from '../kit/ActionStatus';

interface Props {
  markdown: () => string;
  fileName: string;
  copy(text: string): Promise<void>;
  download(fileName: string, text: string): void;
  print(): void;
}

/** Copy or download the prep as Markdown, or print it (to paper or PDF, with the print stylesheet). */
export function ExportBar({ markdown, fileName, copy, download, print }: Props) {
  const [status, setStatus] = useState<ActionStatus>({ kind: 'idle' });
  return (
    <div class="export-bar no-print">
      <button
        type="button"
        onClick={() =>
          copy(markdown()).then(
            () => setStatus({ kind: 'done', message: 'Markdown copied' }),
            () => setStatus({ kind: 'failed', message: 'Could not copy: use Download Markdown instead.' }),
          )
        }
      >
        Copy Markdown
      </button>
      <button
        type="button"
        onClick={() => {
          download(fileName, markdown());
          setStatus({ kind: 'done', message: `Downloaded ${fileName}` });
        }}
      >
        Download Markdown
      </button>
      <button type="button" onClick={print}>
        Print or save as PDF
      </button>
      <ActionStatusLine status={status} />
    </div>
  );
}
