import type * as z from 'zod/mini';
import { actionItemSchema } from '../action-item';
import { customAreaSchema } from '../area';
import { conversationSchema } from '../conversation';
import { entrySchema, feedbackSchema, noteSchema, talentSchema, winSchema } from '../entry';
import { personSchema } from '../person';
import { roleSchema } from '../role';

/**
 * Every table of the log and the schema its records must satisfy today. A backup holds all of
 * them; a table added to the database must be added here too (tests/db/migrations.test.ts fails
 * until it is), or backups would silently leave it out.
 */
export const BACKUP_TABLES = {
  entries: entrySchema,
  people: personSchema,
  conversations: conversationSchema,
  actionItems: actionItemSchema,
  areas: customAreaSchema,
  roles: roleSchema,
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

const ENTRY_SCHEMAS: Record<string, z.ZodMiniType> = {
  win: winSchema,
  feedback: feedbackSchema,
  talent: talentSchema,
  note: noteSchema,
};

/**
 * The schema to check one record with. For entries it is the member of the `kind` union, picked
 * here: zod/mini's discriminated union costs about three times its member on every record (53 µs
 * against 18 µs in Node), which is most of the time an import of ten thousand entries takes. An
 * unknown or missing kind goes to the union itself, so that its error names the `kind` field.
 */
export function recordSchema(table: TableName, record: unknown): z.ZodMiniType {
  if (table === 'entries' && typeof record === 'object' && record !== null) {
    const kind = (record as { kind?: unknown }).kind;
    if (typeof kind === 'string' && Object.hasOwn(ENTRY_SCHEMAS, kind)) return ENTRY_SCHEMAS[kind]!;
  }
  return BACKUP_TABLES[table];
}
