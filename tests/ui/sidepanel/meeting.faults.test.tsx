// The side panel with no person picked: capture into today's meeting and its move to a person,
// each write failing once (a full disk, an aborted transaction, the connection closed for an
// upgrade). What was typed stays in the form and in the panel's draft, an alert says why, and
// nothing is half written (docs/design.md, Data safety).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { createLastPersonStore } from '../../../src/browser/last-person-store';
import { LatitudeDb } from '../../../src/db/database';
import { listOneOnOnes, todaysMeeting } from '../../../src/db/conversations/one-on-ones';
import { SidePanelApp } from '../../../src/ui/sidepanel/SidePanelApp';
import { createTestClock } from '../../fixtures/clock';
import { FAILURES, injectWriteFault, type WriteFault } from '../../fixtures/faults';
import { ANA } from '../../fixtures/one-on-ones';
import { type TestView, testView } from '../../fixtures/view-drafts';

const TODAY = '2025-03-12';

let db: LatitudeDb;
let fault: WriteFault;
let view: TestView;

beforeEach(async () => {
  db = new LatitudeDb();
  fault = injectWriteFault(db);
  await db.people.put(ANA);
  view = testView('sidepanel');
  render(
    <SidePanelApp
      db={db}
      drafts={view.views}
      lastPerson={createLastPersonStore()}
      clock={{ ...createTestClock(), newId: () => crypto.randomUUID() }}
    />,
  );
});
afterEach(() => db.close());

const anything = { safeParse: (data: unknown) => ({ success: true as const, data }) };
const draft = (name: string) => view.views.draft(name, anything).load() as Record<string, unknown> | undefined;
const form = () => screen.getByRole('form', { name: 'Capture' });
const textBox = () => screen.findByRole('textbox', { name: 'Entry text' }) as Promise<HTMLTextAreaElement>;

async function alertSaying(message: RegExp, inside: HTMLElement) {
  await waitFor(() =>
    expect(
      within(inside)
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' | '),
    ).toMatch(message),
  );
}
async function saved() {
  await waitFor(() => expect(within(form()).getByRole('status').textContent).toBe('Saved'));
}

describe.each(FAILURES)('side panel with no person, a write that fails once (%s)', (failure, message) => {
  it('a note: stays typed and in the draft, and no empty meeting is left', async () => {
    const text = await textBox();
    fireEvent.input(text, { target: { value: 'Platform sync: freeze on Friday' } });
    fault.failNext({ table: 'entries', failure });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await alertSaying(message, form());
    expect(text.value).toBe('Platform sync: freeze on Friday');
    expect(draft('capture')).toMatchObject({ text: 'Platform sync: freeze on Friday' });
    expect(await db.conversations.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await saved();
    expect(draft('capture')).toBeUndefined();
    expect(await todaysMeeting(db, TODAY)).toBeDefined();
  });

  it('an action item: stays typed', async () => {
    fireEvent.click(await screen.findByRole('radio', { name: 'Action item' }));
    const text = await textBox();
    fireEvent.input(text, { target: { value: 'Send the freeze dates' } });
    fault.failNext({ table: 'actionItems', failure });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await alertSaying(message, form());
    expect(text.value).toBe('Send the freeze dates');
    expect(draft('capture')).toMatchObject({ kind: 'action-item', text: 'Send the freeze dates' });
    expect(await db.actionItems.count()).toBe(0);
  });

  it('the meeting itself not made: the note stays typed', async () => {
    const text = await textBox();
    fireEvent.input(text, { target: { value: 'Platform sync' } });
    fault.failNext({ table: 'conversations', failure });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await alertSaying(message, form());
    expect(text.value).toBe('Platform sync');
    expect(await db.entries.count()).toBe(0);
  });

  it('the move to a person: says why beside the offer, moves nothing, and the typed note stays', async () => {
    fireEvent.input(await textBox(), { target: { value: 'Platform sync: freeze on Friday' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await saved();
    const meeting = await screen.findByRole('region', { name: 'Today without a person' });
    await within(meeting).findByText('Platform sync: freeze on Friday');

    fireEvent.input(await textBox(), { target: { value: 'Half a thought' } });
    const select = await screen.findByRole('combobox', { name: 'Person' });
    fireEvent.change(select, { target: { value: ANA.id } });
    await screen.findByRole('heading', { name: 'Today with Ana' });
    fault.failNext({ table: 'entries', failure });
    fireEvent.click(await screen.findByRole('button', { name: 'Move today’s notes without a person to Ana' }));
    await alertSaying(message, screen.getByRole('region', { name: 'Today without a person' }));
    expect((await db.entries.toArray()).map((e) => e.person)).toEqual([undefined]);
    expect((await textBox()).value).toBe('Half a thought');
    expect(draft('capture')).toMatchObject({ text: 'Half a thought' });

    fireEvent.click(screen.getByRole('button', { name: 'Move today’s notes without a person to Ana' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Today without a person' })).toBeNull());
    const [withAna] = await listOneOnOnes(db, ANA.id);
    expect((await db.entries.toArray()).map((e) => [e.person, e.conversationId])).toEqual([['Ana', withAna!.id]]);
  });
});
