// The test server itself: it starts, stores what it is given, guards writes with ETags, refuses a
// wrong password, answers with the faults it is told to, and stops.
import { startWebDavServer, type WebDavServer } from '../support/webdav-server';

let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDavServer();
});
afterAll(() => server.stop());

const auth = (username: string, password: string) => `Basic ${btoa(`${username}:${password}`)}`;
const put = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, server.url), {
    method: 'PUT',
    body,
    headers: { authorization: auth(server.username, server.password), ...headers },
  });

describe('the test WebDAV server', () => {
  it('listens on 127.0.0.1 and stores files under its root', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await put('hello.txt', 'hello')).status).toBe(201);
    expect(await server.files()).toContain('hello.txt');
    expect((await server.readRaw('hello.txt')).toString()).toBe('hello');
  });

  it('refuses a wrong password', async () => {
    const response = await fetch(new URL('hello.txt', server.url), {
      headers: { authorization: auth(server.username, 'not the password') },
    });
    expect(response.status).toBe(401);
  });

  it('honours If-None-Match and If-Match with strong ETags', async () => {
    expect((await put('guarded.txt', 'one', { 'if-none-match': '*' })).status).toBe(201);
    expect((await put('guarded.txt', 'two', { 'if-none-match': '*' })).status).toBe(412);
    const head = await fetch(new URL('guarded.txt', server.url), {
      method: 'HEAD',
      headers: { authorization: auth(server.username, server.password) },
    });
    const etag = head.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    expect((await put('guarded.txt', 'three', { 'if-match': etag })).status).toBe(204);
    expect((await put('guarded.txt', 'four', { 'if-match': etag })).status).toBe(412);
    expect((await server.readRaw('guarded.txt')).toString()).toBe('three');
  });

  it('answers with a fault until healed', async () => {
    await server.fail(507, ['PUT']);
    expect((await put('full.txt', 'no room')).status).toBe(507);
    await server.heal();
    expect((await put('full.txt', 'room again')).status).toBe(201);
  });

  it('stops, and its port no longer answers', async () => {
    const other = await startWebDavServer();
    await other.stop();
    await expect(fetch(other.url, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });
});
