import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { createLastPersonStore } from '../../../src/browser/last-person-store';
import { savePrepAgenda } from '../../../src/db/conversations/agenda';
import { LatitudeDb } from '../../../src/db/database';
import { saveCapture } from '../../../src/db/entries/capture';
import { loadPrepSource } from '../../../src/db/prep-source';
import { buildPrep } from '../../../src/domain/prep/build-prep';
import { periodOfLastMonths } from '../../../src/domain/prep/period';
import { SidePanelApp } from '../../../src/ui/sidepanel/SidePanelApp';

import type { TextExporter } from '../../../src/browser/text-export';
import { createTestClock, FIXED_NOW } from '../../fixtures/clock';
import { makeFeedback, makeWin } from '../../fixtures/entries';
import {
  ANA,
  BO,
  BOS_ITEM,
  DONE_IN_FIRST,
  FIRST_TALK,
  OPEN_FROM_FIRST,
  OPEN_FROM_SECOND,
  SECOND_TALK,
} from '../../fixtures/one-on-ones';
import { testView } from '../../fixtures/view-drafts';

let db: LatitudeDb;
let copied: string[];
const exporter: TextExporter = {
  copy: async (text) => {
    copied.push(text);
  },
  download: () => {},
};

beforeEach(() => {
  db = new LatitudeDb();
  copied = [];
});
afterEach(() => db.close());

async function seedAna() {
  await db.people.bulkPut([ANA, BO]);
  await db.conversations.bulkPut([FIRST_TALK, SECOND_TALK]);
  await db.actionItems.bulkPut([OPEN_FROM_FIRST, DONE_IN_FIRST, OPEN_FROM_SECOND, BOS_ITEM]);
}

function openPanel(now: Date = FIXED_NOW) {
  // Ids from a random source: a panel opened again must not reuse the first panel's ids.
  const clock = { ...createTestClock(now), newId: () => crypto.randomUUID() };
  const view = testView('sidepanel');
  const rendered = render(
    <SidePanelApp db={db} drafts={view.views} lastPerson={createLastPersonStore()} clock={clock} exporter={exporter} />,
  );
  // Closing the panel gives up its drafts' lease, as the page's `pagehide` does.
  return {
    ...rendered,
    unmount: () => {
      rendered.unmount();
      view.close();
    },
  };
}

async function pick(name: string) {
  const select = await screen.findByRole('combobox', { name: 'Person' });
  await waitFor(() => expect(within(select).queryByRole('option', { name: new RegExp(`^${name} `) })).toBeTruthy());
  const option = within(select).getByRole('option', { name: new RegExp(`^${name} `) }) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
}

const textBox = () => screen.findByRole('textbox', { name: 'Entry text' });
async function type(box: Promise<HTMLElement>, value: string) {
  fireEvent.input(await box, { target: { value } });
}
async function expectSaved() {
  const capture = await screen.findByRole('form', { name: 'Capture' });
  await waitFor(() => expect(within(capture).getByRole('status').textContent).toBe('Saved'));
}
async function agenda() {
  return screen.findByRole('region', { name: 'Agenda' });
}

