import { type ActionStatus, ActionStatusLine } from '../kit/ActionStatus';

interface Props {
  /** What the last copy or download said. */
  status: ActionStatus;
  onCopy(): void;
  onDownload(): void;
  onPrint(): void;
}

/** Copy or download the prep as Markdown, or print it (to paper or PDF, with the print stylesheet). */
export function ExportBar({ status, onCopy, onDownload, onPrint }: Props) {
  return (
    <div class="export-bar no-print">
      <button type="button" onClick={() => onCopy()}>
        Copy Markdown
      </button>
      <button type="button" onClick={() => onDownload()}>
        Download Markdown
      </button>
      <button type="button" onClick={() => onPrint()}>
        Print or save as PDF
      </button>
      <ActionStatusLine status={status} />
    </div>
  );
}
