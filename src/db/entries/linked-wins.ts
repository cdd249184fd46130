import type { Entry, Win } from '../../domain/entry';
import { compareNewestFirst } from '../../domain/log-groups';
import type { LatitudeDb } from '../database';

/*
 * The wins that feedback can be linked to ("About a win"), for the log's editor and the side
 * panel. Kept apart from entries.ts so that the popup, which imports that file, carries none of it.
 */

export interface WinsForLinking {
  /** Only wins that happened on or after this day (`YYYY-MM-DD`): the side panel's last year. */
  since?: string;
  /**
   * Wins to list even when they are older than the newest `limit` (the win an entry already links
   * to), so that an existing link is shown, not silently dropped. Deleted ones are left out.
   */
  include?: readonly string[];
}

/**
 * The newest `limit` live wins, newest first by the day they happened (then by capture time),
 * plus the live wins named in `include`. Bulk reads only: the wins by the `kind` index, or with
 * `since` the days from then on by the date index (a year of entries, however long the log).
 */
export async function listWinsForLinking(
  db: LatitudeDb,
  limit: number,
  { since, include = [] }: WinsForLinking = {},
): Promise<Win[]> {
  // Inside a live query only awaits of Dexie's own promises keep the subscription: no helpers.
  const rows =
    since === undefined
      ? await db.entries.where('kind').equals('win').toArray()
      : await db.entries
          .where('[occurredOn+createdAt]')
          .between([since, ''], ['\uffff', '\uffff'], true, true)
          .toArray();
  const wins = rows.filter(isLiveWin).sort(compareNewestFirst).slice(0, limit);
  const listed = new Set(wins.map((win) => win.id));
  const missing = [...new Set(include)].filter((id) => !listed.has(id));
  if (missing.length === 0) return wins;
  const older = (await db.entries.bulkGet(missing)).filter((entry): entry is Win => Boolean(entry && isLiveWin(entry)));
  return [...wins, ...older].sort(compareNewestFirst);
}

function isLiveWin(entry: Entry): entry is Win {
  return entry.kind === 'win' && !entry.deletedAt;
}
