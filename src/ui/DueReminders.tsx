import type { ActionItem } from '../domain/action-item';
import { ActionItemRow } from './ActionItemRow';

interface Props {
  items: ActionItem[];
  today: string;
  /** Names of people by id, to say whose 1:1 a commitment came from. */
  names: Map<string, string>;
  onToggle: (id: string, done: boolean) => void;
}

/** Commitments due within three days or overdue, shown first thing when the panel opens. */
export function DueReminders({ items, today, names, onToggle }: Props) {
  if (items.length === 0) return null;
  const overdue = items.filter((item) => item.dueOn! < today).length;
  return (
    <section class="reminders" aria-labelledby="due-heading">
      <h2 id="due-heading">Due soon</h2>
      {overdue > 0 && <p class="alert">{overdue === 1 ? '1 commitment is overdue.' : `${overdue} commitments are overdue.`}</p>}
      <ul class="items">
        {items.map((item) => {
          const name = item.personId ? names.get(item.personId) : undefined;
          return <ActionItemRow key={item.id} item={item} {...(name ? { personName: name } : {})} onToggle={onToggle} />;
        })}
      </ul>
    </section>
  );
}
