import { readLogExport } from '../../../src/db/entries/log-export';
import { EMPTY_FILTER, type LogFilter } from '../../../src/domain/log-filter';
import { makeActionItem, makeConversation, makePerson } from '../../fixtures/db/records';
import { freshDb, makeEntry, testId } from '../../fixtures/log-entries';

const today = '2025-06-01';
const query = (filter: Partial<LogFilter> = {}) => ({ filter: { ...EMPTY_FILTER, ...filter }, today });

async function seed() {
  const db = freshDb();
  const talk = makeConversation(50, { date: '2025-05-30' });
  await db.entries.bulkPut([
    makeEntry({ id: testId(1), occurredOn: '2025-05-30', text: 'Led the incident review', tags: ['incident'] }),
    makeEntry({
      id: testId(2),
      occurredOn: '2025-05-20',
      kind: 'feedback',
      text: 'Keep the design docs',
      about: [testId(4)],
    }),
    makeEntry({ id: testId(3), occurredOn: '2025-04-02', kind: 'talent', text: 'Explaining systems' }),
    makeEntry({ id: testId(4), occurredOn: '2024-12-01', text: 'Old win with the docs' }),
    makeEntry({
      id: testId(5),
      occurredOn: '2025-05-31',
      kind: 'note',
      text: 'Deleted note',
      deletedAt: '2025-05-31T10:00:00.000Z',
    }),
  ]);
  await db.conversations.put(talk);
  await db.actionItems.put(makeActionItem(51, { conversationId: talk.id }));
  await db.people.put(makePerson(52, { name: 'Ana Lima' }));
  await db.areas.put({
    id: 'site-reliability',
    name: 'Site reliability',
    createdAt: talk.createdAt,
    updatedAt: talk.updatedAt,
  });
  return db;
}

describe('reading the log for its Markdown export', () => {
  it('reads the whole filtered log, not a page, with the small tables whole', async () => {
    const db = await seed();
    const data = await readLogExport(db, query());
    expect(data.entries.map((entry) => entry.text)).toEqual([
      'Led the incident review',
      'Keep the design docs',
      'Explaining systems',
      'Old win with the docs',
    ]);
    expect(data.conversations).toHaveLength(1);
    expect(data.actionItems).toHaveLength(1);
    expect(data.people.map((person) => person.name)).toEqual(['Ana Lima']);
    expect(data.customAreas.map((area) => area.name)).toEqual(['Site reliability']);
    expect(data.filter).toEqual(query().filter);
  });

  it('applies the filter, and reads the wins that exported feedback is about', async () => {
    const db = await seed();
    const data = await readLogExport(db, query({ period: 'last-90-days', kind: 'feedback' }));
    expect(data.entries.map((entry) => entry.id)).toEqual([testId(2)]);
    expect(data.linked?.map((entry) => entry.text)).toEqual(['Old win with the docs']);
  });

  it("takes a search's hits as the view chose them", async () => {
    const db = await seed();
    const hit = makeEntry({ id: testId(3), occurredOn: '2025-04-02', kind: 'talent', text: 'Explaining systems' });
    const data = await readLogExport(db, query({ q: 'explain' }), [hit]);
    expect(data.entries).toEqual([hit]);
    expect(data.linked).toEqual([]);
  });
});
