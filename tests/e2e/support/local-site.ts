import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalSite {
  /** `http://127.0.0.1:<port>`, the only web origin the browser may talk to. */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export const ARTICLE_TITLE = 'Design review';

/**
 * A web page for the browser to sit on, served on loopback by the test itself: a real tab with a
 * URL and a title to capture from, without touching the network.
 */
export async function startLocalSite(): Promise<LocalSite> {
  const server: Server = createServer((request, response) => {
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ARTICLE_TITLE}</title></head>` +
        '<body><main><h1>Design review</h1>' +
        '<p>Your walkthrough of the billing migration made the trade-offs clear to everyone.</p>' +
        '</main></body></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
