import { signal } from '@preact/signals';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { ActionItem } from '../../../src/domain/action-item';
import { DUE_SHOWN, DueReminders } from '../../../src/ui/sidepanel/DueReminders';

function item(n: number): ActionItem {
  const stamp = '2025-03-01T09:00:00.000Z';
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt: stamp,
    updatedAt: stamp,
    text: `Commitment ${n}`,
    owner: 'me',
    dueOn: `2025-03-${String(n).padStart(2, '0')}`,
  };
}

/** The slice of the side panel's state the reminders read, holding `items`. */
function dueState(items: ActionItem[]) {
  return {
    dueSoon: signal(items),
    today: '2025-03-10',
    names: signal(new Map<string, string>()),
    itemErrors: signal<ReadonlyMap<string, string>>(new Map()),
    toggleItem: async () => true,
  };
}

describe('DueReminders', () => {
  it('shows the most urgent few and the rest on request', async () => {
    const items = Array.from({ length: 7 }, (_, i) => item(i + 1));
    render(<DueReminders state={dueState(items)} />);
    const due = await screen.findByRole('region', { name: 'Due soon' });
    expect(within(due).getAllByRole('checkbox')).toHaveLength(DUE_SHOWN);
    expect(within(due).getByText('7 commitments are overdue.')).toBeTruthy();
    fireEvent.click(within(due).getByRole('button', { name: 'Show all 7' }));
    expect(await within(due).findAllByRole('checkbox')).toHaveLength(7);
    expect(within(due).queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('needs no button when everything fits', async () => {
    render(<DueReminders state={dueState([item(12)])} />);
    const due = await screen.findByRole('region', { name: 'Due soon' });
    expect(within(due).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(due).queryByRole('button')).toBeNull();
  });
});
