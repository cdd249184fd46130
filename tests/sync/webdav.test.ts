// The WebDAV client against the real test server: listing, reading, guarded writes, folders, and
// each failure as its problem word.
import { createServer, type Server } from 'node:net';
import { createWebDav, SyncError } from '../../src/sync/webdav';
import { startWebDavServer, type WebDavServer } from '../support/webdav-server';

let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDavServer();
});
afterAll(() => server.stop());
afterEach(() => server.heal());

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const dav = (folder = 'Latitude', password?: string) =>
  createWebDav(
    { serverUrl: server.url, username: server.username, password: password ?? server.password, folder },
    { retryDelaysMs: [10] },
  );

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof SyncError ? error.problem : String(error);
  }
}

describe('the WebDAV client', () => {
  it('creates nested folders, writes, lists and reads files with their ETags', async () => {
    const client = dav('Work/Latitude Sync');
    expect(await client.list()).toBeUndefined();
    await client.ensureFolder();
    await client.ensureFolder('changes/');
    await client.put('a.bin', bytes('one'), { ifNoneMatch: '*' });
    const listed = await client.list();
    expect(listed?.map((entry) => [entry.name, entry.isFolder]).sort()).toEqual([
      ['a.bin', false],
      ['changes', true],
    ]);
    const got = await client.get('a.bin');
    expect(text(got!.data)).toBe('one');
    expect(got?.etag).toBe(listed?.find((entry) => entry.name === 'a.bin')?.etag);
    expect(await client.get('missing.bin')).toBeUndefined();
    expect(await server.files()).toContain('Work/Latitude Sync/a.bin');
  });

  it('guards writes: If-None-Match refuses an existing file, If-Match a changed one', async () => {
    const client = dav('Guarded');
    await client.ensureFolder();
    await client.put('m.bin', bytes('v1'), { ifNoneMatch: '*' });
    expect(await problemOf(client.put('m.bin', bytes('v1 again'), { ifNoneMatch: '*' }))).toBe('conflict');
    const { etag } = (await client.get('m.bin'))!;
    await client.put('m.bin', bytes('v2'), { ifMatch: etag! });
    expect(await problemOf(client.put('m.bin', bytes('v3'), { ifMatch: etag! }))).toBe('conflict');
    expect(text((await client.get('m.bin'))!.data)).toBe('v2');
    await client.remove('m.bin');
    await client.remove('m.bin');
    expect(await client.get('m.bin')).toBeUndefined();
  });

  it('names each failure', async () => {
    const client = dav('Faults');
    await client.ensureFolder();
    expect(await problemOf(dav('Faults', 'wrong').list())).toBe('unauthorized');
    for (const [status, problem] of [
      [403, 'forbidden'],
      [409, 'conflict'],
      [500, 'server-error'],
      [503, 'server-error'],
      [507, 'storage-full'],
    ] as const) {
      await server.fail(status);
      expect(await problemOf(client.put('x.bin', bytes('x'), { ifNoneMatch: '*' }))).toBe(problem);
    }
    await server.fail(404);
    expect(await problemOf(client.put('x.bin', bytes('x'), { ifNoneMatch: '*' }))).toBe('not-found');
  });

  it('retries a read the server failed, then gives up', async () => {
    const client = dav('Retry');
    await client.ensureFolder();
    await server.fail(503, ['GET']);
    expect(await problemOf(client.get('a.bin'))).toBe('server-error');
  });

  it('says offline when nothing listens, and timeout when the server never answers', async () => {
    const closed = createWebDav(
      { serverUrl: 'http://127.0.0.1:9/', username: 'a', password: 'b', folder: 'x' },
      { retryDelaysMs: [] },
    );
    expect(await problemOf(closed.list())).toBe('offline');
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const port = (silent.address() as { port: number }).port;
    try {
      const hanging = createWebDav(
        { serverUrl: `http://127.0.0.1:${port}/`, username: 'a', password: 'b', folder: 'x' },
        { timeoutMs: 300, retryDelaysMs: [] },
      );
      expect(await problemOf(hanging.get('a.bin'))).toBe('timeout');
    } finally {
      silent.close();
    }
  });
});
