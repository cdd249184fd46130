import type { ActionItem } from '../../domain/action-item';

interface Props {
  item: ActionItem;
  /** The other person's name, for items they own. */
  personName?: string;
  /** Why the last tick of this item was not stored, shown beside it. */
  error?: string | undefined;
  onToggle: (id: string, done: boolean) => void;
}

/** One commitment: a checkbox named by its text, who owns it, and when it is due. */
export function ActionItemRow({ item, personName, error, onToggle }: Props) {
  return (
    <li class={item.doneAt ? 'item done' : 'item'}>
      <label class="check">
        <input
          type="checkbox"
          checked={Boolean(item.doneAt)}
          onChange={(event) => onToggle(item.id, event.currentTarget.checked)}
        />
        <span class="entry-text">{item.text}</span>
      </label>
      <span class="item-meta">
        {item.owner === 'me' ? 'Mine' : personName ? `${personName}'s` : 'Theirs'}
        {item.dueOn && (
          <>
            {' · due '}
            <time dateTime={item.dueOn}>{item.dueOn}</time>
          </>
        )}
      </span>
      {error && (
        <p class="alert" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
