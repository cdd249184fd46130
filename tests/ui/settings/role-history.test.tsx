import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { addCustomArea } from '../../../src/db/labels/areas';
import type { LatitudeDb } from '../../../src/db/database';
import { openPageDrafts } from '../../../src/browser/view-drafts';
import { RoleHistory } from '../../../src/ui/settings/RoleHistory';
import { createRolesState } from '../../../src/ui/settings/role-form-state';
import { createTestClock } from '../../fixtures/clock';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeRole, uuidFor } from '../../fixtures/db/records';

let db: LatitudeDb;
beforeEach(() => {
  db = isolatedDb();
});
afterEach(() => db.close());

function renderRoles() {
  const clock = createTestClock(new Date('2026-01-10T12:00:00.000Z'));
  return render(<RoleHistory state={createRolesState({ db, clock, drafts: openPageDrafts('settings') })} />);
}

async function form() {
  return screen.findByRole('form', { name: /^(Add a role|Edit )/ });
}

async function fill(values: { title?: string; from?: string; until?: string; areas?: string[] }) {
  const inForm = within(await form());
  if (values.title !== undefined)
    fireEvent.input(inForm.getByRole('textbox', { name: 'Title' }), { target: { value: values.title } });
  for (const area of values.areas ?? []) fireEvent.click(inForm.getByRole('checkbox', { name: area }));
  if (values.from !== undefined) fireEvent.input(inForm.getByLabelText('From'), { target: { value: values.from } });
  if (values.until !== undefined) fireEvent.input(inForm.getByLabelText('Until'), { target: { value: values.until } });
}

/** The section's one status line (always in the page, so that screen readers hear it change). */
async function saysStatus(text: string) {
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(text));
}

async function listedRoles(): Promise<string[]> {
  const list = await screen.findByRole('list');
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.role-text')!.textContent!);
}

