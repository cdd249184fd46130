import type { LatitudeDb } from '../../src/db/database';
import { deleteRole, listRoles, type RoleInput, restoreRole, saveRole } from '../../src/db/roles';
import { isolatedDb } from '../fixtures/db/isolated';
import { createIdSequence, testId } from '../fixtures/ids';

const NOW = new Date('2026-01-10T12:00:00.000Z');
const LATER = new Date('2026-01-11T08:00:00.000Z');

let db: LatitudeDb;
let env: { now: Date; newId: () => string };
beforeEach(() => {
  db = isolatedDb();
  env = { now: NOW, newId: createIdSequence() };
});
afterEach(() => db.close());

const SENIOR: RoleInput = {
  title: 'Senior engineer',
  areas: ['coding', 'debugging'],
  from: '2022-03-01',
  until: '2026-01-04',
  change: false,
};
const MANAGER: RoleInput = {
  title: '  Engineering manager ',
  areas: ['managing-people', 'leading-teams'],
  from: '2026-01-05',
  until: '',
  change: true,
};

describe('saveRole', () => {
  it('adds a role, trimmed, with ids and stamps, and no `until` when left empty', async () => {
    const result = await saveRole(db, MANAGER, env);
    expect(result).toEqual({
      ok: true,
      role: {
        id: testId(1),
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        title: 'Engineering manager',
        areas: ['managing-people', 'leading-teams'],
        from: '2026-01-05',
        change: true,
        rev: 1,
      },
    });
    expect(await db.roles.get(testId(1))).toEqual(result.ok && result.role);
  });

  it('edits a role in place: same id and createdAt, new updatedAt, `until` cleared when emptied', async () => {
    const added = await saveRole(db, SENIOR, env);
    const id = added.ok ? added.role.id : '';
    const edited = await saveRole(db, { ...SENIOR, id, title: 'Staff engineer', until: '' }, { ...env, now: LATER });
    expect(edited.ok).toBe(true);
    const stored = await db.roles.get(id);
    expect(stored).toMatchObject({
      id,
      title: 'Staff engineer',
      createdAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    expect(stored).not.toHaveProperty('until');
    expect(await db.roles.count()).toBe(1);
  });

  it.each<[string, Partial<RoleInput>, { field: string; message: string }]>([
    [
      'an empty title',
      { title: '   ' },
      { field: 'title', message: 'Give the role a title, such as "Engineering manager".' },
    ],
    [
      'a title over 100 characters',
      { title: 'x'.repeat(101) },
      { field: 'title', message: 'A role title has at most 100 characters.' },
    ],
    ['no start', { from: '' }, { field: 'from', message: 'Give the day the role started.' }],
    [
      'a start that is not a date',
      { from: '2026-02-30' },
      { field: 'from', message: 'From is not a date: give the day the role started.' },
    ],
    [
      'an end that is not a date',
      { until: '4 January' },
      { field: 'until', message: 'Until is not a date: give the last day of the role, or leave it empty.' },
    ],
    [
      'an end before the start',
      { from: '2026-01-05', until: '2025-12-31' },
      { field: 'until', message: 'A role ends on or after the day it starts.' },
    ],
    [
      'more than eight areas',
      { areas: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] },
      { field: 'areas', message: 'A role centres on at most 8 areas.' },
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_name, change, refusal) => {
    expect(await saveRole(db, { ...SENIOR, ...change }, env)).toEqual({ ok: false, ...refusal });
    expect(await db.roles.count()).toBe(0);
  });

  it('counts revisions on, and refuses an edit begun from a version changed since, with that version', async () => {
    const added = await saveRole(db, SENIOR, env);
    const opened = added.ok ? added.role : undefined;
    const id = opened!.id;
    const theirs = await saveRole(db, { ...SENIOR, id, title: 'Staff engineer', base: opened }, { ...env, now: LATER });
    expect(theirs.ok && theirs.role.rev).toBe(2);

    const mine = await saveRole(
      db,
      { ...SENIOR, id, title: 'Principal engineer', base: opened },
      { ...env, now: LATER },
    );
    expect(mine).toMatchObject({
      ok: false,
      field: 'role',
      message: 'This changed in another view.',
      theirs: { title: 'Staff engineer', rev: 2 },
    });
    expect((await db.roles.get(id))?.title).toBe('Staff engineer');
    // "Save mine anyway": stored over the other version.
    expect(await saveRole(db, { ...SENIOR, id, title: 'Principal engineer' }, { ...env, now: LATER })).toMatchObject({
      ok: true,
      role: { rev: 3 },
    });
  });

  it('accepts a role that starts and ends on the same day, and keeps each area once', async () => {
    const result = await saveRole(
      db,
      { ...SENIOR, from: '2024-05-01', until: '2024-05-01', areas: ['coding', 'coding'] },
      env,
    );
    expect(result.ok && result.role.areas).toEqual(['coding']);
  });

  it('refuses to edit a role deleted meanwhile, instead of bringing it back', async () => {
    const added = await saveRole(db, SENIOR, env);
    const id = added.ok ? added.role.id : '';
    await deleteRole(db, id, env);
    expect(await saveRole(db, { ...SENIOR, id, title: 'Renamed' }, env)).toEqual({
      ok: false,
      field: 'role',
      message: 'This role is no longer there: it was deleted, perhaps in another window.',
    });
    expect((await db.roles.get(id))?.title).toBe('Senior engineer');
  });
});

describe('listRoles', () => {
  it('lists the live roles oldest first, by when they started', async () => {
    await saveRole(db, MANAGER, env);
    await saveRole(db, SENIOR, env);
    await saveRole(db, { ...SENIOR, title: 'Engineer', from: '2019-06-01', until: '2022-02-28' }, env);
    const gone = await saveRole(db, { ...SENIOR, title: 'Gone', from: '2020-01-01' }, env);
    await deleteRole(db, gone.ok ? gone.role.id : '', env);
    expect((await listRoles(db)).map((role) => role.title)).toEqual([
      'Engineer',
      'Senior engineer',
      'Engineering manager',
    ]);
  });
});

describe('deleteRole and restoreRole', () => {
  it('marks the role deleted (a tombstone), and Undo brings it back as it was', async () => {
    const added = await saveRole(db, MANAGER, env);
    const role = added.ok ? added.role : undefined;
    expect(await deleteRole(db, role!.id, { now: LATER })).toEqual(role);
    expect(await db.roles.get(role!.id)).toEqual({
      ...role,
      deletedAt: LATER.toISOString(),
      updatedAt: LATER.toISOString(),
      rev: 2,
    });
    expect(await listRoles(db)).toEqual([]);
    expect(await deleteRole(db, role!.id, { now: LATER })).toBeUndefined();

    expect(await restoreRole(db, role!.id, { now: LATER })).toBe(true);
    expect(await listRoles(db)).toEqual([{ ...role, updatedAt: LATER.toISOString(), rev: 3 }]);
    expect(await restoreRole(db, role!.id, { now: LATER })).toBe(false);
  });

  it('does nothing for an id it does not know', async () => {
    expect(await deleteRole(db, testId(99), env)).toBeUndefined();
    expect(await restoreRole(db, testId(99), env)).toBe(false);
  });
});
