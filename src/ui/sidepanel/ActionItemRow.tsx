import type { ActionItem } from '../../domain/action-item';
import type { SidePanelState } from './side-panel-state';

interface Props {
  item: ActionItem;
  /** The other person's name, for items they own. */
  personName?: string;
  /** Ticks the item; why the last tick was not stored is shown beside it. */
  state: Pick<SidePanelState, 'itemErrors' | 'toggleItem'>;
}

/** One commitment: a checkbox named by its text, who owns it, and when it is due. */
export function ActionItemRow({ item, personName, state }: Props) {
  const error = state.itemErrors.value.get(item.id);
  return (
    <li class={item.doneAt ? 'item done' : 'item'}>
      <label class="check">
        <input
          type="checkbox"
          checked={Boolean(item.doneAt)}
          onChange={(event) => void state.toggleItem(item.id, event.currentTarget.checked)}
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
