// Settings → Your roles: every write fails once (a full disk, an aborted transaction, the
// connection closed for an upgrade). What was typed stays in the form and in the page's draft, and
// a message with role alert says why (docs/design.md, Data safety).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { LatitudeDb } from '../../../src/db/database';
import { createRolesState, roleFormDraftSchema } from '../../../src/ui/settings/role-form-state';
import { RoleHistory } from '../../../src/ui/settings/RoleHistory';
import { createTestClock } from '../../fixtures/clock';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeRole, uuidFor } from '../../fixtures/db/records';
import { FAILURES, injectWriteFault, type WriteFault } from '../../fixtures/faults';
import { type TestView, testView } from '../../fixtures/view-drafts';

let db: LatitudeDb;
let fault: WriteFault;
let view: TestView;
beforeEach(async () => {
  db = isolatedDb();
  fault = injectWriteFault(db);
  await db.roles.put(makeRole(1, { title: 'Senior engineer', from: '2022-03-01' }));
  view = testView('settings');
  const clock = createTestClock(new Date('2026-01-10T12:00:00.000Z'));
  render(<RoleHistory state={createRolesState({ db, clock, drafts: view.views })} />);
});
afterEach(() => db.close());

const roleDraft = () => view.views.draft('role', roleFormDraftSchema).load();
const section = () => screen.findByRole('region', { name: 'Your roles' });

describe.each(FAILURES)('Your roles, a write that fails once (%s)', (failure, message) => {
  it('a new role stays in the form and in the draft, and Save role works after', async () => {
    const form = await screen.findByRole('form', { name: 'Add a role' });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Title' }), { target: { value: 'Engineering manager' } });
    fireEvent.input(within(form).getByLabelText('From'), { target: { value: '2026-01-05' } });
    fault.failNext({ table: 'roles', failure });
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));

    await waitFor(async () => expect(within(await section()).getByRole('alert').textContent).toMatch(message));
    expect(within(await section()).getByRole('alert').textContent).toMatch(
      /^The role was not saved: .* What you typed is kept\.$/,
    );
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Engineering manager');
    expect(roleDraft()).toMatchObject({ title: 'Engineering manager', from: '2026-01-05' });
    expect(await db.roles.count()).toBe(1);

    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    await waitFor(async () => expect(within(await section()).getByRole('status').textContent).toBe('Role saved.'));
    expect(roleDraft()).toBeUndefined();
  });

  it('an edit stays in the form and in the draft, still an edit of that role', async () => {
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Senior engineer' }));
    const editor = await screen.findByRole('form', { name: 'Edit Senior engineer' });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Title' }), { target: { value: 'Staff engineer' } });
    fault.failNext({ table: 'roles', failure });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save role' }));

    await waitFor(async () => expect(within(await section()).getByRole('alert').textContent).toMatch(message));
    expect(within(editor).getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Staff engineer');
    expect(roleDraft()).toMatchObject({ title: 'Staff engineer', editing: { id: uuidFor(1) } });
    expect((await db.roles.get(uuidFor(1)))?.title).toBe('Senior engineer');
  });

  it('a delete that is not stored says why, and the role stays', async () => {
    fault.failNext({ table: 'roles', failure });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Senior engineer' }));
    await waitFor(async () => expect(within(await section()).getByRole('alert').textContent).toMatch(message));
    expect((await db.roles.get(uuidFor(1)))?.deletedAt).toBeUndefined();
  });
});

it('Your roles: an edit of a role changed in another window shows both, and Save mine anyway stores mine', async () => {
  fireEvent.click(await screen.findByRole('button', { name: 'Edit Senior engineer' }));
  const editor = await screen.findByRole('form', { name: 'Edit Senior engineer' });
  await db.roles.put({
    ...(await db.roles.get(uuidFor(1)))!,
    title: 'Tech lead',
    updatedAt: '2026-01-10T12:30:00.000Z',
  });
  fireEvent.input(within(editor).getByRole('textbox', { name: 'Title' }), { target: { value: 'Staff engineer' } });
  fireEvent.click(within(editor).getByRole('button', { name: 'Save role' }));

  const alert = await within(editor).findByRole('alert');
  expect(alert.textContent).toContain('This changed in another view.');
  expect(alert.textContent).toContain('The other view’s version: Tech lead');
  expect(within(editor).getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Staff engineer');
  fireEvent.click(within(alert).getByRole('button', { name: 'Save mine anyway' }));
  await waitFor(async () => expect((await db.roles.get(uuidFor(1)))?.title).toBe('Staff engineer'));
});
