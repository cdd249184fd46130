import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LatitudeDb } from '../../../src/db/database';
import type { AppClock } from '../../../src/ui/kit/app-env';
import { PrepApp } from '../../../src/ui/prep/PrepApp';
import type { TextExporter } from '../../../src/browser/text-export';
import { FIXTURE_NOW, fixtureActionItems, fixtureEntries, fixturePeople } from '../../fixtures/prep-log';

let ids = 0;
const clock: AppClock = {
  now: () => FIXTURE_NOW,
  newId: () => `10000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
};

function fakeExporter() {
  const copied: string[] = [];
  const downloads: { name: string; text: string; type: string }[] = [];
  const exporter: TextExporter = {
    copy: async (text) => {
      copied.push(text);
    },
    download: (name, text, type) => downloads.push({ name, text, type }),
  };
  return { exporter, copied, downloads };
}

let dbs = 0;

/** A database of its own per test: Dexie keeps the IndexedDB factory it first saw. */
async function seeded(entries = fixtureEntries): Promise<LatitudeDb> {
  const db = new LatitudeDb(`prep-ui-test-${++dbs}`);
  await db.entries.bulkPut(entries);
  await db.people.bulkPut(fixturePeople);
  await db.actionItems.bulkPut(fixtureActionItems);
  return db;
}

function renderPrep(db: LatitudeDb, exporter = fakeExporter().exporter) {
  return render(
    <PrepApp
      db={db}
      clock={clock}
      exporter={exporter}
      win={{ location: window.location, history: window.history, print: vi.fn() }}
    />,
  );
}

/** The list item of the point whose text is `text`. */
async function pointItem(text: string): Promise<HTMLElement> {
  const node = await screen.findByText(text, { selector: '.point-text, .point-text *' });
  return node.closest('li')!;
}

beforeEach(() => {
  window.history.replaceState(null, '', '#');
});

describe('the prep page', () => {
  it('offers the four conversations and shows a promotion prep as sections with headings', async () => {
    renderPrep(await seeded());
    const kind = await screen.findByRole('combobox', { name: 'Conversation' });
    expect(
      within(kind)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Promotion', 'Lateral move', 'Step-down', 'Review']);
    expect(await screen.findByRole('heading', { name: 'Impact at the widest scope' })).toBeTruthy();
    for (const name of [
      'Say first',
      'What your log says',
      'What others said',
      'Gaps raised, and what I did about them',
      'The ask',
      'Self vs others',
    ]) {
      // Self vs others follows the conversation's own points a frame later.
      expect(await screen.findByRole('heading', { name })).toBeTruthy();
    }
    // This manager's log says the role drains them: the prep says so before the case.
    expect(screen.getByRole('heading', { name: 'Before you open this conversation' })).toBeTruthy();
    expect(screen.getByText(/but your log says this role drains you/)).toBeTruthy();
    // The talent map serves a lateral move or a step-down, not a promotion case.
    expect(screen.queryByRole('heading', { name: 'Talent map' })).toBeNull();
    expect(screen.getByRole('heading', { name: /Readiness: Getting there/ })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Period' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Person' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Target area' })).toBeNull();
  });

  it('switches through the kinds; a lateral move asks for a target area', async () => {
    renderPrep(await seeded());
    const kind = await screen.findByRole('combobox', { name: 'Conversation' });

    fireEvent.change(kind, { target: { value: 'lateral' } });
    const target = await screen.findByRole('combobox', { name: 'Target area' });
    // With no area chosen, the strongest pull in the log, and why.
    expect((target as HTMLSelectElement).value).toBe('teaching');
    expect(await screen.findByText(/Teaching has the strongest pull in your log/)).toBeTruthy();
    fireEvent.change(target, { target: { value: 'debugging' } });
    expect(await screen.findByRole('heading', { name: 'What I would bring to Debugging' })).toBeTruthy();
    expect(window.location.hash).toContain('target=debugging');
    expect(await screen.findByRole('heading', { name: 'Talent map' })).toBeTruthy();

    fireEvent.change(kind, { target: { value: 'step-down' } });
    expect(await screen.findByRole('heading', { name: 'It went well' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Where my talents give the most' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Set your roles in Settings' }).getAttribute('href')).toBe(
      '/options.html#roles',
    );

    fireEvent.change(kind, { target: { value: 'review' } });
    expect(await screen.findByRole('heading', { name: 'Design and documentation' })).toBeTruthy();
  });

  it('shows each point’s evidence and opens the entry in place', async () => {
    renderPrep(await seeded());
    const item = await pointItem(
      'I debugged the March checkout outage and wrote the postmortem (Recovered in 38 minutes).',
    );
    expect(within(item).getByText('Strong')).toBeTruthy();
    const evidence = within(item).getByRole('list', { name: 'Evidence' });
    const summary = within(evidence).getByText('2024-03-05').closest('summary')!;
    fireEvent.click(summary);
    const link = await within(evidence).findByRole('link', { name: 'Checkout outage postmortem' });
    expect(link.getAttribute('href')).toBe('https://wiki.example.com/postmortems/checkout-march');
    expect(within(evidence).getByText('Recovered in 38 minutes')).toBeTruthy();
  });

  it('keeps pins, hidden points, rewordings and own points across reloads', async () => {
    const db = await seeded();
    const first = renderPrep(db);

    const flaky = await pointItem('I fixed the flaky integration suite (CI time from 22 to 9 minutes).');
    fireEvent.click(within(flaky).getByRole('button', { name: 'Pin' }));
    await waitFor(() =>
      expect(within(flaky).getByRole('button', { name: 'Pin' }).getAttribute('aria-pressed')).toBe('true'),
    );

    const talk = await pointItem('I gave an internal talk on event sourcing.');
    fireEvent.click(within(talk).getByRole('button', { name: 'Hide' }));

    const billing = await pointItem(
      'I led the billing migration to the new ledger; the result: Invoice failures dropped (−40% failed invoices).',
    );
    fireEvent.click(within(billing).getByRole('button', { name: 'Reword' }));
    fireEvent.input(within(billing).getByRole('textbox', { name: 'Reworded point' }), {
      target: { value: 'Cut failed invoices by 40% with the ledger migration' },
    });
    fireEvent.click(within(billing).getByRole('button', { name: 'Save wording' }));

    fireEvent.input(screen.getByRole('textbox', { name: 'New point' }), {
      target: { value: 'Ask about the staff track' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add point' }));

    await waitFor(async () => {
      const stored = await db.conversations.toArray();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.agenda.own?.map((p) => p.text)).toEqual(['Ask about the staff track']);
    });
    first.unmount();

    renderPrep(db);
    const impact = (await screen.findByRole('heading', { name: 'Impact at the widest scope' })).closest('section')!;
    const points = within(impact)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('point'));
    expect(points[0]!.textContent).toContain('Pinned');
    expect(points[0]!.textContent).toContain('I fixed the flaky integration suite (CI time from 22 to 9 minutes).');
    expect(
      within(impact).queryByText('I gave an internal talk on event sourcing.', { selector: '.point-text' }),
    ).toBeNull();
    expect(within(impact).getByText('Hidden points (1)')).toBeTruthy();
    expect(within(impact).getByText('Cut failed invoices by 40% with the ledger migration')).toBeTruthy();
    expect(await screen.findByRole('checkbox', { name: 'Ask about the staff track' })).toBeTruthy();
  });

  it('copies and downloads the prep as Markdown', async () => {
    const { exporter, copied, downloads } = fakeExporter();
    renderPrep(await seeded(), exporter);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy Markdown' }));
    expect(await screen.findByText('Markdown copied')).toBeTruthy();
    expect(copied[0]).toMatch(/^# Promotion\n/);
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect(downloads).toEqual([{ name: 'latitude-promotion-2024-07-01.md', text: copied[0], type: 'text/markdown' }]);
    expect(await screen.findByText('Downloaded latitude-promotion-2024-07-01.md')).toBeTruthy();
  });

  it('turns an empty log into a list of what to capture', async () => {
    renderPrep(await seeded([]));
    expect(await screen.findByRole('heading', { name: /Readiness: Not yet/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What to capture next' })).toBeTruthy();
    expect(screen.getByText('No wins logged in this period.')).toBeTruthy();
  });

  it('renders captured markup as text', async () => {
    const evil = {
      ...fixtureEntries[1]!,
      id: '20000000-0000-4000-8000-000000000001',
      kind: 'win' as const,
      text: '<img src=x onerror="window.pwned=1"> **not bold**',
      occurredOn: '2024-06-01',
    };
    const { container } = renderPrep(await seeded([evil]));
    expect(await screen.findAllByText('<img src=x onerror="window.pwned=1"> **not bold**')).not.toHaveLength(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('reads a pasted reply into feedback entries, shown for review before saving', async () => {
    const db = await seeded([]);
    renderPrep(db);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Reply' }), {
      target: { value: 'Start: writing RFCs first\nKeep: the design reviews\nStop: Friday deploys' },
    });
    // A text box with suggestions (a datalist) is a combobox.
    fireEvent.input(screen.getByRole('combobox', { name: 'From' }), { target: { value: 'Ana Moreno' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read reply' }));

    const review = await screen.findByRole('form', { name: 'Feedback to save' });
    fireEvent.click(within(review).getByRole('checkbox', { name: /Friday deploys/ }));
    fireEvent.click(within(review).getByRole('button', { name: 'Save 2 feedback entries' }));

    expect(await screen.findByText('Saved 2 feedback entries')).toBeTruthy();
    const stored = await db.entries.toArray();
    expect(stored.map((e) => e.kind === 'feedback' && `${e.signal}: ${e.text} (${e.person})`).sort()).toEqual([
      'keep: The design reviews (Ana Moreno)',
      'start: Writing RFCs first (Ana Moreno)',
    ]);
  });

  it('asks for a valid custom period instead of guessing', async () => {
    renderPrep(await seeded());
    fireEvent.change(await screen.findByRole('combobox', { name: 'Period' }), { target: { value: 'custom' } });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Choose a start date on or before the end date.',
    );
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-03-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-03-31' } });
    expect(await screen.findByText(/2024-03-01 to 2024-03-31/)).toBeTruthy();
  });
});
