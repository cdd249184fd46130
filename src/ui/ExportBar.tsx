import { useState } from 'preact/hooks';

interface Props {
  markdown: () => string;
  fileName: string;
  copy(text: string): Promise<void>;
  download(fileName: string, text: string): void;
  print(): void;
}

type Status = { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/** Copy or download the prep as Markdown, or print it (to paper or PDF, with the print stylesheet). */
export function ExportBar({ markdown, fileName, copy, download, print }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
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
      {status.kind === 'failed' ? (
        <p class="alert" role="alert">
          {status.message}
        </p>
      ) : (
        <p class="status" role="status">
          {status.kind === 'done' ? status.message : ''}
        </p>
      )}
    </div>
  );
}
