/**
 * Turns what someone types in a Tags box ("billing, #mentoring  on-call") into tags: split on
 * commas, a leading `#` dropped, spaces folded, duplicates (ignoring case) removed. Length limits
 * are checked by the entry schema, so that an over-long tag is reported instead of cut.
 */
export function parseTags(raw: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of raw.split(',')) {
    const tag = part.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}
