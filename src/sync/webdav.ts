import type { SyncProblem } from '../domain/sync/problems';

/**
 * A small WebDAV client over `fetch` (src/sync is the only place in the extension that calls it):
 * PROPFIND (depth 1), GET, PUT guarded by If-Match / If-None-Match, MKCOL and DELETE, with basic
 * auth, a timeout on every request and retries with backoff for reads the server failed. Every
 * failure becomes a `SyncError` naming its `SyncProblem`.
 */
export class SyncError extends Error {
  constructor(readonly problem: SyncProblem) {
    super(problem);
    this.name = 'SyncError';
  }
}

export interface DavConnection {
  serverUrl: string;
  username: string;
  password: string;
  folder: string;
}

export interface DavOptions {
  /** Per request; 20 s unless given. */
  timeoutMs?: number;
  /** Delays before each retry of a read that failed for a reason that may pass; none for writes. */
  retryDelaysMs?: readonly number[];
}

export interface DavEntry {
  /** The name within the listed folder, decoded. */
  name: string;
  isFolder: boolean;
  etag: string | undefined;
}

export interface WebDav {
  /** The folder's URL, ending in `/`. */
  readonly folderUrl: string;
  /** The folder's members (not the folder itself), or undefined when the folder does not exist. */
  list(path?: string): Promise<DavEntry[] | undefined>;
  /** A file's bytes and ETag, or undefined when it does not exist. */
  get(path: string): Promise<{ data: Uint8Array; etag: string | undefined } | undefined>;
  /** Writes a file only if it is still `ifMatch`, or (`ifNoneMatch: '*'`) only if it does not exist. */
  put(path: string, data: Uint8Array<ArrayBuffer>, guard: { ifMatch: string } | { ifNoneMatch: '*' }): Promise<void>;
  /** Creates the folder (and the folders above it, under the server URL) when missing. */
  ensureFolder(path?: string): Promise<void>;
  /** Deletes a file; one already gone is fine. */
  remove(path: string): Promise<void>;
}

const RETRY_DELAYS_MS = [300, 1200];

export function problemOfStatus(status: number): SyncProblem {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412 || status === 423) return 'conflict';
  if (status === 507 || status === 413) return 'storage-full';
  return 'server-error';
}

function basicAuth(username: string, password: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function folderPath(folder: string): string {
  return folder
    .split('/')
    .filter((part) => part.trim())
    .map((part) => `${encodeURIComponent(part.trim())}/`)
    .join('');
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The members of a PROPFIND multistatus (read with patterns: a service worker has no DOMParser). */
export function parseMultistatus(xml: string, listedUrl: string): DavEntry[] {
  const listed = new URL(listedUrl).pathname.replace(/\/$/, '');
  const entries: DavEntry[] = [];
  for (const [block] of xml.matchAll(/<(?:[\w-]+:)?response[\s>][\s\S]*?<\/(?:[\w-]+:)?response>/g)) {
    const href = /<(?:[\w-]+:)?href>([\s\S]*?)<\/(?:[\w-]+:)?href>/.exec(block)?.[1];
    if (href === undefined) continue;
    const path = new URL(decodeXml(href.trim()), listedUrl).pathname.replace(/\/$/, '');
    if (path === listed) continue;
    const etag = /<(?:[\w-]+:)?getetag>([\s\S]*?)<\/(?:[\w-]+:)?getetag>/.exec(block)?.[1];
    entries.push({
      name: decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)),
      isFolder: /<(?:[\w-]+:)?collection\s*\/>/.test(block),
      etag: etag ? decodeXml(etag.trim()) : undefined,
    });
  }
  return entries;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function createWebDav(connection: DavConnection, options: DavOptions = {}): WebDav {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const base = connection.serverUrl.endsWith('/') ? connection.serverUrl : `${connection.serverUrl}/`;
  const folderUrl = new URL(folderPath(connection.folder), base).href;
  const authorization = basicAuth(connection.username, connection.password);
  const urlOf = (path: string) => new URL(path, folderUrl).href;

  async function once(method: string, url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, {
        ...init,
        method,
        headers: { authorization, ...(init.headers as Record<string, string>) },
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as { name?: string }).name;
      throw new SyncError(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'offline');
    }
  }

  /** A request; reads are retried after a network failure, a timeout or a 5xx (not 507). */
  async function request(method: string, url: string, init: RequestInit = {}, retry = false): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const last = !retry || attempt >= retryDelays.length;
      try {
        const response = await once(method, url, init);
        if (last || response.status < 500 || response.status === 507) return response;
        await response.body?.cancel();
      } catch (error) {
        if (last) throw error;
      }
      await wait(retryDelays[attempt]!);
    }
  }

  async function fail(response: Response): Promise<never> {
    await response.body?.cancel();
    throw new SyncError(problemOfStatus(response.status));
  }

  return {
    folderUrl,
    async list(path = '') {
      const url = urlOf(path);
      const response = await request(
        'PROPFIND',
        url,
        {
          headers: { depth: '1', 'content-type': 'application/xml; charset=utf-8' },
          body: '<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><resourcetype/><getetag/></prop></propfind>',
        },
        true,
      );
      if (response.status === 404) return void (await response.body?.cancel());
      if (response.status !== 207) return fail(response);
      return parseMultistatus(await response.text(), url);
    },
    async get(path) {
      const response = await request('GET', urlOf(path), {}, true);
      if (response.status === 404) return void (await response.body?.cancel());
      if (!response.ok) return fail(response);
      return { data: new Uint8Array(await response.arrayBuffer()), etag: response.headers.get('etag') ?? undefined };
    },
    async put(path, data, guard) {
      const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
      if ('ifMatch' in guard) headers['if-match'] = guard.ifMatch;
      else headers['if-none-match'] = '*';
      const response = await request('PUT', urlOf(path), { headers, body: data });
      if (!response.ok) return fail(response);
      await response.body?.cancel();
    },
    async ensureFolder(path = '') {
      const target = new URL(path, folderUrl).href;
      const parts = target.slice(base.length).split('/').filter(Boolean);
      let url = base;
      for (const part of parts) {
        url = `${url}${part}/`;
        const response = await request('MKCOL', url);
        await response.body?.cancel();
        // 405: it exists already. Some servers answer 409 or 403 for a folder above the user's own.
        if (response.ok || response.status === 405) continue;
        if (url !== `${target.replace(/\/?$/, '/')}` && (response.status === 403 || response.status === 409)) continue;
        return fail(response);
      }
    },
    async remove(path) {
      const response = await request('DELETE', urlOf(path));
      if (response.ok || response.status === 404) return void (await response.body?.cancel());
      return fail(response);
    },
  };
}
