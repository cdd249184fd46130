import type * as z from 'zod/mini';
import { actionItemSchema } from '../action-item';
import { conversationSchema } from '../conversation';
import { entrySchema } from '../entry';
import { personSchema } from '../person';

/**
 * Every table of the log and the schema its records must satisfy today. A backup holds all of
 * them; a table added to the database must be added here too (tests/db/backup-tables.test.ts fails
 * until it is), or backups would silently leave it out.
 */
export const BACKUP_TABLES = {
  entries: entrySchema,
  people: personSchema,
  conversations: conversationSchema,
  actionItems: actionItemSchema,
} as const;

export type TableName = keyof typeof BACKUP_TABLES;

export const TABLE_NAMES = Object.keys(BACKUP_TABLES) as TableName[];

export type TableRecord<T extends TableName> = z.infer<(typeof BACKUP_TABLES)[T]>;

/** The whole log, table by table, tombstones included. */
export type BackupData = { [T in TableName]: TableRecord<T>[] };

export type TableCounts = Record<TableName, number>;

export function isTableName(name: string): name is TableName {
  return Object.hasOwn(BACKUP_TABLES, name);
}

export function countRecords(data: { [T in TableName]: readonly unknown[] }): TableCounts {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, data[name].length])) as TableCounts;
}

export function emptyBackupData(): BackupData {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as BackupData;
}
