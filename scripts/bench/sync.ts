/**
 * `npm run bench:sync` (run by `npm run bench` too): sync of a generated log to a real WebDAV server
 * on 127.0.0.1 (Apache with mod_dav, tests/support/webdav-server.ts), with the sync engine
 * (src/sync/engine.ts) in Node over an in-memory IndexedDB: the first upload, an incremental round
 * after one change, and a pull of everything onto an empty profile, next to a plain export and import
 * of the same log (a backup file). Each figure is the median of `--runs` runs, each on a new folder.
 *
 *   npm run bench:sync -- [--entries 10000] [--runs 3]
 */
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import { applyBackupImport, exportBackup } from '../../src/db/backup/backup';
import type { LatitudeDb } from '../../src/db/database';
import { emptyBackupData } from '../../src/domain/backup/tables';
import { connect, type EngineOptions, type SyncConfig, syncOnce } from '../../src/sync/engine';
import { isolatedDb } from '../../tests/fixtures/db/isolated';
import { generateLog } from '../../tests/fixtures/generate-log';
import { startWebDavServer } from '../../tests/support/webdav-server';

const { values: args } = parseArgs({
  options: { entries: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const ENTRIES = Number(args.entries);
const RUNS = Number(args.runs);
const PASSPHRASE = 'bench passphrase, long enough';
const now = () => new Date();

async function device(): Promise<{ db: LatitudeDb; options: EngineOptions }> {
  const db = isolatedDb();
  await db.open();
  return { db, options: { indexedDB: db._options.indexedDB as IDBFactory } };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

function must<T extends { ok: boolean }>(result: T, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
  return result;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

const server = await startWebDavServer();
const samples = {
  exportMs: [] as number[],
  importMs: [] as number[],
  firstMs: [] as number[],
  oneChangeMs: [] as number[],
  pullMs: [] as number[],
};
let folderBytes = 0;
try {
  const log = generateLog(ENTRIES, 1);
  for (let run = 0; run < RUNS; run++) {
    const config: SyncConfig = {
      serverUrl: server.url,
      username: server.username,
      password: server.password,
      folder: `Bench ${run}`,
    };
    const a = await device();
    const imported = await timed(() =>
      applyBackupImport(
        a.db,
        { ...emptyBackupData(), entries: [...log.entries], people: [...log.people], actionItems: [...log.actionItems] },
        { mode: 'merge' },
      ),
    );
    samples.importMs.push(imported.ms);
    samples.exportMs.push(
      (await timed(() => exportBackup(a.db, { now: now(), appVersion: '0.1.0' }).then((file) => file.text))).ms,
    );
    must(await connect(config, PASSPHRASE, a.options), 'connect');
    samples.firstMs.push((await timed(async () => must(await syncOnce(a.db, config, now, a.options), 'first'))).ms);
    const first = log.entries[0]!;
    await a.db.entries.update(first.id, { text: `${first.text} (edited)` });
    samples.oneChangeMs.push((await timed(async () => must(await syncOnce(a.db, config, now, a.options), 'one'))).ms);

    const b = await device();
    must(await connect(config, PASSPHRASE, b.options), 'connect b');
    const pull = await timed(async () => must(await syncOnce(b.db, config, now, b.options), 'pull'));
    samples.pullMs.push(pull.ms);
    if ((await b.db.entries.count()) !== ENTRIES) throw new Error('The pull did not bring every entry.');
    folderBytes = 0;
    for (const file of await server.files()) {
      if (file.startsWith(`Bench ${run}/`)) folderBytes += (await server.readRaw(file)).length;
    }
    a.db.close();
    b.db.close();
  }
} finally {
  await server.stop();
}

const n = ENTRIES.toLocaleString('en');
const rows: [string, number[]][] = [
  [`Plain export of the log (backup file, ${n} entries)`, samples.exportMs],
  [`Plain import of the same log onto an empty profile`, samples.importMs],
  [`Sync: first upload of ${n} entries`, samples.firstMs],
  ['Sync: incremental round after one change', samples.oneChangeMs],
  [`Sync: pull of ${n} entries onto an empty profile`, samples.pullMs],
];
console.log(`\nSync to a WebDAV server on 127.0.0.1 (Apache mod_dav), median of ${RUNS} runs:\n`);
console.log('| Figure | Median | Range |\n|---|---:|---:|');
for (const [label, values] of rows) {
  console.log(
    `| ${label} | ${Math.round(median(values))} ms | ${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} ms |`,
  );
}
console.log(`\nThe sync folder holds ${(folderBytes / 1024 / 1024).toFixed(1)} MB (encrypted).`);
