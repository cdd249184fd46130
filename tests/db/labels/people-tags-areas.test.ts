import { addCustomArea, listCustomAreas, renameCustomArea } from '../../../src/db/labels/areas';
import {
  addPeopleNamedInEntries,
  listPeopleWithCounts,
  listPersonConversations,
  listPersonEntries,
  mergePeople,
  renamePerson,
} from '../../../src/db/people';
import { listTags, renameTag } from '../../../src/db/labels/tags';
import { freshDb, makeEntry, nextTestId, testId } from '../../fixtures/log-entries';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const env = { now: NOW, newId: nextTestId };

describe('people', () => {
  async function seed() {
    const db = freshDb();
    await db.entries.bulkPut([
      makeEntry({
        id: testId(1),
        kind: 'feedback',
        person: 'Ana Lima',
        relationship: 'manager',
        occurredOn: '2025-05-01',
      }),
      makeEntry({
        id: testId(2),
        kind: 'feedback',
        person: 'ana lima',
        text: 'Stop skipping retros',
        occurredOn: '2025-05-02',
      }),
      makeEntry({ id: testId(3), kind: 'note', person: 'Bo Chen', occurredOn: '2025-05-03' }),
      makeEntry({ id: testId(4), kind: 'feedback', person: 'B. Chen', occurredOn: '2025-05-04' }),
    ]);
    await addPeopleNamedInEntries(db, env);
    return db;
  }

  it('lists everyone named in entries once, with a relationship from their feedback', async () => {
    const db = await seed();
    const people = await listPeopleWithCounts(db);
    expect(people.map((p) => [p.person.name, p.person.relationship, p.entryCount])).toEqual([
      ['Ana Lima', 'manager', 2],
      ['B. Chen', 'other', 1],
      ['Bo Chen', 'other', 1],
    ]);
    // Running it again adds nobody.
    expect(await addPeopleNamedInEntries(db, env)).toEqual([]);
  });

  it('renames a person in every entry that names them', async () => {
    const db = await seed();
    const ana = (await listPeopleWithCounts(db)).find((p) => p.person.name === 'Ana Lima')!.person;
    expect(await renamePerson(db, ana.id, '  Ana Lima-Souza ', NOW)).toEqual({ ok: true });
    expect((await db.entries.bulkGet([testId(1), testId(2)])).map((e) => e?.person)).toEqual([
      'Ana Lima-Souza',
      'Ana Lima-Souza',
    ]);
    expect((await db.entries.get(testId(1)))?.updatedAt).toBe(NOW.toISOString());
    expect((await listPersonEntries(db, 'ana lima-souza')).map((e) => e.id)).toEqual([testId(2), testId(1)]);
  });

  it("refuses a rename to someone else's name, or to nothing, and changes nothing", async () => {
    const db = await seed();
    const bo = (await listPeopleWithCounts(db)).find((p) => p.person.name === 'Bo Chen')!.person;
    expect(await renamePerson(db, bo.id, 'b. chen', NOW)).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'B. Chen is already in the log: merge them instead.' }],
    });
    expect(await renamePerson(db, bo.id, '   ', NOW)).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'A name cannot be empty.' }],
    });
    expect((await db.entries.get(testId(3)))?.person).toBe('Bo Chen');
  });

  it('merges two people: entries, conversations and action items move over', async () => {
    const db = await seed();
    const people = await listPeopleWithCounts(db);
    const bo = people.find((p) => p.person.name === 'Bo Chen')!.person;
    const b = people.find((p) => p.person.name === 'B. Chen')!.person;
    await db.conversations.put({
      id: testId(50),
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      kind: 'one-on-one',
      personId: b.id,
      date: '2025-05-05',
      agenda: { pinned: [], hidden: [] },
      notes: '',
    });
    await db.actionItems.put({
      id: testId(60),
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      text: 'Share the doc',
      owner: 'me',
      personId: b.id,
    });

    expect(await mergePeople(db, b.id, bo.id, NOW)).toEqual({ ok: true });
    expect((await db.entries.get(testId(4)))?.person).toBe('Bo Chen');
    expect((await listPersonConversations(db, bo.id)).map((c) => c.id)).toEqual([testId(50)]);
    expect((await db.actionItems.get(testId(60)))?.personId).toBe(bo.id);
    expect((await db.people.get(b.id))?.deletedAt).toBe(NOW.toISOString());
    expect((await listPeopleWithCounts(db)).map((p) => [p.person.name, p.entryCount])).toEqual([
      ['Ana Lima', 2],
      ['Bo Chen', 2],
    ]);
  });
});

describe('tags', () => {
  async function seed() {
    const db = freshDb();
    await db.entries.bulkPut([
      makeEntry({ id: testId(1), tags: ['billing', 'infra'] }),
      makeEntry({ id: testId(2), tags: ['Billing'] }),
      makeEntry({ id: testId(3), tags: ['billing', 'q2'] }),
      makeEntry({ id: testId(4), tags: ['infra'], deletedAt: NOW.toISOString() }),
    ]);
    return db;
  }

  it('lists tags with counts of live entries, case folded', async () => {
    const db = await seed();
    expect(await listTags(db)).toEqual([
      { tag: 'billing', count: 3 },
      { tag: 'infra', count: 1 },
      { tag: 'q2', count: 1 },
    ]);
  });

  it('renames a tag everywhere, and merges into an existing tag without duplicates', async () => {
    const db = await seed();
    expect(await renameTag(db, 'BILLING', 'payments', NOW)).toMatchObject({ ok: true });
    expect((await db.entries.get(testId(2)))?.tags).toEqual(['payments']);
    expect(await renameTag(db, 'payments', 'infra', NOW)).toMatchObject({ ok: true });
    expect((await db.entries.get(testId(1)))?.tags).toEqual(['infra']);
    expect((await db.entries.get(testId(3)))?.tags).toEqual(['infra', 'q2']);
    expect(await listTags(db)).toEqual([
      { tag: 'infra', count: 3 },
      { tag: 'q2', count: 1 },
    ]);
  });

  it('refuses an empty or over-long new name', async () => {
    const db = await seed();
    expect(await renameTag(db, 'billing', ' ', NOW)).toEqual({
      ok: false,
      errors: [{ field: 'tag', message: 'A tag cannot be empty.' }],
    });
    expect(await renameTag(db, 'billing', 'x'.repeat(41), NOW)).toMatchObject({ ok: false });
    expect((await db.entries.get(testId(1)))?.tags).toEqual(['billing', 'infra']);
  });
});

describe('custom areas', () => {
  it('adds areas beside the built-in ones and renames them keeping their id', async () => {
    const db = freshDb();
    const added = await addCustomArea(db, 'Site reliability', NOW);
    expect(added).toMatchObject({ ok: true, area: { id: 'site-reliability', name: 'Site reliability' } });
    expect(await addCustomArea(db, 'site RELIABILITY', NOW)).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'There is already an area called Site reliability.' }],
    });
    expect(await addCustomArea(db, 'Teaching', NOW)).toMatchObject({ ok: false });
    expect(await addCustomArea(db, '', NOW)).toMatchObject({
      ok: false,
      errors: [{ field: 'name', message: 'An area needs a name.' }],
    });
    expect(await renameCustomArea(db, 'site-reliability', 'SRE', NOW)).toMatchObject({
      ok: true,
      area: { id: 'site-reliability', name: 'SRE' },
    });
    expect((await listCustomAreas(db)).map((a) => [a.id, a.name])).toEqual([['site-reliability', 'SRE']]);
  });
});
