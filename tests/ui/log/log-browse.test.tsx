import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LatitudeDb } from '../../../src/db/database';
import { LogApp } from '../../../src/ui/log/LogApp';
import { LOG_PAGE_SIZE } from '../../../src/ui/log/log-state';
import { makeFeedback, makeWin } from '../../fixtures/entries';

let db: LatitudeDb;
beforeEach(() => {
  db = new LatitudeDb();
  window.history.replaceState(null, '', '/log.html');
});
afterEach(() => db.close());

/** The log's entries, across its week groups (an entry's tag chips are list items too). */
async function entryItems(): Promise<HTMLElement[]> {
  const region = await screen.findByRole('region', { name: 'Entries' });
  await within(region).findAllByRole('listitem');
  return within(region)
    .getAllByRole('listitem')
    .filter((item) => item.classList.contains('log-entry'));
}

function day(n: number): string {
  return new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
}

describe('LogApp', () => {
  it('lists entries newest first, each with its kind and text', async () => {
    await db.entries.bulkPut([
      makeWin({ text: 'Older win', occurredOn: '2025-03-01', tags: ['billing'] }),
      makeFeedback({ text: 'Keep the demos', occurredOn: '2025-03-10' }),
      makeWin({ text: 'Deleted', occurredOn: '2025-03-11', deletedAt: '2025-03-12T00:00:00.000Z' }),
    ]);
    render(<LogApp db={db} />);

    const items = await entryItems();
    expect(items.map((item) => item.tagName)).toEqual(['LI', 'LI']);
    expect(items.map((item) => item.querySelector('.kind')?.textContent)).toEqual(['Feedback', 'Win']);
    expect(items.map((item) => item.querySelector('.entry-text')?.textContent)).toEqual([
      'Keep the demos',
      'Older win',
    ]);
    expect(screen.getByText('#billing')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull();
  });

  it(`shows ${LOG_PAGE_SIZE} entries at a time, and older ones on request`, async () => {
    const total = LOG_PAGE_SIZE + 5;
    await db.entries.bulkPut(
      Array.from({ length: total }, (_, i) => makeWin({ text: `Win on day ${i}`, occurredOn: day(i) })),
    );
    render(<LogApp db={db} />);

    expect(await entryItems()).toHaveLength(LOG_PAGE_SIZE);
    expect((await entryItems())[0]?.textContent).toContain(`Win on day ${total - 1}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Show older entries' }));
    await waitFor(async () => expect(await entryItems()).toHaveLength(total));
    expect((await entryItems()).at(-1)?.textContent).toContain('Win on day 0');
    expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull();
  });

  it('explains how to capture when the log is empty', async () => {
    render(<LogApp db={db} />);
    expect(await screen.findByRole('heading', { name: 'Nothing logged yet' })).toBeTruthy();
    expect(document.querySelector('li.log-entry')).toBeNull();
  });

  it('renders a hostile page title and text as text, and links only the http(s) page', async () => {
    await db.entries.put(
      makeWin({
        text: '<img src=x onerror="alert(1)">',
        source: { url: 'https://example.com/x', title: '<b onmouseover="alert(2)">title</b>' },
      }),
    );
    render(<LogApp db={db} />);
    const [item] = await entryItems();
    expect(item?.querySelector('.entry-text')?.textContent).toBe('<img src=x onerror="alert(1)">');
    const link = await screen.findByRole('link', { name: '<b onmouseover="alert(2)">title</b>' });
    expect(link.getAttribute('href')).toBe('https://example.com/x');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(document.querySelector('img, b')).toBeNull();
  });
});
