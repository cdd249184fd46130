interface Props {
  /** "This changed in another view." or "This was deleted in another view." */
  message: string;
  /** The other view's version of what was being edited, shown so the two can be compared. */
  theirs?: { label: string; text: string } | undefined;
  /** While one of the two choices is being stored, neither can be clicked again. */
  busy?: boolean;
  onSaveMine: () => void;
  onDiscardMine: () => void;
}

/**
 * A save refused because another view changed (or deleted) the same thing since this edit began:
 * says so with role `alert`, shows the other version, and lets the user keep theirs or take the
 * other. The typed text stays in its field meanwhile. The buttons are named as in the log editor.
 */
export function ConflictNotice({ message, theirs, busy = false, onSaveMine, onDiscardMine }: Props) {
  return (
    <div class="confirm conflict" role="alert">
      <p>
        <strong>{message}</strong> What you typed is kept here.
      </p>
      {theirs && (
        <p>
          <span class="label">{theirs.label}</span> <span class="entry-text">{theirs.text}</span>
        </p>
      )}
      <div class="actions wrap">
        <button type="button" class="primary" disabled={busy} onClick={onSaveMine}>
          Save mine anyway
        </button>
        <button type="button" disabled={busy} onClick={onDiscardMine}>
          Discard mine
        </button>
      </div>
    </div>
  );
}