describe('Your roles', () => {
  it('explains itself, and offers a labelled form with the areas and “change of role” ticked by default', async () => {
    await addCustomArea(db, 'Site reliability', new Date('2026-01-01T00:00:00.000Z'));
    renderRoles();
    const section = await screen.findByRole('region', { name: 'Your roles' });
    expect(section.id).toBe('roles');
    expect(section.textContent).toContain('Preps read “in this role” from your role history');
    expect(await within(section).findByText(/No roles yet/)).toBeTruthy();

    const add = within(await screen.findByRole('form', { name: 'Add a role' }));
    const areas = add.getByRole('group', { name: 'Areas' });
    expect(await within(areas).findByRole('checkbox', { name: 'Site reliability' })).toBeTruthy();
    expect(within(areas).getAllByRole('checkbox')).toHaveLength(9);
    expect(add.getByLabelText('From')).toHaveProperty('type', 'date');
    const until = add.getByLabelText('Until');
    expect(until).toHaveProperty('type', 'date');
    expect(until.getAttribute('aria-describedby')).toBe('role-until-hint');
    expect(document.getElementById('role-until-hint')!.textContent).toBe('Leave empty for your current role.');
    const change = add.getByRole('checkbox', { name: 'Change of role' });
    expect(change).toHaveProperty('checked', true);
    expect(document.getElementById(change.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /^A different kind of work, not only a new title/,
    );
    expect(add.getByRole('button', { name: 'Save role' })).toBeTruthy();
  });

  it('adds a role, says so, lists it, and empties the form for the next one', async () => {
    renderRoles();
    await fill({ title: 'Engineering manager', areas: ['Managing people', 'Leading teams'], from: '2026-01-05' });
    fireEvent.click(within(await form()).getByRole('button', { name: 'Save role' }));

    await saysStatus('Role saved.');
    expect(await listedRoles()).toEqual([
      'Engineering manager — Managing people, Leading teams — since 2026-01-05 (change of role)',
    ]);
    expect(within(await form()).getByRole('textbox', { name: 'Title' })).toHaveProperty('value', '');
    expect(within(await form()).getByRole('checkbox', { name: 'Managing people' })).toHaveProperty('checked', false);
    const [stored] = await db.roles.toArray();
    expect(stored).toMatchObject({
      title: 'Engineering manager',
      areas: ['managing-people', 'leading-teams'],
      from: '2026-01-05',
      change: true,
    });
    expect(stored).not.toHaveProperty('until');
  });

  it('refuses an end before the start next to Until, keeping what was typed, and saves once it is fixed', async () => {
    renderRoles();
    await fill({ title: 'Senior engineer', areas: ['Writing code'], from: '2026-01-04', until: '2022-03-01' });
    fireEvent.click(within(await form()).getByRole('checkbox', { name: 'Change of role' }));
    fireEvent.click(within(await form()).getByRole('button', { name: 'Save role' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('A role ends on or after the day it starts.');
    const until = within(await form()).getByLabelText('Until');
    expect(until.getAttribute('aria-invalid')).toBe('true');
    expect(until.getAttribute('aria-describedby')!.split(' ')).toContain(alert.id);
    await waitFor(() => expect(document.activeElement).toBe(until));
    expect(within(await form()).getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Senior engineer');
    expect(within(await form()).getByLabelText('From')).toHaveProperty('value', '2026-01-04');
    expect(until).toHaveProperty('value', '2022-03-01');
    expect(within(await form()).getByRole('checkbox', { name: 'Writing code' })).toHaveProperty('checked', true);
    expect(within(await form()).getByRole('checkbox', { name: 'Change of role' })).toHaveProperty('checked', false);
    expect(await db.roles.count()).toBe(0);

    await fill({ from: '2022-03-01', until: '2026-01-04' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(until.getAttribute('aria-invalid')).toBe('false');
    fireEvent.click(within(await form()).getByRole('button', { name: 'Save role' }));
    expect(await listedRoles()).toEqual(['Senior engineer — Writing code — from 2022-03-01 to 2026-01-04']);
  });

  it('refuses a role without a title or a start, each next to its field', async () => {
    renderRoles();
    fireEvent.click(within(await form()).getByRole('button', { name: 'Save role' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Give the role a title, such as "Engineering manager".',
    );
    expect(
      within(await form())
        .getByRole('textbox', { name: 'Title' })
        .getAttribute('aria-invalid'),
    ).toBe('true');

    await fill({ title: 'Staff engineer' });
    fireEvent.click(within(await form()).getByRole('button', { name: 'Save role' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the day the role started.');
    expect(
      within(await form())
        .getByLabelText('From')
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await db.roles.count()).toBe(0);
  });

  it('lists roles newest first, and edits one in place', async () => {
    await db.roles.bulkPut([
      makeRole(1, {
        title: 'Senior engineer',
        areas: ['coding', 'debugging'],
        from: '2022-03-01',
        until: '2026-01-04',
      }),
      makeRole(2, {
        title: 'Engineering manager',
        areas: ['managing-people', 'leading-teams'],
        from: '2026-01-05',
        change: true,
      }),
    ]);
    renderRoles();
    expect(await listedRoles()).toEqual([
      'Engineering manager — Managing people, Leading teams — since 2026-01-05 (change of role)',
      'Senior engineer — Writing code, Debugging — from 2022-03-01 to 2026-01-04',
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit Senior engineer' }));
    const editor = await screen.findByRole('form', { name: 'Edit Senior engineer' });
    const title = within(editor).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveProperty('value', 'Senior engineer');
    expect(within(editor).getByRole('checkbox', { name: 'Debugging' })).toHaveProperty('checked', true);
    expect(within(editor).getByRole('checkbox', { name: 'Change of role' })).toHaveProperty('checked', false);
    await waitFor(() => expect(document.activeElement).toBe(title));

    fireEvent.input(title, { target: { value: 'Staff engineer' } });
    fireEvent.click(within(editor).getByRole('checkbox', { name: 'Debugging' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Save role' }));

    await saysStatus('Role saved.');
    await waitFor(async () =>
      expect(await listedRoles()).toContain('Staff engineer — Writing code — from 2022-03-01 to 2026-01-04'),
    );
    expect(await db.roles.count()).toBe(2);
    expect((await db.roles.get(uuidFor(1)))?.title).toBe('Staff engineer');
    expect(await screen.findByRole('form', { name: 'Add a role' })).toBeTruthy();
  });

  it('Cancel (or Escape) leaves an edit without saving it', async () => {
    await db.roles.put(makeRole(1, { title: 'Senior engineer' }));
    renderRoles();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Senior engineer' }));
    const editor = await screen.findByRole('form', { name: 'Edit Senior engineer' });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Title' }), { target: { value: 'Changed my mind' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Cancel' }));
    expect(
      within(await screen.findByRole('form', { name: 'Add a role' })).getByRole('textbox', { name: 'Title' }),
    ).toHaveProperty('value', '');

    fireEvent.click(await screen.findByRole('button', { name: 'Edit Senior engineer' }));
    fireEvent.keyDown(
      within(await screen.findByRole('form', { name: 'Edit Senior engineer' })).getByRole('textbox', { name: 'Title' }),
      { key: 'Escape' },
    );
    expect(await screen.findByRole('form', { name: 'Add a role' })).toBeTruthy();
    expect((await db.roles.get(uuidFor(1)))?.title).toBe('Senior engineer');
  });

  it('deletes a role, with Undo', async () => {
    await db.roles.bulkPut([
      makeRole(1, { title: 'Senior engineer', from: '2022-03-01', until: '2026-01-04' }),
      makeRole(2, { title: 'Engineering manager', areas: [], from: '2026-01-05', change: true }),
    ]);
    renderRoles();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Engineering manager' }));

    await saysStatus('Deleted Engineering manager.');
    await waitFor(async () =>
      expect(await listedRoles()).toEqual(['Senior engineer — Writing code — from 2022-03-01 to 2026-01-04']),
    );
    expect((await db.roles.get(uuidFor(2)))?.deletedAt).toBeDefined();
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));

    fireEvent.click(undo);
    await saysStatus('Restored Engineering manager.');
    await waitFor(async () =>
      expect((await listedRoles())[0]).toBe('Engineering manager — since 2026-01-05 (change of role)'),
    );
  });

  it('follows changes made elsewhere (another window), live', async () => {
    renderRoles();
    expect(await screen.findByText(/No roles yet/)).toBeTruthy();
    await db.roles.put(makeRole(3, { title: 'Tech lead', areas: ['leading-teams'], from: '2024-01-01' }));
    await waitFor(async () => expect(await listedRoles()).toEqual(['Tech lead — Leading teams — since 2024-01-01']));
    await addCustomArea(db, 'Hiring', new Date('2026-01-01T00:00:00.000Z'));
    expect(await within(await form()).findByRole('checkbox', { name: 'Hiring' })).toBeTruthy();
  });
});
