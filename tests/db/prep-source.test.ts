import { LatitudeDb } from '../../src/db/database';
import { loadPrepSource } from '../../src/db/prep-source';
import { makeRole, uuidFor } from '../fixtures/db/records';
import { FIXTURE_PERIOD, fixtureActionItems, fixtureEntries, fixtureName, fixturePeople } from '../fixtures/prep-log';

async function seededDb(): Promise<LatitudeDb> {
  const db = new LatitudeDb('prep-source-test');
  await db.entries.bulkPut(fixtureEntries);
  await db.people.bulkPut(fixturePeople);
  await db.actionItems.bulkPut(fixtureActionItems);
  return db;
}

describe('loadPrepSource', () => {
  it('reads the period’s live entries oldest first, the people, and the open action items', async () => {
    const db = await seededDb();
    const source = await loadPrepSource(db, FIXTURE_PERIOD);
    const names = source.entries.map((e) => fixtureName(e.id));
    expect(names).not.toContain('old-win');
    expect(names).not.toContain('deleted-win');
    expect(names[0]).toBe('self-explaining');
    expect(names.at(-1)).toBe('note-one-on-ones');
    expect(source.entries).toHaveLength(fixtureEntries.length - 2);
    expect(source.people.map((p) => p.name)).toEqual(['Ana Moreno', 'Ben Okafor', 'Chen Wei', 'Dana Ross']);
    expect(source.actionItems.map((i) => fixtureName(i.id)).sort()).toEqual([
      'item-hiring-loop',
      'item-intro',
      'item-sprint-handbook',
    ]);
  });

  it('reads only the period: both ends included, nothing past them', async () => {
    const db = await seededDb();
    const march = await loadPrepSource(db, { from: '2024-03-01', to: '2024-03-05' });
    expect(march.entries.map((e) => fixtureName(e.id))).toEqual(['anon-keep-calm', 'incident-postmortem']);
    expect((await loadPrepSource(db, { from: '2024-06-30', to: '2024-01-01' })).entries).toEqual([]);
  });

  it('reads the whole role history, whatever the period: live roles only, oldest first', async () => {
    const db = await seededDb();
    expect((await loadPrepSource(db, FIXTURE_PERIOD)).roles).toEqual([]);
    await db.roles.bulkPut([
      makeRole(901, { title: 'Engineering manager', from: '2026-01-05', change: true }),
      makeRole(902, { title: 'Senior engineer', from: '2022-03-01', until: '2026-01-04' }),
      makeRole(903, { title: 'Deleted', from: '2023-01-01', deletedAt: '2026-01-06T00:00:00.000Z' }),
    ]);
    const source = await loadPrepSource(db, { from: '2024-03-01', to: '2024-03-05' });
    expect(source.roles.map((role) => role.id)).toEqual([uuidFor(902), uuidFor(901)]);
  });
});
