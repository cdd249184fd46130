// WXT auto-imports a few names (`storage`, `browser`, …) into every source file that uses them as
// free identifiers, and its scanner does not always see that a parameter of the same name shadows
// them: a function parameter called `storage` pulled all of `wxt/utils/storage` (about 3 KB gzip)
// into the popup. Code names such things otherwise (`webStorage`, `storageManager`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file));
}

/** Code without comments and string contents, so that prose mentioning "storage" is not flagged. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
    .replace(/>[^<>{}]*</g, '><');
}

it('no source file uses `storage` as a bare identifier', () => {
  const offenders = [...sourceFiles('src'), ...sourceFiles('entrypoints')].filter((file) =>
    /(?<![.\w$])storage(?![\w$])/.test(codeOnly(readFileSync(join(ROOT, file), 'utf8'))),
  );
  expect(offenders).toEqual([]);
});
