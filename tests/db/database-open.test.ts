import { LatitudeDb } from '../../src/db/database';
import { saveCapture } from '../../src/db/entries/capture';
import { createTestClock } from '../fixtures/clock';
import { unopenableDb } from '../fixtures/broken-indexeddb';

describe('a database that cannot open', () => {
  it.each(['throw', 'error'] as const)('rejects a capture when open %ss, so no view says "saved"', async (mode) => {
    const db = unopenableDb(mode);
    const clock = createTestClock();
    await expect(
      saveCapture(db, { kind: 'win', text: 'shipped it' }, { now: clock.now(), newId: clock.newId }),
    ).rejects.toThrow();
    await expect(db.open()).rejects.toThrow();
  });

  it('still refuses bad input before touching storage', async () => {
    const clock = createTestClock();
    const result = await saveCapture(
      unopenableDb(),
      { kind: 'win', text: ' ' },
      { now: clock.now(), newId: clock.newId },
    );
    expect(result.ok).toBe(false);
  });
});

describe('LatitudeDb', () => {
  it('opens with its six tables and the indexes the queries use', async () => {
    const db = new LatitudeDb('latitude-schema');
    await db.open();
    const schema = Object.fromEntries(
      db.tables.map((table) => [table.name, [table.schema.primKey.name, ...table.schema.indexes.map((i) => i.name)]]),
    );
    expect(schema).toEqual({
      entries: [
        'id',
        'createdAt',
        '[occurredOn+createdAt]',
        'updatedAt',
        'deletedAt',
        'kind',
        'person',
        'tags',
        'areas',
      ],
      people: ['id', 'name'],
      conversations: ['id', '[personId+date]'],
      actionItems: ['id', 'personId', 'conversationId'],
      areas: ['id'],
      roles: ['id'],
    });
    db.close();
  });
});
