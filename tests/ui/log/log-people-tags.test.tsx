import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Entry } from '../../../src/domain/entry';
import { LogApp } from '../../../src/ui/log/LogApp';
import { freshDb, makeEntry, nextTestId, testId } from '../../fixtures/log-entries';

const clock = { now: () => new Date('2025-06-01T12:00:00.000Z'), newId: nextTestId };

async function openLog(entries: Entry[], url: string) {
  window.history.replaceState(null, '', url);
  const db = freshDb();
  await db.entries.bulkPut(entries);
  render(<LogApp db={db} clock={clock} />);
  return db;
}

const entries = () => [
  makeEntry({
    id: testId(1),
    kind: 'feedback',
    person: 'Ana Lima',
    relationship: 'manager',
    text: 'Keep the design reviews',
    signal: 'keep',
    tags: ['reviews'],
  }),
  makeEntry({ id: testId(2), kind: 'feedback', person: 'ana lima', text: 'Start writing more docs', tags: ['Docs'] }),
  makeEntry({ id: testId(3), kind: 'note', person: 'B. Chen', text: 'Asked about the roadmap', tags: ['docs'] }),
];

describe('people in the log', () => {
  it('lists people named in entries, and a person page shows their feedback and 1:1s', async () => {
    const db = await openLog(entries(), '/log.html#/people');
    const list = await screen.findByRole('list', { name: 'People' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list.textContent).toContain('Ana Lima');
    expect(list.textContent).toContain('Manager · 2 entries');

    const ana = (await db.people.toArray()).find((p) => p.name === 'Ana Lima')!;
    await db.conversations.put({
      id: testId(50),
      createdAt: clock.now().toISOString(),
      updatedAt: clock.now().toISOString(),
      kind: 'one-on-one',
      personId: ana.id,
      date: '2025-05-20',
      title: 'Quarterly check-in',
      agenda: { pinned: [], hidden: [] },
      notes: '',
    });
    window.location.hash = `#/people/${ana.id}`;
    expect(await screen.findByRole('heading', { name: 'Ana Lima' })).toBeTruthy();
    const feedback = await screen.findByRole('list', { name: 'Feedback' });
    await waitFor(() => expect(within(feedback).getAllByRole('listitem')).toHaveLength(2));
    expect((await screen.findByRole('list', { name: 'Conversations' })).textContent).toContain('Quarterly check-in');
  });

  it('renames a person everywhere, and refuses an empty name at the field', async () => {
    const db = await openLog(entries(), '/log.html#/people');
    const link = await screen.findByRole('link', { name: 'Ana Lima' });
    window.location.hash = link.getAttribute('href')!;
    const name = await screen.findByRole('textbox', { name: 'Name' });

    fireEvent.input(name, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A name cannot be empty.');
    expect(name.getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(name, { target: { value: 'Ana Souza' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByRole('heading', { name: 'Ana Souza' })).toBeTruthy();
    expect((await db.entries.bulkGet([testId(1), testId(2)])).map((e) => e?.person)).toEqual([
      'Ana Souza',
      'Ana Souza',
    ]);
  });

  it('merges one person into another', async () => {
    const db = await openLog(entries(), '/log.html#/people');
    window.location.hash = (await screen.findByRole('link', { name: 'B. Chen' })).getAttribute('href')!;
    const merge = await screen.findByRole('combobox', { name: 'Merge into' });
    await waitFor(() => expect(within(merge).getAllByRole('option')).toHaveLength(2));
    const ana = within(merge).getByRole('option', { name: 'Ana Lima' }) as HTMLOptionElement;
    fireEvent.change(merge, { target: { value: ana.value } });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByRole('heading', { name: 'Ana Lima' })).toBeTruthy();
    expect((await db.entries.get(testId(3)))?.person).toBe('Ana Lima');
  });
});

describe('tags and areas', () => {
  it('renames a tag, merging it into an existing one', async () => {
    const db = await openLog(entries(), '/log.html#/tags');
    const tags = await screen.findByRole('list', { name: 'Tags' });
    await waitFor(() => expect(within(tags).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(within(tags).getByRole('button', { name: 'Rename reviews' }));
    fireEvent.input(await screen.findByRole('combobox', { name: 'New name for #reviews' }), {
      target: { value: 'docs' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('#reviews is now #docs on 1 entry.')).toBeTruthy();
    expect((await db.entries.get(testId(1)))?.tags).toEqual(['docs']);
    await waitFor(() => expect(within(tags).getAllByRole('listitem')).toHaveLength(1));
  });

  it('adds an own area, which then shows in the filters and the editor', async () => {
    await openLog(entries(), '/log.html#/tags');
    const name = await screen.findByRole('textbox', { name: 'New area' });
    fireEvent.input(name, { target: { value: 'Teaching' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add area' }));
    expect((await screen.findByRole('alert')).textContent).toBe('There is already an area called Teaching.');

    fireEvent.input(name, { target: { value: 'Site reliability' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add area' }));
    expect(await screen.findByText('Area Site reliability added.')).toBeTruthy();

    window.location.hash = '#/';
    const area = await screen.findByRole('combobox', { name: 'Area' });
    await waitFor(() => expect(within(area).getByRole('option', { name: 'Site reliability' })).toBeTruthy());
    const item = (await screen.findByText('Asked about the roadmap')).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Edit' }));
    expect(await within(item).findByRole('checkbox', { name: 'Site reliability' })).toBeTruthy();
  });
});
