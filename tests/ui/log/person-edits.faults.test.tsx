// The person page's writes (rename, relationship, merge) failing once, as a full disk, an aborted
// transaction and a connection closed for an upgrade would: an alert under the control says why,
// the typed name or the choice stays, nothing is stored, and the next try goes through.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { openViewDrafts } from '../../../src/browser/view-drafts';
import { LatitudeDb } from '../../../src/db/database';
import { addPeopleNamedInEntries } from '../../../src/db/people';
import { LogApp } from '../../../src/ui/log/LogApp';
import { isolatedIdb } from '../../fixtures/db/isolated';
import { injectWriteFault, type WriteFailure } from '../../fixtures/faults';
import { makeEntry, nextTestId, testId } from '../../fixtures/log-entries';

// Several views and live queries per test: give them time on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

const clock = { now: () => new Date('2025-06-01T12:00:00.000Z'), newId: nextTestId };

const WHY: Record<WriteFailure, string> = {
  quota: 'the browser has no storage space left for Latitude. Free some disk space, then try again.',
  abort: 'the browser stopped the write before it finished. Try again.',
  'version-change': 'Latitude was updated in another window. Reload this view, then try again.',
};

async function openPerson(name: string) {
  const db = new LatitudeDb('latitude', isolatedIdb());
  const fault = injectWriteFault(db);
  await db.entries.bulkAdd([
    makeEntry({ id: testId(1), kind: 'feedback', person: 'Ana Lima', relationship: 'manager' }),
    makeEntry({ id: testId(2), kind: 'note', person: 'Bo Chen' }),
  ]);
  await addPeopleNamedInEntries(db, { now: clock.now(), newId: nextTestId });
  const person = (await db.people.toArray()).find((p) => p.name === name)!;
  window.history.replaceState(null, '', `/log.html#/people/${person.id}`);
  const drafts = openViewDrafts('log', { every: () => () => undefined });
  render(<LogApp db={db} clock={clock} drafts={drafts} />);
  await screen.findByRole('heading', { name });
  return { db, fault, person };
}

describe.each(['quota', 'abort', 'version-change'] as const)('the person page, a write failing as %s', (failure) => {
  it('Rename: says why under the name, keeps the name typed, renames nothing', async () => {
    const { db, fault, person } = await openPerson('Ana Lima');
    const name = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'Ana Souza' } });
    fault.failNext({ table: 'people', failure });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      `Not renamed: ${WHY[failure]} The name you typed is kept.`,
    );
    expect(name.value).toBe('Ana Souza');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect((await db.people.get(person.id))?.name).toBe('Ana Lima');
    expect((await db.entries.get(testId(1)))?.person).toBe('Ana Lima');

    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByRole('heading', { name: 'Ana Souza' })).toBeTruthy();
    expect((await db.entries.get(testId(1)))?.person).toBe('Ana Souza');
  });

  it('Relationship: says why under the choice, keeps it chosen, stores nothing', async () => {
    const { db, fault, person } = await openPerson('Ana Lima');
    const relationship = screen.getByRole('combobox', { name: 'Relationship' }) as HTMLSelectElement;
    fault.failNext({ table: 'people', failure });
    fireEvent.change(relationship, { target: { value: 'skip' } });

    expect((await screen.findByRole('alert')).textContent).toBe(
      `Relationship not saved: ${WHY[failure]} Your choice is kept.`,
    );
    expect(relationship.value).toBe('skip');
    expect((await db.people.get(person.id))?.relationship).toBe('manager');
  });

  it('Merge: says why under the choice, keeps it, merges nothing', async () => {
    const { db, fault, person } = await openPerson('Bo Chen');
    const merge = screen.getByRole('combobox', { name: 'Merge into' }) as HTMLSelectElement;
    await waitFor(() => expect(within(merge).getAllByRole('option')).toHaveLength(2));
    const ana = within(merge).getByRole('option', { name: 'Ana Lima' }) as HTMLOptionElement;
    fireEvent.change(merge, { target: { value: ana.value } });
    fault.failNext({ failure });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));

    expect((await screen.findByRole('alert')).textContent).toBe(`Not merged: ${WHY[failure]} Your choice is kept.`);
    expect(merge.value).toBe(ana.value);
    expect((await db.people.get(person.id))?.deletedAt).toBeUndefined();
    expect((await db.entries.get(testId(2)))?.person).toBe('Bo Chen');

    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByRole('heading', { name: 'Ana Lima' })).toBeTruthy();
    expect((await db.entries.get(testId(2)))?.person).toBe('Ana Lima');
  });
});

describe('the person page, a person changed in another view', () => {
  it('refuses a rename begun before, keeps the name typed, and Save mine anyway renames', async () => {
    const { db, person } = await openPerson('Ana Lima');
    const name = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'Ana Souza' } });
    const stored = (await db.people.get(person.id))!;
    await db.people.put({ ...stored, relationship: 'peer' });

    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This person changed in another view: now Ana Lima, Peer. The name you typed is not saved yet: Save mine anyway renames them to it.',
    );
    expect(name.value).toBe('Ana Souza');
    expect((await db.people.get(person.id))?.name).toBe('Ana Lima');

    fireEvent.click(screen.getByRole('button', { name: 'Save mine anyway' }));
    expect(await screen.findByRole('heading', { name: 'Ana Souza' })).toBeTruthy();
    expect(await db.people.get(person.id)).toMatchObject({ name: 'Ana Souza', relationship: 'peer' });
  });
});