describe('side panel 1:1', () => {
  it("adds a person with their relationship, opens today's 1:1 and remembers the person", async () => {
    const first = openPanel();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Name' }), { target: { value: 'Chen' } });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Relationship' }), { target: { value: 'report' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add person' }));

    expect(await screen.findByRole('heading', { name: 'Today with Chen' })).toBeTruthy();
    const [chen] = await db.people.toArray();
    expect(chen).toMatchObject({ name: 'Chen', relationship: 'report' });
    await waitFor(async () =>
      expect(await db.conversations.toArray()).toEqual([
        expect.objectContaining({ kind: 'one-on-one', personId: chen!.id, date: '2025-03-12' }),
      ]),
    );
    first.unmount();

    openPanel();
    expect(await screen.findByRole('heading', { name: 'Today with Chen' })).toBeTruthy();
    expect(await db.conversations.count()).toBe(1);
  });

  it('refuses a blank name with an alert', async () => {
    openPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Add person' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/name cannot be empty/);
    expect(await db.people.count()).toBe(0);
  });

  it("carries open action items from two earlier 1:1s into today's agenda until ticked done", async () => {
    await seedAna();
    openPanel();
    await pick('Ana');
    const region = await agenda();
    const carried = await within(region).findByRole('list', { name: 'Open action items' });
    await waitFor(() =>
      expect(
        within(carried)
          .getAllByRole('checkbox')
          .map((box) => box.closest('label')?.textContent),
      ).toEqual(['Write the on-call RFC', 'Share the promotion criteria']),
    );
    expect(within(region).queryByText('Book the offsite')).toBeNull();
    expect(within(region).queryByText('Pair on the parser')).toBeNull();

    fireEvent.click(within(carried).getByRole('checkbox', { name: 'Write the on-call RFC' }));
    await waitFor(() => expect(within(region).queryByText('Write the on-call RFC')).toBeNull());
    expect((await db.actionItems.get(OPEN_FROM_FIRST.id))?.doneAt).toMatch(/^2025-03-12T/);

    // Earlier 1:1s are a click away, newest first.
    const history = await screen.findByRole('region', { name: 'Earlier 1:1s' });
    expect(
      within(history)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['2025-03-10', '2025-03-03']);
    fireEvent.click(within(history).getByRole('button', { name: '2025-03-03' }));
    expect(await screen.findByRole('heading', { name: 'Ana, 2025-03-03' })).toBeTruthy();
    expect(await screen.findByText('Book the offsite')).toBeTruthy();
  });

  it("carries an open item into the next day's conversation", async () => {
    await db.people.put(ANA);
    const first = openPanel();
    await pick('Ana');
    fireEvent.click(await screen.findByRole('radio', { name: 'Action item' }));
    await type(textBox(), 'Send the design doc');
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await expectSaved();
    first.unmount();

    openPanel(new Date(2025, 2, 13, 9, 0, 0));
    const region = await agenda();
    expect(await within(region).findByRole('checkbox', { name: 'Send the design doc' })).toBeTruthy();
    expect(await db.conversations.count()).toBe(2);
  });

  it("adds, reorders and ticks off the user's own agenda items", async () => {
    await seedAna();
    openPanel();
    await pick('Ana');
    const region = await agenda();
    for (const text of ['Team health', 'Conference budget']) {
      fireEvent.input(within(region).getByRole('textbox', { name: 'Agenda item' }), { target: { value: text } });
      fireEvent.click(within(region).getByRole('button', { name: 'Add to agenda' }));
      await within(region).findByRole('checkbox', { name: text });
    }
    const ownTexts = () =>
      within(within(region).getByRole('list', { name: 'Your points' }))
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent);
    expect(ownTexts()).toEqual(['Team health', 'Conference budget']);

    fireEvent.click(within(region).getByRole('button', { name: 'Move up: Conference budget' }));
    await waitFor(() => expect(ownTexts()).toEqual(['Conference budget', 'Team health']));
    fireEvent.click(within(region).getByRole('checkbox', { name: 'Team health' }));
    await waitFor(() =>
      expect(within(region).getByRole('checkbox', { name: 'Team health' })).toHaveProperty('checked', true),
    );

    fireEvent.click(within(region).getByRole('button', { name: 'Add to agenda' }));
    expect((await within(region).findByRole('alert')).textContent).toMatch(/Write the agenda item first/);
    const today = (await db.conversations.toArray()).find((c) => c.date === '2025-03-12');
    expect(today?.agenda.own).toEqual([
      expect.objectContaining({ text: 'Conference budget' }),
      expect.objectContaining({ text: 'Team health', done: true }),
    ]);
  });

  it("captures all five kinds into today's conversation, shown at once", async () => {
    await seedAna();
    openPanel();
    await pick('Ana');
    const kind = await screen.findByRole('radiogroup', { name: 'Kind' });
    expect(
      within(kind)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Note', 'Feedback', 'Win', 'Talent', 'Action item']);
    expect(within(kind).getByRole('radio', { name: 'Note' })).toHaveProperty('checked', true);

    const captures: [string, string][] = [
      ['Note', 'Reorg lands in April'],
      ['Feedback', 'Your RFCs are clear'],
      ['Win', 'Led the incident review'],
      ['Talent', 'Good at unblocking people'],
    ];
    for (const [label, text] of captures) {
      fireEvent.click(within(kind).getByRole('radio', { name: label }));
      await type(textBox(), text);
      fireEvent.keyDown(await textBox(), { key: 'Enter', ctrlKey: true });
      await expectSaved();
    }
    fireEvent.click(within(kind).getByRole('radio', { name: 'Action item' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Them' }));
    fireEvent.input(await screen.findByLabelText('Due date'), { target: { value: '2025-03-14' } });
    await type(textBox(), 'Ask finance about the budget');
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await expectSaved();

    const today = await screen.findByRole('region', { name: 'Today with Ana' });
    const captured = await within(today).findByRole('list', { name: 'Captured' });
    await waitFor(() => expect(within(captured).getAllByRole('listitem')).toHaveLength(4));
    expect(
      await within(await within(today).findByRole('list', { name: 'Action items' })).findByText(
        'Ask finance about the budget',
      ),
    ).toBeTruthy();

    const conversation = (await db.conversations.toArray()).find((c) => c.date === '2025-03-12')!;
    const entries = await db.entries.toArray();
    expect(entries.map((e) => e.kind).sort()).toEqual(['feedback', 'note', 'talent', 'win']);
    for (const entry of entries) expect(entry).toMatchObject({ conversationId: conversation.id, person: 'Ana' });
    expect(entries.find((e) => e.kind === 'feedback')).toMatchObject({ direction: 'received' });
    const item = (await db.actionItems.toArray()).find((i) => i.text === 'Ask finance about the budget');
    expect(item).toMatchObject({
      owner: 'them',
      dueOn: '2025-03-14',
      personId: ANA.id,
      conversationId: conversation.id,
    });
  });

  it('switches kind with Alt+Shift+number, and leaves Alt+number to the browser', async () => {
    await seedAna();
    openPanel();
    await pick('Ana');
    await textBox();
    fireEvent.keyDown(document, { key: '%', code: 'Digit5', altKey: true, shiftKey: true });
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Action item' })).toHaveProperty('checked', true));
    expect(screen.getByRole('radio', { name: 'Them' })).toBeTruthy();
    fireEvent.keyDown(document, { key: '@', code: 'Digit2', altKey: true, shiftKey: true });
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Feedback' })).toHaveProperty('checked', true));
    // Alt+digit switches tabs in Firefox and Chrome on Linux: the panel must not take it.
    const tabSwitch = new KeyboardEvent('keydown', {
      key: '1',
      code: 'Digit1',
      altKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.dispatchEvent(tabSwitch);
    expect(tabSwitch.defaultPrevented).toBe(false);
    expect(screen.getByRole('radio', { name: 'Feedback' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Note' }).getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+1');
  });

  it('refuses blank text with an alert, and keeps a half-typed note when the panel closes', async () => {
    await seedAna();
    const first = openPanel();
    await pick('Ana');
    await type(textBox(), '   ');
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/empty/);
    expect(await db.entries.count()).toBe(0);

    fireEvent.click(await screen.findByRole('radio', { name: 'Feedback' }));
    await type(textBox(), 'She said the demo was');
    first.unmount();

    openPanel();
    expect(await textBox()).toHaveProperty('value', 'She said the demo was');
    expect(await screen.findByRole('radio', { name: 'Feedback' })).toHaveProperty('checked', true);
    expect(localStorage.getItem('latitude:draft:popup')).toBeNull();
  });

  it('shows a capture made in another view at once', async () => {
    await seedAna();
    openPanel();
    await pick('Ana');
    const other = new LatitudeDb();
    const clock = createTestClock();
    await saveCapture(
      other,
      { kind: 'win', text: 'From the popup' },
      { now: clock.now(), newId: () => crypto.randomUUID() },
    );
    const latest = await screen.findByRole('region', { name: 'Latest entries' });
    expect(await within(latest).findByText('From the popup')).toBeTruthy();
    other.close();
  });

  it('shows commitments due within three days at the top', async () => {
    await seedAna();
    await db.actionItems.put({
      ...OPEN_FROM_SECOND,
      id: '00000000-0000-4000-8000-000000009999',
      text: 'Far away',
      dueOn: '2025-04-30',
    });
    openPanel();
    const due = await screen.findByRole('region', { name: 'Due soon' });
    await waitFor(() => expect(within(due).getByRole('checkbox', { name: 'Write the on-call RFC' })).toBeTruthy());
    expect(within(due).queryByText('Far away')).toBeNull();
    expect(within(due).getByText('2025-03-14')).toBeTruthy();
  });

  it('copies a summary as Markdown and links to the prep for this person', async () => {
    await seedAna();
    openPanel();
    await pick('Ana');
    await type(textBox(), 'Use *stars* here');
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await expectSaved();
    const today = await screen.findByRole('region', { name: 'Today with Ana' });
    await within(await within(today).findByRole('list', { name: 'Captured' })).findByText('Use *stars* here');
    fireEvent.click(await screen.findByRole('button', { name: 'Copy summary as Markdown' }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toContain('# 1:1 with Ana, 2025-03-12');
    expect(copied[0]).toContain('- Use \\*stars\\* here');
    const link = await screen.findByRole('link', { name: 'Prepare the next one' });
    expect(link.getAttribute('href')).toBe(`/prep.html#kind=promotion&period=last-6-months&person=${ANA.id}`);
  });

  it('asks before deleting a person, and can keep their entries unassigned', async () => {
    await seedAna();
    await db.entries.put(makeFeedback({ person: 'Ana', text: 'Great demo' }));
    openPanel();
    await pick('Ana');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete person' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete Ana?' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete, keep entries unassigned'));
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement?.textContent).toBe('Delete person');
    expect((await db.people.get(ANA.id))?.deletedAt).toBeUndefined();

    fireEvent.click(await screen.findByRole('button', { name: 'Delete person' }));
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete, keep entries unassigned' }),
    );
    await waitFor(async () => expect((await db.people.get(ANA.id))?.deletedAt).toBeDefined());
    const [entry] = await db.entries.toArray();
    expect(entry).toMatchObject({ text: 'Great demo' });
    expect(entry).not.toHaveProperty('person');
    expect(entry?.deletedAt).toBeUndefined();
    const select = await screen.findByRole('combobox', { name: 'Person' });
    await waitFor(() => expect(within(select).queryByRole('option', { name: /^Ana / })).toBeNull());
  });
});

describe('side panel agenda, pinned points', () => {
  it('shows the talking points pinned on the prep page for this person', async () => {
    await seedAna();
    await db.entries.put(makeWin({ text: 'Cut build time', impact: 'Builds 40% faster', occurredOn: '2025-03-01' }));
    const period = periodOfLastMonths(12, FIXED_NOW);
    const prep = buildPrep(
      await loadPrepSource(db, period),
      { kind: 'promotion', period, personId: ANA.id },
      FIXED_NOW,
    );
    const key = prep.sections.flatMap((s) => s.points).find((p) => p.type === 'evidence')!.key;
    await savePrepAgenda(
      db,
      { kind: 'promotion', personId: ANA.id },
      { pinned: [key], hidden: [], reworded: { [key]: 'Builds are 40% faster' } },
      { now: FIXED_NOW, newId: () => crypto.randomUUID() },
    );

    openPanel();
    await pick('Ana');
    const pinned = await within(await agenda()).findByRole('list', { name: 'Pinned for the promotion prep' });
    expect(within(pinned).getByText('Builds are 40% faster')).toBeTruthy();
  });
});
