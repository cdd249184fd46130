import { useState } from 'preact/hooks';
import { ActionItemRow } from './ActionItemRow';
import type { SidePanelState } from './side-panel-state';

interface Props {
  state: Pick<SidePanelState, 'dueSoon' | 'today' | 'names' | 'itemErrors' | 'toggleItem'>;
}

/** How many commitments show before "Show all": the panel is for the call, not a backlog. */
export const DUE_SHOWN = 3;

/** Commitments due within three days or overdue, shown first thing when the panel opens. */
export function DueReminders({ state }: Props) {
  const [showAll, setShowAll] = useState(false);
  const items = state.dueSoon.value;
  if (items.length === 0) return null;
  const shown = showAll ? items : items.slice(0, DUE_SHOWN);
  const overdue = items.filter((item) => item.dueOn! < state.today).length;
  return (
    <section class="reminders" aria-labelledby="due-heading">
      <h2 id="due-heading">Due soon</h2>
      {overdue > 0 && (
        <p class="alert">{overdue === 1 ? '1 commitment is overdue.' : `${overdue} commitments are overdue.`}</p>
      )}
      <ul class="items">
        {shown.map((item) => {
          const name = item.personId ? state.names.value.get(item.personId) : undefined;
          return <ActionItemRow key={item.id} item={item} {...(name ? { personName: name } : {})} state={state} />;
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
