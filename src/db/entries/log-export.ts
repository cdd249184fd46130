import type { Entry } from '../../domain/entry';
import type { LogExportInput } from '../../domain/log-export';
import type { LatitudeDb } from '../database';
import { type EntryQuery, listFilteredEntries } from './log-page';

/** What the log's Markdown export is built from, except the time of the export. */
export type LogExportData = Omit<LogExportInput, 'now'>;

/**
 * Reads what the log's Markdown export needs, in one transaction so the file is one consistent
 * moment of the log: the entries of the view (`searched` when the view is a search, whose hits the
 * page's index has already chosen; else the filtered log from the database), the wins they are
 * about, and the conversations, action items, people and areas, which are small tables read whole
 * (domain/log-export.ts chooses what goes with the entries).
 */
export function readLogExport(db: LatitudeDb, query: EntryQuery, searched?: readonly Entry[]): Promise<LogExportData> {
  return db.transaction('r', [db.entries, db.conversations, db.actionItems, db.people, db.areas], async () => {
    const entries = searched ? [...searched] : await listFilteredEntries(db, query);
    const exported = new Set(entries.map((entry) => entry.id));
    const missing = [...new Set(entries.flatMap((entry) => entry.about ?? []))].filter((id) => !exported.has(id));
    const linked = missing.length
      ? (await db.entries.bulkGet(missing)).filter((entry): entry is Entry => Boolean(entry))
      : [];
    const conversations = await db.conversations.toArray();
    const actionItems = await db.actionItems.toArray();
    const people = await db.people.toArray();
    const customAreas = await db.areas.toArray();
    return {
      entries,
      linked,
      conversations,
      actionItems,
      people,
      customAreas,
      filter: query.filter,
      today: query.today,
    };
  });
}
