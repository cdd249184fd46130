import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** docs/design.md, "Performance budgets": the popup's initial JavaScript, gzipped (60 KB, in kB of 1,000 bytes). */
export const POPUP_INITIAL_JS_BUDGET = 60_000;

export interface InitialJavaScript {
  /** The built page, e.g. `popup.html`. */
  page: string;
  /** The files the browser fetches before the page can run: its module script and modulepreloads. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * What each built page loads before its first render: the `<script src>` and
 * `<link rel="modulepreload">` files named in its HTML (Vite lists every static import there).
 * Chunks reached only through `import()` are not counted: they load later, when needed.
 */
export function initialJavaScript(buildDir: string): InitialJavaScript[] {
  return readdirSync(buildDir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((page) => {
      const html = readFileSync(join(buildDir, page), 'utf8');
      const files = [
        ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)].map((m) => m[1]!),
      ];
      const unique = [...new Set(files.map((file) => file.replace(/^\//, '')))];
      let bytes = 0;
      let gzipBytes = 0;
      for (const file of unique) {
        const source = readFileSync(join(buildDir, file));
        bytes += source.byteLength;
        // Level 9, as a store or a CDN would serve it; the figure is a size, not a transfer.
        gzipBytes += gzipSync(source, { level: 9 }).byteLength;
      }
      return { page, files: unique, bytes, gzipBytes };
    });
}
