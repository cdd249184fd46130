import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The prep engine is pure: it imports zod and other domain files only, so that it runs the same
 * in a page, a worker or a test, and never touches storage, the DOM or the browser.
 */
const ROOT = join(__dirname, '../../../src/domain/prep');
const DOMAIN = join(__dirname, '../../../src/domain');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('src/domain/prep', () => {
  it.each(files(ROOT).map((file) => [relative(ROOT, file), file]))(
    '%s imports only zod and domain files',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      const specifiers = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
      for (const specifier of specifiers) {
        if (specifier === 'zod' || specifier.startsWith('zod/')) continue;
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\.?\//);
        expect(join(file, '..', specifier).startsWith(DOMAIN), `${specifier} leaves src/domain`).toBe(true);
      }
      expect(source).not.toMatch(/\b(browser|chrome|document|window|localStorage|indexedDB)\./);
      expect(source).not.toMatch(/\bDate\.now\(|new Date\(\)/);
    },
  );
});
