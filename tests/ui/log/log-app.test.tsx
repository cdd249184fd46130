import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Entry } from '../../../src/domain/entry';
import { LogApp } from '../../../src/ui/log/LogApp';
import { freshDb, makeEntry, nextTestId, testId } from '../../fixtures/log-entries';

const clock = { now: () => new Date('2025-06-01T12:00:00.000Z'), newId: nextTestId };

async function openLog(entries: Entry[], url = '/log.html') {
  window.history.replaceState(null, '', url);
  const db = freshDb();
  await db.entries.bulkPut(entries);
  render(<LogApp db={db} clock={clock} />);
  return db;
}

const entries = () => [
  makeEntry({
    id: testId(1),
    occurredOn: '2025-05-30',
    text: 'Shipped the billing migration',
    tags: ['billing'],
    areas: ['coding'],
  }),
  makeEntry({
    id: testId(2),
    occurredOn: '2025-05-28',
    kind: 'feedback',
    text: 'Keep running the design reviews',
    person: 'Ana Lima',
    signal: 'keep',
  }),
  makeEntry({
    id: testId(3),
    occurredOn: '2025-04-02',
    kind: 'talent',
    text: 'Explaining systems to new hires',
    tags: ['mentoring'],
  }),
];

/** The log's entries (their tag chips are list items too, one level down). */
const entryItems = (container: HTMLElement = document.body) =>
  within(container)
    .queryAllByRole('listitem')
    .filter((item) => item.classList.contains('log-entry'));

const entryTexts = () => entryItems().map((item) => item.querySelector('.entry-text')?.textContent);

