import Dexie from 'dexie';
import type { ActionItem } from '../domain/action-item';
import type { Entry } from '../domain/entry';
import type { Person } from '../domain/person';
import type { Period, PrepLog } from '../domain/prep/types';
import type { Role } from '../domain/role';
import type { LatitudeDb } from './database';
import { listRoles } from './roles';

export interface PrepSource extends PrepLog {
  entries: Entry[];
  people: Person[];
  actionItems: ActionItem[];
  /** The user's live roles, oldest first: "in this role" is read from them. */
  roles: Role[];
}

/**
 * What a prep of this period reads, and nothing more: the period's entries through the
 * `[occurredOn+createdAt]` index (so a year of a long log is one range scan, oldest first, the
 * order the engine sorts cheapest), the people, the open action items and the user's roles (the
 * whole history, whatever the period: the current role may have started before it). One read
 * transaction, so the four agree with each other.
 */
export function loadPrepSource(db: LatitudeDb, period: Period): Promise<PrepSource> {
  return db.transaction('r', [db.entries, db.people, db.actionItems, db.roles], async () => {
    // Tombstones are dropped after the read: a Dexie `.filter()` would turn the one `getAll` on
    // the index range into a cursor step per record, several times slower for a year of entries.
    const entries =
      period.from > period.to
        ? []
        : (
            await db.entries
              .where('[occurredOn+createdAt]')
              .between([period.from, Dexie.minKey], [period.to, Dexie.maxKey], true, true)
              .toArray()
          ).filter((entry) => !entry.deletedAt);
    const people = await db.people
      .orderBy('name')
      .filter((person) => !person.deletedAt)
      .toArray();
    // Action items have no index on `doneAt`; the table holds commitments, not the log, and stays
    // small enough to scan.
    const actionItems = await db.actionItems.filter((item) => !item.deletedAt && !item.doneAt).toArray();
    const roles = await listRoles(db);
    return { entries, people, actionItems, roles };
  });
}
