import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LogApp } from '../../../src/ui/log/LogApp';
import { freshDb, makeEntry, nextTestId, testId } from '../../fixtures/log-entries';

const clock = { now: () => new Date('2025-06-01T12:00:00.000Z'), newId: nextTestId };

async function openDeleted() {
  window.history.replaceState(null, '', '/log.html#/deleted');
  const db = freshDb();
  await db.entries.bulkPut([
    makeEntry({ id: testId(1), occurredOn: '2025-05-30', text: 'Shipped the billing migration' }),
    // Deleted on another device, then synced here: a tombstone like any other.
    makeEntry({
      id: testId(2),
      occurredOn: '2025-05-20',
      text: 'Led the incident review for the billing outage',
      deletedAt: '2025-05-31T09:00:00.000Z',
      updatedAt: '2025-05-31T09:00:00.000Z',
    }),
    makeEntry({
      id: testId(3),
      occurredOn: '2025-05-21',
      text: 'Paired with Tom on the flaky tests',
      deletedAt: '2025-05-30T09:00:00.000Z',
      updatedAt: '2025-05-30T09:00:00.000Z',
    }),
  ]);
  render(<LogApp db={db} clock={clock} />);
  return db;
}

describe('the log: recently deleted', () => {
  it('lists deleted entries, newest deletion first, and Restore brings one back with a newer revision', async () => {
    const db = await openDeleted();
    expect(screen.getByRole('link', { name: 'Deleted' }).getAttribute('aria-current')).toBe('page');
    const list = await screen.findByRole('list', { name: 'Deleted entries' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.entry-text')?.textContent)).toEqual([
      'Led the incident review for the billing outage',
      'Paired with Tom on the flaky tests',
    ]);
    const before = await db.entries.get(testId(2));

    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Entry restored.'));
    await waitFor(() => expect(within(list).queryByText('Led the incident review for the billing outage')).toBeNull());
    const after = await db.entries.get(testId(2));
    expect(after?.deletedAt).toBeUndefined();
    expect(after?.text).toBe('Led the incident review for the billing outage');
    // A newer revision: the next sync carries the restore to every device.
    expect(after!.rev!).toBeGreaterThan(before!.rev ?? 0);
    expect(after?.updatedAt).toBe('2025-06-01T12:00:00.000Z');
  });

  it('says so when nothing was deleted', async () => {
    window.history.replaceState(null, '', '/log.html#/deleted');
    render(<LogApp db={freshDb()} clock={clock} />);
    expect(await screen.findByText('Nothing was deleted lately.')).toBeTruthy();
  });

  it('says plainly when a restore cannot be stored, and keeps the entry in the list', async () => {
    const db = await openDeleted();
    const list = await screen.findByRole('list', { name: 'Deleted entries' });
    db.entries.hook('updating', () => {
      throw new Error('The disk is full');
    });
    db.entries.hook('creating', () => {
      throw new Error('The disk is full');
    });
    fireEvent.click(within(list).getAllByRole('button', { name: 'Restore' })[0]!);
    expect((await screen.findByRole('alert')).textContent).toBe('Not restored: The disk is full. Nothing was changed.');
    expect(within(list).getByText('Led the incident review for the billing outage')).toBeTruthy();
  });
});
