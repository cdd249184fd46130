// A real WebDAV server for the sync tests: Debian's Apache httpd with mod_dav and mod_dav_fs, run in
// the foreground from a config generated in a temporary directory, bound to 127.0.0.1 on a free
// port, with basic auth from a generated htpasswd file. `.ci/run` installs `apache2` when missing;
// without it the tests fail and say so (they never skip).
//
// ETags are content digests (`FileETag Digest`), so they are strong and change on every write:
// Apache's default (mtime and size) is weak within a second of a write, and a weak ETag never
// matches If-Match, which would make two quick writes of one file fail for no reason.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = process.env.APACHE_MODULES ?? '/usr/lib/apache2/modules';
const MODULE_NAMES = [
  'mpm_event',
  'authn_core',
  'authn_file',
  'authz_core',
  'authz_user',
  'auth_basic',
  'rewrite',
  'dav',
  'dav_fs',
];
/** Statuses `fail()` can make the server answer with. */
const FAULT_STATUSES = [401, 403, 404, 409, 412, 423, 500, 502, 503, 507] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

export interface WebDavServer {
  /** The server's root URL, ending in `/`. */
  url: string;
  username: string;
  password: string;
  /** The directory the server stores files in. */
  root: string;
  stop(): Promise<void>;
  /** Every file (not folder) under the root, as paths relative to it with `/`, sorted. */
  files(): Promise<string[]>;
  readRaw(path: string): Promise<Buffer>;
  /** Writes a file behind the server's back (a half-written or tampered file, another app's file). */
  writeRaw(path: string, data: Uint8Array | string): Promise<void>;
  /**
   * From now on every request (or only those with one of `methods`) is answered with `status`,
   * as a server with a full disk (507), a crash (500) or a revoked password (401) would; `heal()`
   * ends it.
   */
  fail(status: FaultStatus, methods?: string[]): Promise<void>;
  heal(): Promise<void>;
}

function missingApache(): Error {
  return new Error(
    `The sync tests need Apache httpd with mod_dav (${APACHE} was not found). ` +
      'Install it with `apt-get install -y apache2 apache2-utils` (.ci/run does this when it is missing), ' +
      'or set APACHE_PATH and APACHE_MODULES.',
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function config(dir: string, port: number, runAs: string | undefined): string {
  const faultRules = FAULT_STATUSES.map((status) =>
    [
      `RewriteCond \${fault:%{REQUEST_METHOD}} =${status} [OR]`,
      `RewriteCond \${fault:ANY} =${status}`,
      `RewriteRule ^ - [R=${status}]`,
    ].join('\n'),
  );
  return [
    `ServerRoot "${dir}"`,
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `PidFile "${dir}/run/httpd.pid"`,
    `ErrorLog "${dir}/run/error.log"`,
    'LogLevel warn',
    `Mutex file:${dir}/run default`,
    ...(runAs ? [`User ${runAs}`, `Group ${runAs}`] : []),
    ...MODULE_NAMES.map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`),
    'StartServers 1',
    'ServerLimit 2',
    'ThreadsPerChild 16',
    'MaxRequestWorkers 32',
    'MinSpareThreads 4',
    'MaxSpareThreads 16',
    `DavLockDB "${dir}/run/davlock"`,
    `DocumentRoot "${dir}/root"`,
    'FileETag Digest',
    'RewriteEngine On',
    `RewriteMap fault "txt:${dir}/run/fault.txt"`,
    ...faultRules,
    '<Directory />',
    '  AllowOverride None',
    '</Directory>',
    `<Directory "${dir}/root">`,
    '  Dav On',
    '  Options None',
    '  AllowOverride None',
    '  AuthType Basic',
    '  AuthName "Latitude test"',
    '  AuthBasicProvider file',
    `  AuthUserFile "${dir}/run/htpasswd"`,
    '  Require valid-user',
    '</Directory>',
    '',
  ].join('\n');
}

/** Resolves when the server answers HTTP, rejects when it exits first or does not answer in time. */
async function whenListening(url: string, child: ChildProcess, log: () => Promise<string>): Promise<void> {
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Apache httpd exited while starting:\n${await log()}`);
    try {
      await fetch(url, { method: 'OPTIONS', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  throw new Error(`Apache httpd did not answer on ${url} within 15 s:\n${await log()}`);
}

/** The uid and gid of a local account, from /etc/passwd. */
async function account(name: string): Promise<{ uid: number; gid: number }> {
  const line = (await readFile('/etc/passwd', 'utf8')).split('\n').find((row) => row.startsWith(`${name}:`));
  if (!line) throw new Error(`Apache httpd cannot run as root and there is no ${name} account to run it as.`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

/** Starts a fresh server with an empty root; call `stop()` when done (it removes the directory). */
export async function startWebDavServer(): Promise<WebDavServer> {
  if (!existsSync(APACHE) || !existsSync(join(MODULES, 'mod_dav_fs.so'))) throw missingApache();
  const dir = await mkdtemp(join(tmpdir(), 'latitude-webdav-'));
  const username = 'ana';
  const password = randomBytes(12).toString('base64url');
  await mkdir(join(dir, 'root'));
  await mkdir(join(dir, 'run'));
  const sha1 = createHash('sha1').update(password).digest('base64');
  await writeFile(join(dir, 'run/htpasswd'), `${username}:{SHA}${sha1}\n`);
  const faultFile = join(dir, 'run/fault.txt');
  await writeFile(faultFile, '');

  // httpd refuses to serve as root: as root (CI), its workers run as www-data, which then owns the files.
  const runAs = process.getuid?.() === 0 ? 'www-data' : undefined;
  if (runAs) {
    const { uid, gid } = await account(runAs);
    for (const path of [dir, join(dir, 'root'), join(dir, 'run'), faultFile]) await chown(path, uid, gid);
  }

  const log = () => readFile(join(dir, 'run/error.log'), 'utf8').catch(() => '(no error log)');
  let child: ChildProcess | undefined;
  let url = '';
  for (let attempt = 0; attempt < 5 && !child; attempt++) {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    await writeFile(join(dir, 'httpd.conf'), config(dir, port, runAs));
    const started = spawn(APACHE, ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'ignore' });
    try {
      await whenListening(url, started, log);
      child = started;
    } catch (error) {
      started.kill('SIGKILL');
      // Another process may have taken the port between the probe and the start: try another.
      if (!/Address already in use/.test(String(error)) || attempt === 4) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  const server = child!;
  const root = join(dir, 'root');
  const inRoot = (path: string) => {
    const full = resolve(root, path);
    if (!full.startsWith(root + sep)) throw new Error(`${path} is not under the server's root`);
    return full;
  };
  const setFaults = async (lines: string) => {
    await writeFile(faultFile, lines);
    // mod_rewrite re-reads a map when its modification time changes; make sure it does.
    const later = new Date(Date.now() + 2000 + Math.random() * 1000);
    await utimes(faultFile, later, later);
  };

  return {
    url,
    username,
    password,
    root,
    async stop() {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5000))]);
        if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
      }
      await rm(dir, { recursive: true, force: true });
    },
    async files() {
      return (await walk(root)).map((file) => relative(root, file).split(sep).join('/')).sort();
    },
    readRaw: (path) => readFile(inRoot(path)),
    async writeRaw(path, data) {
      const full = inRoot(path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, data);
      if (runAs) {
        const { uid, gid } = await stat(root);
        await chown(full, uid, gid);
      }
    },
    fail: (status, methods = ['ANY']) => setFaults(methods.map((method) => `${method} ${status}\n`).join('')),
    heal: () => setFaults(''),
  };
}
