// Every write of the prep page's own points and rewordings fails once (a full disk, an aborted
// transaction, the connection closed for an upgrade): the text stays in its field and in the
// tab's draft, and a message with role alert says why, beside the field (docs/design.md).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LatitudeDb } from '../../../src/db/database';
import type { AppClock } from '../../../src/ui/kit/app-env';
import { PrepApp } from '../../../src/ui/prep/PrepApp';
import { FAILURES, injectWriteFault, type WriteFault } from '../../fixtures/faults';
import { FIXTURE_NOW, fixtureActionItems, fixtureEntries, fixturePeople } from '../../fixtures/prep-log';
import { type TestView, testView } from '../../fixtures/view-drafts';

const BILLING =
  'I led the billing migration to the new ledger; the result: Invoice failures dropped (−40% failed invoices).';

// The whole prep is built and drawn for each case: on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 20_000 });

const clock: AppClock = { now: () => FIXTURE_NOW, newId: () => crypto.randomUUID() };
let db: LatitudeDb;
let fault: WriteFault;
let view: TestView;
let dbs = 0;

beforeEach(async () => {
  window.history.replaceState(null, '', '#');
  db = new LatitudeDb(`prep-faults-${++dbs}`);
  fault = injectWriteFault(db);
  await db.entries.bulkPut(fixtureEntries);
  await db.people.bulkPut(fixturePeople);
  await db.actionItems.bulkPut(fixtureActionItems);
  view = testView('prep');
  render(
    <PrepApp
      db={db}
      drafts={view.views}
      clock={clock}
      win={{ location: window.location, history: window.history, print: vi.fn() }}
    />,
  );
});
afterEach(() => db.close());

const anything = { safeParse: (data: unknown) => ({ success: true as const, data }) };
const draft = (name: string) => view.views.draft(name, anything).load() as Record<string, unknown> | undefined;

async function pointItem(text: string): Promise<HTMLElement> {
  const node = await screen.findByText(text, { selector: '.point-text, .point-text *' });
  return node.closest('li')!;
}

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

describe.each(FAILURES)('prep page, a write that fails once (%s)', (failure, message) => {
  it('own points: the point stays in New point and in the draft, and Add point works after', async () => {
    const input = await screen.findByRole('textbox', { name: 'New point' });
    fireEvent.input(input, { target: { value: 'Ask about the staff track' } });
    fault.failNext({ table: 'conversations', failure });
    fireEvent.click(screen.getByRole('button', { name: 'Add point' }));
    await alertSaying(message, screen.getByRole('form', { name: 'Add a point' }));
    expect(input).toHaveProperty('value', 'Ask about the staff track');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(Object.values(draft('own-point') ?? {})).toEqual(['Ask about the staff track']);
    expect(await db.conversations.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Add point' }));
    // The whole prep is drawn again with the point: on a slow machine that takes a moment.
    expect(await screen.findByRole('checkbox', { name: 'Ask about the staff track' }, { timeout: 5000 })).toBeTruthy();
    expect(input).toHaveProperty('value', '');
    expect(draft('own-point')).toBeUndefined();
  });

  it('rewording: the wording stays in Reworded point and in the draft', async () => {
    const billing = await pointItem(BILLING);
    fireEvent.click(within(billing).getByRole('button', { name: 'Reword' }));
    const box = within(billing).getByRole('textbox', { name: 'Reworded point' });
    fireEvent.input(box, { target: { value: 'Cut failed invoices by 40%' } });
    fault.failNext({ table: 'conversations', failure });
    fireEvent.click(within(billing).getByRole('button', { name: 'Save wording' }));
    await alertSaying(message, billing);
    expect(within(billing).getByRole('textbox', { name: 'Reworded point' })).toHaveProperty(
      'value',
      'Cut failed invoices by 40%',
    );
    expect(JSON.stringify(draft('reword'))).toContain('Cut failed invoices by 40%');
    expect(screen.queryByText('Cut failed invoices by 40%', { selector: '.point-text, .point-text *' })).toBeNull();
  });

  it('pins: a pin that is not stored is taken back and the reason shown', async () => {
    const billing = await pointItem(BILLING);
    fault.failNext({ table: 'conversations', failure });
    fireEvent.click(within(billing).getByRole('button', { name: 'Pin' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join(' '),
      ).toMatch(message),
    );
    await waitFor(async () =>
      expect(
        within(await pointItem(BILLING))
          .getByRole('button', { name: 'Pin' })
          .getAttribute('aria-pressed'),
      ).toBe('false'),
    );
    expect(await db.conversations.count()).toBe(0);
  });
});

describe('prep page, the feedback kit', () => {
  it('keeps a pasted reply as the tab’s draft until it is saved', async () => {
    const reply = await screen.findByRole('textbox', { name: 'Reply' });
    fireEvent.input(reply, { target: { value: 'Start: writing the RFC before the build\nKeep: the demos' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'From' }), { target: { value: 'Dana' } });
    expect(draft('feedback-kit')).toMatchObject({
      reply: 'Start: writing the RFC before the build\nKeep: the demos',
      from: 'Dana',
    });

    fault.failNext({ table: 'entries', failure: 'quota' });
    fireEvent.click(screen.getByRole('button', { name: 'Read reply' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save 2 feedback entries' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join(' '),
      ).toMatch(/Nothing was saved/),
    );
    expect(reply).toHaveProperty('value', 'Start: writing the RFC before the build\nKeep: the demos');
    expect(draft('feedback-kit')).toMatchObject({ reply: 'Start: writing the RFC before the build\nKeep: the demos' });

    fireEvent.click(screen.getByRole('button', { name: 'Save 2 feedback entries' }));
    await waitFor(() => expect(reply).toHaveProperty('value', ''));
    expect(draft('feedback-kit')).toEqual({ recipient: '', reply: '', from: 'Dana' });
  });
});
