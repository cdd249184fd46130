import { fireEvent, render, screen } from '@testing-library/preact';
import type { Entry } from '../../../src/domain/entry';
import { LogApp } from '../../../src/ui/log/LogApp';
import { linesLeftOpen } from '../../fixtures/bidi';
import { makeActionItem, makeConversation, makePerson } from '../../fixtures/db/records';
import { freshDb, makeEntry, nextTestId, testId } from '../../fixtures/log-entries';

const clock = { now: () => new Date(2025, 5, 1, 12, 0), newId: nextTestId };

const dana = makePerson(40, { name: 'Dana Ross' });
const talk = makeConversation(41, {
  personId: dana.id,
  date: '2025-05-30',
  agenda: { pinned: [], hidden: [], own: [{ id: 'own-1', text: 'Ask about the staff path' }] },
});
const entries = (): Entry[] => [
  makeEntry({
    id: testId(1),
    occurredOn: '2025-05-30',
    text: 'Shipped the billing \u202enoitargim',
    energy: 2,
    areas: ['site-reliability'],
  }),
  makeEntry({
    id: testId(2),
    occurredOn: '2025-05-30',
    kind: 'note',
    text: 'Agreed to pair on the RFC',
    conversationId: talk.id,
  }),
  makeEntry({ id: testId(3), occurredOn: '2025-04-02', kind: 'talent', text: 'Explaining systems to new hires' }),
];

async function openLog(url = '/log.html') {
  window.history.replaceState(null, '', url);
  const db = freshDb();
  await db.entries.bulkPut(entries());
  await db.conversations.put(talk);
  await db.people.put(dana);
  await db.actionItems.put(
    makeActionItem(42, { text: 'Send the RFC draft', conversationId: talk.id, personId: dana.id, dueOn: '2025-06-05' }),
  );
  await db.areas.put({
    id: 'site-reliability',
    name: 'Site reliability',
    createdAt: talk.createdAt,
    updatedAt: talk.updatedAt,
  });
  const downloads: { blob: Blob; filename: string }[] = [];
  render(<LogApp db={db} clock={clock} download={(blob, filename) => downloads.push({ blob, filename })} />);
  await screen.findByText('Explaining systems to new hires');
  return downloads;
}

describe('the log page: Download Markdown', () => {
  it('downloads the whole log with its 1:1s, action items, own points, energy and area names', async () => {
    const downloads = await openLog();
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect((await screen.findByText(/^Downloaded /)).textContent).toBe(
      'Downloaded latitude-log-2025-06-01.md (3 entries).',
    );
    expect(downloads.map((d) => d.filename)).toEqual(['latitude-log-2025-06-01.md']);
    expect(downloads[0]!.blob.type).toBe('text/markdown');
    const markdown = await downloads[0]!.blob.text();
    expect(markdown).toContain('- 2025-05-30, Win: Shipped the billing \u202enoitargim\u202c\n');
    expect(markdown).toContain('  - Energy: very energizing (+2)\n  - Areas: Site reliability\n');
    expect(markdown).toContain('### 1:1 with Dana Ross, 2025-05-30');
    expect(markdown).toContain('- Note: Agreed to pair on the RFC');
    expect(markdown).toContain('- [ ] Send the RFC draft (mine, open, due 2025-06-05, with Dana Ross)');
    expect(markdown).toContain('- [ ] Ask about the staff path (open)');
    expect(linesLeftOpen(markdown)).toEqual([]);
  });

  it('downloads what the view shows: the filters of the address, and a search', async () => {
    const downloads = await openLog('/log.html?kind=talent');
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await screen.findByText('Downloaded latitude-log-filtered-2025-06-01.md (1 entry).');
    const filtered = await downloads[0]!.blob.text();
    expect(filtered).toContain('Filtered to kind Talent.');
    expect(filtered).toContain('Explaining systems');
    expect(filtered).not.toContain('billing');
    expect(filtered).not.toContain('## Conversations');

    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: '' } });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'pair rfc' } });
    await screen.findByRole('list', { name: 'Search results' });
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await screen.findByText(/\(1 entry\)\.$/);
    const searched = await downloads[1]!.blob.text();
    expect(searched).toContain('Filtered to search “pair rfc”.');
    expect(searched).toContain('- 2025-05-30, Note: Agreed to pair on the RFC');
    expect(searched).not.toContain('Explaining systems');
    // The 1:1 the note was captured in comes with it.
    expect(searched).toContain('### 1:1 with Dana Ross, 2025-05-30');
  });

  it('says plainly when the file cannot be made, and downloads nothing', async () => {
    window.history.replaceState(null, '', '/log.html');
    const db = freshDb();
    await db.entries.bulkPut(entries());
    const downloads: unknown[] = [];
    render(<LogApp db={db} clock={clock} download={() => downloads.push(1)} />);
    await screen.findByText('Explaining systems to new hires');
    db.close();
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^The Markdown could not be made: .+\. Nothing was downloaded; try again\.$/,
    );
    expect(downloads).toEqual([]);
  });
});
