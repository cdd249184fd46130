import { type BackupData, emptyBackupData, TABLE_NAMES, type TableName } from './tables';

export interface PlanCounts {
  /** Records whose id is not in the log yet: they will be added. */
  added: number;
  /** Records already in the log exactly as in the file: nothing to do. */
  identical: number;
  /** Records whose id is in the log with different content: the log's version is kept. */
  conflicting: number;
}

export interface ImportPlan {
  tables: Record<TableName, PlanCounts>;
  total: PlanCounts;
  /** What a merge writes: only the new records. */
  toAdd: BackupData;
}

/** What is stored under each incoming record's id, aligned with the file's tables (`bulkGet`). */
export type ExistingRecords = { [T in TableName]: readonly unknown[] };

/**
 * The dry run of a merge. A merge only adds: a record whose id exists is never changed, whether it
 * is identical or not, so importing the same backup twice adds nothing the second time.
 */
export function planImport(incoming: BackupData, existing: ExistingRecords): ImportPlan {
  const toAdd = emptyBackupData();
  const total: PlanCounts = { added: 0, identical: 0, conflicting: 0 };
  const tables = {} as Record<TableName, PlanCounts>;
  for (const name of TABLE_NAMES) {
    const counts: PlanCounts = { added: 0, identical: 0, conflicting: 0 };
    const records = incoming[name] as readonly unknown[];
    const adds = toAdd[name] as unknown[];
    records.forEach((record, index) => {
      const stored = existing[name][index];
      if (stored === undefined) {
        counts.added += 1;
        adds.push(record);
      } else if (sameRecord(stored, record)) {
        counts.identical += 1;
      } else {
        counts.conflicting += 1;
      }
    });
    tables[name] = counts;
    total.added += counts.added;
    total.identical += counts.identical;
    total.conflicting += counts.conflicting;
  }
  return { tables, total, toAdd };
}

/** Equal as data: the same fields with the same values, whatever the key order. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys sorted and undefined fields left out, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  });
}
