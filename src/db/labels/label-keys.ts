import { sameLabel } from '../../domain/log-filter';
import type { LatitudeDb } from '../database';

/**
 * The stored spellings of a tag or a name, ignoring case ("billing", "Billing"), read from the
 * index keys alone. Querying those exact keys with `anyOf` is much cheaper than Dexie's
 * `equalsIgnoreCase`, which walks the index with a cursor.
 */
export async function storedSpellings(db: LatitudeDb, index: 'tags' | 'person', label: string): Promise<string[]> {
  const keys = await db.entries.orderBy(index).uniqueKeys();
  return keys.map(String).filter((key) => sameLabel(key, label));
}

/** Keeps the first spelling of each label, ignoring case, sorted for people to scan. */
export function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const label of labels) {
    const key = label.toLocaleLowerCase();
    if (!seen.has(key)) seen.set(key, label);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
