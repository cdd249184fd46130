import { useState } from 'preact/hooks';
import type { ActionItem } from '../../domain/action-item';
import { ActionItemRow } from './ActionItemRow';

interface Props {
  items: ActionItem[];
  today: string;
  /** Names of people by id, to say whose 1:1 a commitment came from. */
  names: Map<string, string>;
  /** Why the last tick of an item was not stored, by item id. */
  errors?: ReadonlyMap<string, string>;
  onToggle: (id: string, done: boolean) => void;
}

/** How many commitments show before "Show all": the panel is for the call, not a backlog. */
export const DUE_SHOWN = 3;

/** Commitments due within three days or overdue, shown first thing when the panel opens. */
export function DueReminders({ items, today, names, errors, onToggle }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0) return null;
  const shown = showAll ? items : items.slice(0, DUE_SHOWN);
  const overdue = items.filter((item) => item.dueOn! < today).length;
  return (
    <section class="reminders" aria-labelledby="due-heading">
      <h2 id="due-heading">Due soon</h2>
      {overdue > 0 && (
        <p class="alert">{overdue === 1 ? '1 commitment is overdue.' : `${overdue} commitments are overdue.`}</p>
      )}
      <ul class="items">
        {shown.map((item) => {
          const name = item.personId ? names.get(item.personId) : undefined;
          return (
            <ActionItemRow
              key={item.id}
              item={item}
              {...(name ? { personName: name } : {})}
              error={errors?.get(item.id)}
              onToggle={onToggle}
            />
          );
        })}
      </ul>
      {shown.length < items.length && (
        <button type="button" class="link-button" onClick={() => setShowAll(true)}>
          Show all {items.length}
        </button>
      )}
    </section>
  );
}
