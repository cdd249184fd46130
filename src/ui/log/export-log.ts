import type { Download } from '../../browser/download';
import type { LatitudeDb } from '../../db/database';
import type { EntryQuery } from '../../db/entries/log-page';
import { readLogExport } from '../../db/entries/log-export';
import type { Entry } from '../../domain/entry';
import { buildLogMarkdown, logExportFileName } from '../../domain/log-export';

export interface LogExportDeps {
  db: LatitudeDb;
  query: EntryQuery;
  /** The view's search hits, when it is a search; else the database is asked for the filtered log. */
  searched?: readonly Entry[];
  download: Download;
  now: Date;
}

/**
 * Reads, builds and downloads the log's Markdown (domain/log-export.ts). The log page loads this
 * module only when **Download Markdown** is clicked, so its first screen carries none of it.
 */
export async function downloadLogMarkdown(deps: LogExportDeps): Promise<{ filename: string; entries: number }> {
  const data = await readLogExport(deps.db, deps.query, deps.searched);
  const text = buildLogMarkdown({ ...data, now: deps.now });
  const filename = logExportFileName(deps.query.filter, deps.now);
  deps.download(new Blob([text], { type: 'text/markdown' }), filename);
  return { filename, entries: data.entries.filter((entry) => !entry.deletedAt).length };
}