describe('the log page', () => {
  it('lists entries newest first, grouped by week, with counts per kind', async () => {
    await openLog(entries());
    expect(await screen.findByText('Shipped the billing migration')).toBeTruthy();
    expect(entryTexts()).toEqual([
      'Shipped the billing migration',
      'Keep running the design reviews',
      'Explaining systems to new hires',
    ]);
    expect(screen.getByRole('heading', { name: /Week of 26 May 2025/ }).textContent).toContain('1 win, 1 feedback');
    expect((await screen.findByText(/3 entries:/)).textContent).toBe('3 entries: 1 win, 1 feedback, 1 talent note');
  });

  it('teaches the four ways to capture when the log is empty', async () => {
    await openLog([]);
    expect(await screen.findByRole('heading', { name: 'Nothing logged yet' })).toBeTruthy();
    expect(screen.getByText(/address bar/)).toBeTruthy();
  });

  it('searches with typos and prefixes, ranks, and highlights the matched words', async () => {
    await openLog(entries());
    const box = await screen.findByRole('searchbox', { name: 'Search' });
    fireEvent.focus(box);
    fireEvent.input(box, { target: { value: 'migr' } });
    const results = await screen.findByRole('list', { name: 'Search results' });
    const items = entryItems(results);
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('mark')?.textContent).toBe('migration');
    expect(window.location.search).toBe('?q=migr');

    fireEvent.input(box, { target: { value: 'explianing' } }); // a typo
    await waitFor(() => expect(entryTexts()).toEqual(['Explaining systems to new hires']));
    fireEvent.input(box, { target: { value: 'ana' } }); // a person's name
    await waitFor(() => expect(entryTexts()).toEqual(['Keep running the design reviews']));
  });

  it('filters by kind and tag, shows the filter in the URL, and reopens from it', async () => {
    await openLog(entries());
    await screen.findByText('Shipped the billing migration');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'feedback' } });
    await waitFor(() => expect(entryTexts()).toEqual(['Keep running the design reviews']));
    expect(window.location.search).toBe('?kind=feedback');

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(entryTexts()).toHaveLength(3));
    expect(window.location.search).toBe('');
  });

  it('opens a bookmarked view with its search and filters combined', async () => {
    await openLog(
      [
        ...entries(),
        makeEntry({ id: testId(4), occurredOn: '2025-05-01', text: 'Billing dashboards', tags: ['billing'] }),
      ],
      '/log.html?q=billing&tag=billing&period=last-30-days',
    );
    expect((await screen.findByRole('searchbox', { name: 'Search' })) as HTMLInputElement).toHaveProperty(
      'value',
      'billing',
    );
    expect((screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement).value).toBe('billing');
    await waitFor(() => expect(entryTexts()).toEqual(['Shipped the billing migration']));
  });

  it('edits an entry in place, keeping a refused value and saying why', async () => {
    const db = await openLog(entries());
    const item = (await screen.findByText('Shipped the billing migration')).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Edit' }));
    const text = await within(item).findByRole('textbox', { name: 'Entry text' });
    fireEvent.input(text, { target: { value: '   ' } });
    const link = within(item).getByRole('textbox', { name: 'Evidence link' });
    fireEvent.input(link, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save changes' }));

    expect((await within(item).findByText('Write something first: the entry is empty.')).getAttribute('role')).toBe(
      'alert',
    );
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect((text as HTMLTextAreaElement).value).toBe('   ');
    expect(link.getAttribute('aria-invalid')).toBe('true');
    expect(within(item).getByText('Evidence link is not valid.')).toBeTruthy();
    expect((await db.entries.get(testId(1)))?.text).toBe('Shipped the billing migration');

    fireEvent.input(text, { target: { value: 'Shipped the billing migration two weeks early' } });
    fireEvent.input(link, { target: { value: 'https://example.com/pr/42' } });
    fireEvent.change(within(item).getByRole('combobox', { name: 'Scope' }), { target: { value: 'org' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Shipped the billing migration two weeks early')).toBeTruthy();
    expect(await db.entries.get(testId(1))).toMatchObject({
      text: 'Shipped the billing migration two weeks early',
      evidenceUrl: 'https://example.com/pr/42',
      scope: 'org',
      updatedAt: '2025-06-01T12:00:00.000Z',
    });
  });

  it('deletes an entry and brings it back with Undo', async () => {
    const db = await openLog(entries());
    const item = (await screen.findByText('Keep running the design reviews')).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Keep running the design reviews')).toBeNull());
    expect((await db.entries.get(testId(2)))?.deletedAt).toBe('2025-06-01T12:00:00.000Z');

    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Keep running the design reviews')).toBeTruthy();
    expect(await db.entries.get(testId(2))).not.toHaveProperty('deletedAt');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('says so when a delete cannot be stored, and keeps the entry', async () => {
    const db = await openLog(entries());
    const item = (await screen.findByText('Keep running the design reviews')).closest('li')!;
    db.close();
    fireEvent.click(within(item).getByRole('button', { name: 'Delete' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Deleting failed: .*Nothing was changed\.$/);
    expect(screen.getByText('Keep running the design reviews')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('tags, re-kinds and deletes selected entries in bulk, with Undo', async () => {
    const db = await openLog(entries());
    await screen.findByText('Shipped the billing migration');
    for (const text of ['Shipped the billing migration', 'Explaining systems to new hires']) {
      const item = screen.getByText(text).closest('li')!;
      fireEvent.click(within(item).getByRole('checkbox', { name: /Select/ }));
    }
    expect(await screen.findByText('2 selected')).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Tag to add' }), { target: { value: 'q2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(await screen.findByText('2 entries tagged.')).toBeTruthy();
    expect((await db.entries.get(testId(3)))?.tags).toEqual(['mentoring', 'q2']);

    fireEvent.change(screen.getByRole('combobox', { name: 'New kind' }), { target: { value: 'note' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change kind' }));
    expect(await screen.findByText('2 entries changed.')).toBeTruthy();
    expect((await db.entries.get(testId(1)))?.kind).toBe('note');

    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    expect(await screen.findByText('2 entries deleted.')).toBeTruthy();
    await waitFor(() => expect(entryTexts()).toEqual(['Keep running the design reviews']));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(entryTexts()).toHaveLength(3));
  });
});

describe('captured text that looks like markup', () => {
  const hostile = [
    makeEntry({
      id: testId(10),
      text: '<img src=x onerror=alert(1)> shipped',
      tags: ['<b>bold</b>'],
      source: { url: 'https://example.com/', title: '<script>alert("title")</script>' },
    }),
    makeEntry({ id: testId(11), text: '<script>alert(1)</script> reviewed the img pipeline' }),
  ];

  it('stays text in the list, in search results and in highlights', async () => {
    await openLog(hostile);
    expect(await screen.findByText('<img src=x onerror=alert(1)> shipped')).toBeTruthy();

    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.input(box, { target: { value: 'img script' } });
    const results = await screen.findByRole('list', { name: 'Search results' });
    await waitFor(() => expect(entryItems(results)).toHaveLength(2));
    const marks = [...results.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(expect.arrayContaining(['img', 'script']));
    expect(document.querySelector('main img, main script, main b')).toBeNull();
    expect(results.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(results.textContent).toContain('<script>alert("title")</script>');
  });
});

describe('searching with odd characters', () => {
  it('finds quotes, regex symbols, emoji and right-to-left text, and never breaks', async () => {
    await openLog([
      makeEntry({ id: testId(20), text: 'Fixed the (a+b)* regex in "parser" for c++ 🎉' }),
      makeEntry({ id: testId(21), text: 'משוב מצוין על ההרצאה' }),
      makeEntry({ id: testId(22), text: 'Ran the café workshop' }),
    ]);
    const box = await screen.findByRole('searchbox', { name: 'Search' });
    const search = async (query: string, expected: string[]) => {
      fireEvent.input(box, { target: { value: query } });
      await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe(query));
      await waitFor(() => expect(entryTexts()).toEqual(expected));
    };
    await search('🎉', ['Fixed the (a+b)* regex in "parser" for c++ 🎉']);
    await search('"parser"', ['Fixed the (a+b)* regex in "parser" for c++ 🎉']);
    await search('(a+b)*', ['Fixed the (a+b)* regex in "parser" for c++ 🎉']);
    await search('מצוין', ['משוב מצוין על ההרצאה']);
    await search('cafe', ['Ran the café workshop']);
    await search('[.*?', []);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('feedback about a win', () => {
  const talk = makeEntry({
    id: testId(30),
    occurredOn: '2025-05-20',
    text: 'Gave the KubeCon talk on our rollout model',
  });
  const older = makeEntry({
    id: testId(31),
    occurredOn: '2025-02-03',
    text: `Wrote the on-call handbook ${'and its runbooks '.repeat(6)}`,
  });
  const praise = makeEntry({
    id: testId(32),
    occurredOn: '2025-05-28',
    kind: 'feedback',
    text: 'Clearest explanation of our rollout model I have heard',
    person: 'Priya',
  });
  const itemOf = async (text: string) => (await screen.findByText(text)).closest('li')!;

  async function editAbout(item: HTMLElement) {
    fireEvent.click(within(item).getByRole('button', { name: 'Edit' }));
    const about = (await within(item).findByRole('combobox', { name: 'About a win' })) as HTMLSelectElement;
    await waitFor(() => expect(within(about).queryByRole('option', { name: 'Loading wins…' })).toBeNull());
    return about;
  }

  it('links a piece of feedback to a win in the editor, shows it in the log, and clears it', async () => {
    const db = await openLog([talk, older, praise]);
    const item = await itemOf(praise.text);
    const about = await editAbout(item);
    expect(
      within(about)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'No win in particular',
      '2025-05-20 · Gave the KubeCon talk on our rollout model',
      `2025-02-03 · ${'Wrote the on-call handbook and its runbooks and its runbooks and its runbooks and'.slice(0, 79)}…`,
    ]);
    expect(about.value).toBe('');

    fireEvent.change(about, { target: { value: talk.id } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('About: Gave the KubeCon talk on our rollout model')).toBeTruthy();
    expect((await db.entries.get(praise.id))?.about).toEqual([talk.id]);

    const again = await editAbout(item);
    expect(again.value).toBe(talk.id);
    fireEvent.change(again, { target: { value: '' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByText(/^About:/)).toBeNull());
    expect(await db.entries.get(praise.id)).not.toHaveProperty('about');
  });

  it('offers the field for feedback only', async () => {
    await openLog([talk, praise]);
    const item = await itemOf(talk.text);
    fireEvent.click(within(item).getByRole('button', { name: 'Edit' }));
    await within(item).findByRole('textbox', { name: 'Entry text' });
    expect(within(item).queryByRole('combobox', { name: 'About a win' })).toBeNull();
    // The win itself becomes feedback: it may be about other wins, never about itself.
    fireEvent.change(within(item).getByRole('combobox', { name: 'Kind' }), { target: { value: 'feedback' } });
    const about = await within(item).findByRole('combobox', { name: 'About a win' });
    await waitFor(() =>
      expect(
        within(about)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['No win in particular']),
    );
  });

  it('keeps a link to a win deleted since, saying so, until it is changed', async () => {
    const gone = { ...talk, deletedAt: '2025-05-29T10:00:00.000Z' };
    const linked = { ...praise, about: [talk.id] };
    const db = await openLog([gone, older, linked]);
    expect(await screen.findByText('About: a deleted win')).toBeTruthy();

    const item = await itemOf(praise.text);
    const about = await editAbout(item);
    expect(about.value).toBe(talk.id);
    expect(about.selectedOptions[0]?.textContent).toBe('A deleted win');
    fireEvent.input(within(item).getByRole('textbox', { name: 'Entry text' }), {
      target: { value: 'The clearest explanation of our rollout model' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('The clearest explanation of our rollout model')).toBeTruthy();
    expect((await db.entries.get(praise.id))?.about).toEqual([talk.id]);
  });

  it('shows the linked win as text, never as markup', async () => {
    const hostile = makeEntry({
      id: testId(33),
      occurredOn: '2025-05-21',
      text: '<img src=x onerror=alert(1)> shipped',
    });
    await openLog([hostile, { ...praise, about: [hostile.id] }]);
    expect(await screen.findByText('About: <img src=x onerror=alert(1)> shipped')).toBeTruthy();
    expect(document.querySelector('main img')).toBeNull();
  });
});
