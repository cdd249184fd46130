import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { ActionItem } from '../domain/action-item';
import type { CustomArea } from '../domain/area';
import type { Conversation } from '../domain/conversation';
import type { Entry } from '../domain/entry';
import type { Person } from '../domain/person';
import type { Role } from '../domain/role';
import { watchConnection } from './connection';
import { revisionsMiddleware } from './revisions';
import { localWritesMiddleware } from './changes';

export const DATABASE_NAME = 'latitude';

/**
 * The one database of Latitude. Versions are frozen once released: a change of schema is a new
 * `this.version(n)` with an upgrader, tested from a fixture of version n-1 (tests/db/).
 *
 * Adding version n (tests/db/migrations.test.ts fails until every step is done):
 * 1. Declare `this.version(n).stores({...})` below, with `.upgrade(tx => ...)` if records change
 *    shape. Never edit an earlier version.
 * 2. Freeze version n in tests/fixtures/db/: copy the previous `v{n-1}.ts` to `v{n}.ts`, set its
 *    `version` and `stores` to version n's, write its record types out by hand (never import them
 *    from src/), add a `v{n}.json` with records of every kind in the new shape, and list it in
 *    tests/fixtures/db/index.ts. Every fixture, old and new, is then opened by the current code.
 * 3. A new table: add its schema to BACKUP_TABLES (src/domain/backup/tables.ts), so backups keep
 *    holding every table.
 * 4. Records that change shape: add the same conversion, as a pure function, to
 *    BACKUP_RECORD_UPGRADES (src/domain/backup/upgrade-records.ts), so old backup files still
 *    import (tests/fixtures/backup/ holds one per format).
 *
 * Indexes exist only for queries that run: recent captures (`createdAt`), the log's
 * newest-first order (`[occurredOn+createdAt]`), people by name, a person's conversations by date
 * and the action items that carry forward. Large strings are never indexed.
 *
 * Version 2 serves the log page: entries by `kind` (counts), `person`, `*tags` and `*areas`
 * (filters, renames and merges), `deletedAt` (tombstones to purge; live entries have none, so they
 * are not in that index) and `updatedAt` (keeping the search index current); plus the user's own
 * `areas`. It only adds indexes and a table, so it needs no upgrader.
 *
 * Version 3 adds the user's `roles` (Settings → Your roles), read whole by the prep and the
 * settings page: a handful of records, sorted in code, so only the primary key is indexed. A new
 * table only, so no upgrader.
 */
export class LatitudeDb extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  people!: EntityTable<Person, 'id'>;
  conversations!: EntityTable<Conversation, 'id'>;
  actionItems!: EntityTable<ActionItem, 'id'>;
  areas!: EntityTable<CustomArea, 'id'>;
  roles!: EntityTable<Role, 'id'>;

  constructor(name = DATABASE_NAME, options: DexieOptions = {}) {
    // Strict durability: a capture reported as saved must survive a crash right after. No query
    // cache: its optimistic updates re-ran every live query while a write was still in flight
    // (~1.5 ms of a 5 ms capture), to show a state the view shows anyway once it commits.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled', ...options });
    // Another context upgrading the database closes this connection instead of hanging it.
    watchConnection(this);
    this.use(revisionsMiddleware);
    this.use(localWritesMiddleware(this));
    this.version(1).stores({
      entries: 'id, createdAt, [occurredOn+createdAt]',
      people: 'id, name',
      conversations: 'id, [personId+date]',
      actionItems: 'id, personId, conversationId',
    });
    this.version(2).stores({
      entries: 'id, createdAt, [occurredOn+createdAt], updatedAt, deletedAt, kind, person, *tags, *areas',
      areas: 'id',
    });
    this.version(3).stores({
      roles: 'id',
    });
  }
}

let instance: LatitudeDb | undefined;

/**
 * The shared instance for the extension's pages and background; tests make their own. It starts
 * opening at once, so that a page's first queries find it open instead of waiting for the open
 * behind the first render. A failure is not lost: `useStorageHealth` opens again and says so.
 */
export function latitudeDb(): LatitudeDb {
  if (!instance) {
    instance = new LatitudeDb();
    instance.open().catch(() => undefined);
  }
  return instance;
}
