// People edited in two views at once: a rename, a relationship or a merge started on one version
// of a person is refused once another view has changed them (src/db/people.ts).
import type { LatitudeDb } from '../../src/db/database';
import { addPeopleNamedInEntries, mergePeople, renamePerson, setRelationship } from '../../src/db/people';
import { isStaleWrite, type StaleWriteError } from '../../src/db/revisions';
import type { Person } from '../../src/domain/person';
import { freshDb, makeEntry, nextTestId, testId } from '../fixtures/log-entries';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const LATER = new Date('2025-06-01T12:05:00.000Z');

async function seed(): Promise<{ db: LatitudeDb; ana: Person; bo: Person }> {
  const db = freshDb();
  await db.entries.bulkPut([
    makeEntry({ id: testId(1), kind: 'feedback', person: 'Ana Lima', relationship: 'manager' }),
    makeEntry({ id: testId(2), kind: 'note', person: 'Bo Chen' }),
  ]);
  await addPeopleNamedInEntries(db, { now: NOW, newId: nextTestId });
  const people = await db.people.toArray();
  return { db, ana: people.find((p) => p.name === 'Ana Lima')!, bo: people.find((p) => p.name === 'Bo Chen')! };
}

async function staleError(write: Promise<unknown>): Promise<StaleWriteError<Person>> {
  const error = await write.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isStaleWrite<Person>(error)) throw new Error(`expected a stale write, got ${String(error)}`);
  return error;
}

describe('a person changed in another view', () => {
  it('refuses a rename begun on the older version, renaming nothing, and hands back the newer one', async () => {
    const { db, ana } = await seed();
    expect(await setRelationship(db, ana.id, 'peer', NOW, ana)).toEqual({ ok: true });
    const error = await staleError(renamePerson(db, ana.id, 'Ana Souza', LATER, ana));
    expect(error.stored).toMatchObject({ name: 'Ana Lima', relationship: 'peer' });
    expect((await db.entries.get(testId(1)))?.person).toBe('Ana Lima');
    expect((await db.people.get(ana.id))?.name).toBe('Ana Lima');

    // Made over the version the refusal showed, it goes through, entries too.
    expect(await renamePerson(db, ana.id, 'Ana Souza', LATER, error.stored)).toEqual({ ok: true });
    expect((await db.entries.get(testId(1)))?.person).toBe('Ana Souza');
    expect(await db.people.get(ana.id)).toMatchObject({ name: 'Ana Souza', relationship: 'peer' });
  });

  it('refuses a relationship chosen on the older version', async () => {
    const { db, ana } = await seed();
    expect(await renamePerson(db, ana.id, 'Ana Souza', NOW, ana)).toEqual({ ok: true });
    const error = await staleError(setRelationship(db, ana.id, 'skip', LATER, ana));
    expect(error.stored?.name).toBe('Ana Souza');
    expect((await db.people.get(ana.id))?.relationship).toBe('manager');
  });

  it('refuses a merge when either person changed, and says who was merged away', async () => {
    const { db, ana, bo } = await seed();
    await renamePerson(db, bo.id, 'Bo Chen-Li', NOW, bo);
    const changed = await staleError(mergePeople(db, ana.id, bo.id, LATER, { from: ana, into: bo }));
    expect(changed.stored).toMatchObject({ id: bo.id, name: 'Bo Chen-Li' });
    expect((await db.entries.get(testId(1)))?.person).toBe('Ana Lima');

    const current = (await db.people.get(bo.id))!;
    expect(await mergePeople(db, bo.id, ana.id, LATER, { from: current, into: ana })).toEqual({ ok: true });
    const gone = await staleError(setRelationship(db, bo.id, 'peer', LATER, current));
    expect(gone.stored).toBeUndefined();
  });

  it('counts every write of a person, so each of these is seen by the others', async () => {
    const { db, ana } = await seed();
    const rev = ana.rev ?? 0;
    await setRelationship(db, ana.id, 'peer', NOW, ana);
    expect((await db.people.get(ana.id))?.rev).toBe(rev + 1);
  });
});
