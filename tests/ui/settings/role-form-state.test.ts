import type { LatitudeDb } from '../../../src/db/database';
import { saveRole } from '../../../src/db/roles';
import { createRoleForm, roleFormDraftSchema } from '../../../src/ui/settings/role-form-state';
import { createTestClock } from '../../fixtures/clock';
import { isolatedDb } from '../../fixtures/db/isolated';
import { makeRole, uuidFor } from '../../fixtures/db/records';
import { testView } from '../../fixtures/view-drafts';

let db: LatitudeDb;
beforeEach(() => {
  db = isolatedDb();
});
afterEach(() => db.close());

function settings(view = testView('settings')) {
  const form = createRoleForm({
    db,
    clock: createTestClock(new Date('2026-01-10T12:00:00.000Z')),
    drafts: view.views.draft('role', roleFormDraftSchema),
  });
  return { form, view };
}

describe('role form state', () => {
  it('keeps the form as the page’s draft across a reload, and clears it once the role is saved', async () => {
    const first = settings();
    first.form.update({ title: 'Engineering manager', areas: ['managing-people'], from: '2026-01-05' });
    first.view.close();

    const reloaded = settings(testView('settings', first.view.session));
    expect(reloaded.form.draft.value).toEqual({
      title: 'Engineering manager',
      areas: ['managing-people'],
      from: '2026-01-05',
      until: '',
      change: true,
    });
    expect(await reloaded.form.save()).toBeUndefined();
    expect(reloaded.form.draft.value.title).toBe('');
    reloaded.view.close();
    expect(settings(testView('settings', first.view.session)).form.draft.value.title).toBe('');
    expect((await db.roles.toArray()).map((role) => role.title)).toEqual(['Engineering manager']);
  });

  it('reopens an edit after a reload, still on the role it began from', async () => {
    await db.roles.put(makeRole(1, { title: 'Senior engineer' }));
    const first = settings();
    first.form.edit((await db.roles.get(uuidFor(1)))!);
    first.form.update({ title: 'Staff engineer' });
    first.view.close();

    const { form } = settings(testView('settings', first.view.session));
    expect(form.editing.value).toMatchObject({ id: uuidFor(1), title: 'Senior engineer' });
    expect(form.draft.value.title).toBe('Staff engineer');
    expect(await form.save()).toBeUndefined();
    expect((await db.roles.get(uuidFor(1)))?.title).toBe('Staff engineer');
  });

  it('refuses a title over 100 characters before writing, naming the field and the limit', async () => {
    const { form } = settings();
    form.update({ title: 'T'.repeat(101), from: '2026-01-05' });
    expect(await form.save()).toEqual({ field: 'title', message: 'A role title has at most 100 characters.' });
    expect(form.draft.value.title).toBe('T'.repeat(101));
    expect(await db.roles.count()).toBe(0);
  });

  it('does not overwrite a version saved in another window: Save mine anyway, or Discard mine', async () => {
    await db.roles.put(makeRole(1, { title: 'Senior engineer' }));
    const mine = settings().form;
    mine.edit((await db.roles.get(uuidFor(1)))!);
    const stored = (await db.roles.get(uuidFor(1)))!;
    await saveRole(
      db,
      { id: stored.id, title: 'Tech lead', areas: stored.areas, from: stored.from, change: false },
      { now: new Date('2026-01-10T13:00:00.000Z'), newId: () => 'unused' },
    );

    mine.update({ title: 'Staff engineer' });
    expect(await mine.save()).toMatchObject({
      field: 'role',
      message: 'This changed in another view.',
      theirs: { title: 'Tech lead' },
    });
    expect(mine.draft.value.title).toBe('Staff engineer');
    expect((await db.roles.get(uuidFor(1)))?.title).toBe('Tech lead');

    mine.discard();
    expect(mine.draft.value.title).toBe('Tech lead');
    expect(mine.error.value).toBeUndefined();
    mine.update({ title: 'Staff engineer' });
    expect(await mine.save()).toBeUndefined();
    expect((await db.roles.get(uuidFor(1)))?.title).toBe('Staff engineer');

    const other = settings().form;
    other.edit((await db.roles.get(uuidFor(1)))!);
    mine.edit((await db.roles.get(uuidFor(1)))!);
    mine.update({ title: 'Principal engineer' });
    await mine.save();
    other.update({ title: 'Distinguished engineer' });
    expect((await other.save())?.theirs?.title).toBe('Principal engineer');
    expect(await other.saveAnyway()).toBeUndefined();
    expect((await db.roles.get(uuidFor(1)))?.title).toBe('Distinguished engineer');
  });
});
