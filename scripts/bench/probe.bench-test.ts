import { countEntriesByKind, listFilteredEntriesPage } from '../../src/db/log-entries';
import { listEntriesPage } from '../../src/db/entries';
import { listPersonNames } from '../../src/db/people';
import { listTagNames } from '../../src/db/tags';
import { EMPTY_FILTER } from '../../src/domain/log-filter';
import { freshDb } from '../../tests/fixtures/log-entries';
import { generateEntries } from './log-data';

it('probe', async () => {
  const n = Number(process.env.N ?? 10000);
  const db = freshDb();
  await db.entries.bulkPut(generateEntries(n));
  const out: string[] = [];
  const t = async (label: string, run: () => Promise<unknown>) => {
    const s = performance.now();
    await run();
    out.push(`${label} ${(performance.now() - s).toFixed(1)}`);
  };
  const q = (f: object) => ({ filter: { ...EMPTY_FILTER, ...f }, today: '2025-06-01' });
  for (let i = 0; i < 2; i++) {
    await t('orig listEntriesPage', () => listEntriesPage(db, 50));
    await t('page', () => listFilteredEntriesPage(db, 50, q({})));
    await t('counts', () => countEntriesByKind(db, q({})));
    await t('tags', () => listTagNames(db));
    await t('people', () => listPersonNames(db));
    await t('kind filter page', () => listFilteredEntriesPage(db, 50, q({ kind: 'feedback' })));
    await t('person eq', () => db.entries.where('person').equals('Ana Lima').toArray());
    await t('person eqIC', () => db.entries.where('person').equalsIgnoreCase('Ana Lima').toArray());
    await t('tag eqIC', () => db.entries.where('tags').equalsIgnoreCase('billing').toArray());
    await t('tag eq', () => db.entries.where('tags').equals('billing').toArray());
    await t('between rev filter limit', () => db.entries.where('[occurredOn+createdAt]').between(['', ''], ['\uffff', '\uffff'], true, true).reverse().filter((e) => !e.deletedAt).limit(51).toArray());
    await t('orderBy rev filter(kind) limit', () => db.entries.orderBy('[occurredOn+createdAt]').reverse().filter((e) => e.kind === 'feedback').limit(51).toArray());
    await t('orderBy rev limit no filter', () => db.entries.orderBy('[occurredOn+createdAt]').reverse().limit(51).toArray());
    await t('between rev filter(kind) limit', () => db.entries.where('[occurredOn+createdAt]').between(['', ''], ['\uffff', '\uffff'], true, true).reverse().filter((e) => e.kind === 'feedback').limit(51).toArray());
    await t('kind filter page again', () => listFilteredEntriesPage(db, 50, q({ kind: 'feedback' })));
    await t('kind count', () => db.entries.where('kind').equals('win').count());
    await t('deleted', () => db.entries.where('deletedAt').above('').toArray());
  }
  console.log(out.join('\n'));
});
