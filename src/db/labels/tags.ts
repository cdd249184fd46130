import type { FieldError } from '../../domain/capture';
import { fieldErrors } from '../../domain/capture';
import { tagSchema } from '../../domain/entry';
import { renameTagIn } from '../../domain/entry-edit';
import type { LatitudeDb } from '../database';
import { distinctLabels, storedSpellings } from './label-keys';

export interface TagSummary {
  tag: string;
  count: number;
}

/**
 * Every tag in the log with how many live entries carry it, most used first. Tags that differ
 * only in case are one tag, shown as most entries spell it.
 */
export async function listTags(db: LatitudeDb): Promise<TagSummary[]> {
  const spellings = new Map<string, Map<string, number>>();
  await db.entries
    .where('tags')
    .above('')
    .distinct()
    .each((entry) => {
      if (entry.deletedAt) return;
      for (const tag of entry.tags) {
        const key = tag.toLocaleLowerCase();
        const counts = spellings.get(key) ?? new Map<string, number>();
        counts.set(tag, (counts.get(tag) ?? 0) + 1);
        spellings.set(key, counts);
      }
    });
  return [...spellings.values()]
    .map((counts) => {
      const [tag] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      return { tag, count: [...counts.values()].reduce((sum, n) => sum + n, 0) };
    })
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export type TagChange = { ok: true; updated: number } | { ok: false; errors: FieldError[] };

/**
 * Renames a tag on every entry (tombstones too, so an Undo brings back the new name). Renaming to a
 * tag that exists merges the two: an entry that had both keeps one.
 */
export function renameTag(db: LatitudeDb, from: string, to: string, now: Date): Promise<TagChange> {
  const parsed = tagSchema.safeParse(to.replace(/^#+/, ''));
  if (!parsed.success) {
    return Promise.resolve({
      ok: false,
      errors: fieldErrors(parsed.error).map((e) => ({ ...e, field: 'tag' })),
    });
  }
  const target = parsed.data.replace(/\s+/g, ' ');
  const stamp = now.toISOString();
  return db.transaction('rw', db.entries, async () => {
    const spellings = await storedSpellings(db, 'tags', from);
    const updated = await db.entries
      .where('tags')
      .anyOf(spellings)
      .distinct()
      .modify((entry) => {
        const tags = renameTagIn(entry.tags, from, target);
        if (tags.length === entry.tags.length && tags.every((tag, i) => tag === entry.tags[i])) return;
        entry.tags = tags;
        entry.updatedAt = stamp;
      });
    return { ok: true, updated };
  });
}

/**
 * The distinct tags, for a filter's choices, read from the index keys alone (fast at any size).
 * Tags only on deleted entries may appear until those are purged; choosing one shows nothing.
 */
export async function listTagNames(db: LatitudeDb): Promise<string[]> {
  return distinctLabels((await db.entries.orderBy('tags').uniqueKeys()).map(String));
}
