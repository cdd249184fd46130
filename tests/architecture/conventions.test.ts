// The layering and safety rules of the code (README, "How the code is laid out"), checked on the source itself.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file).replaceAll('\\', '/'));
}

/** Every module a file imports or re-exports, as written. */
function importsOf(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** Where an import lands: `src/db`, `entrypoints`, … for relative ones; the package for the rest. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(ROOT, resolve(ROOT, dirname(file), specifier)).replaceAll('\\', '/');
}

function isWithin(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}

function importViolations(dir: string, allowed: (target: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(readFileSync(join(ROOT, file), 'utf8'))
      .filter((specifier) => !allowed(target(file, specifier)))
      .map((specifier) => `${file} imports '${specifier}'`),
  );
}

const HTML_SINKS =
  /dangerouslySetInnerHTML|\binnerHTML\b|\bouterHTML\b|\binsertAdjacentHTML\b|\bdocument\.write(?:ln)?\b|\bcreateContextualFragment\b/;

/** Code without its comments, so that a comment may warn against a sink without tripping the scan. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('the scanner itself', () => {
  it('finds static, side-effect, type-only, re-exported and dynamic imports', () => {
    const source = [
      `import Dexie, { type Table } from 'dexie';`,
      `import type { Browser } from "wxt/browser";`,
      `import {\n  render,\n} from 'preact';`,
      `import '#imports';`,
      `export * from '../db/entries';`,
      `const lazy = () => import('../ui/LogApp');`,
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(
      ['#imports', '../db/entries', '../ui/LogApp', 'dexie', 'preact', 'wxt/browser'].sort(),
    );
  });

  it('finds HTML sinks in code but not in comments', () => {
    expect(HTML_SINKS.test(withoutComments('el.innerHTML = entry.text;'))).toBe(true);
    expect(HTML_SINKS.test(withoutComments('<p dangerouslySetInnerHTML={{ __html: x }} />'))).toBe(true);
    expect(HTML_SINKS.test(withoutComments('// never set innerHTML here\nconst url = "https://x";'))).toBe(false);
  });
});

describe('layering', () => {
  it('src/domain imports only zod and other domain files', () => {
    expect(
      importViolations('src/domain', (to) => to === 'zod' || to === 'zod/mini' || isWithin(to, 'src/domain')),
    ).toEqual([]);
  });

  it('src/db imports only dexie and the domain', () => {
    expect(
      importViolations('src/db', (to) => to === 'dexie' || isWithin(to, 'src/domain') || isWithin(to, 'src/db')),
    ).toEqual([]);
  });

  it('src/browser imports only wxt/browser and the domain', () => {
    expect(
      importViolations(
        'src/browser',
        (to) => to === 'wxt/browser' || isWithin(to, 'src/domain') || isWithin(to, 'src/browser'),
      ),
    ).toEqual([]);
  });

  it('src/services does not import views', () => {
    expect(importViolations('src/services', (to) => !isWithin(to, 'src/ui') && !/^preact|^@preact/.test(to))).toEqual(
      [],
    );
  });

  it('src/ui does not import the background services', () => {
    expect(importViolations('src/ui', (to) => !isWithin(to, 'src/services'))).toEqual([]);
  });

  it('a surface under src/ui imports only itself, src/ui/kit, src/ui/capture and src/ui/backup', () => {
    const shared = ['src/ui/kit', 'src/ui/capture', 'src/ui/backup'];
    const surfaces = readdirSync(join(ROOT, 'src/ui'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(surfaces.length).toBeGreaterThan(shared.length);
    const violations = surfaces.flatMap(({ name }) => {
      const own = `src/ui/${name}`;
      return importViolations(
        own,
        (to) => !isWithin(to, 'src/ui') || isWithin(to, own) || shared.some((dir) => isWithin(to, dir)),
      );
    });
    expect(violations).toEqual([]);
  });

  it('nothing in src/ imports an entrypoint', () => {
    expect(importViolations('src', (to) => !isWithin(to, 'entrypoints'))).toEqual([]);
  });
});

describe('components reach the database only through their state', () => {
  const components = sourceFiles('src/ui').filter((file) => file.endsWith('.tsx'));
  const importsDb = (file: string) =>
    importsOf(readFileSync(join(ROOT, file), 'utf8')).some((specifier) => isWithin(target(file, specifier), 'src/db'));

  it('no component (.tsx) in src/ui imports src/db, types included: state factories do', () => {
    expect(components.length).toBeGreaterThan(0);
    expect(components.filter(importsDb)).toEqual([]);
  });
});

/** The only network calls Latitude may make are sync's, from src/sync (docs/design.md, Privacy). */
const NETWORK_APIS = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b/;

describe('network', () => {
  it('finds a network call in code but not in a comment', () => {
    expect(NETWORK_APIS.test(withoutComments('const response = await fetch(url);'))).toBe(true);
    expect(NETWORK_APIS.test(withoutComments('navigator.sendBeacon(url, body);'))).toBe(true);
    expect(NETWORK_APIS.test(withoutComments('// never fetch( anything here'))).toBe(false);
  });

  it('only src/sync/ calls fetch, XMLHttpRequest, WebSocket or sendBeacon', () => {
    const offenders = [...sourceFiles('src'), ...sourceFiles('entrypoints')].filter(
      (file) =>
        !isWithin(file, 'src/sync') && NETWORK_APIS.test(withoutComments(readFileSync(join(ROOT, file), 'utf8'))),
    );
    expect(offenders).toEqual([]);
  });
});

describe('untrusted text', () => {
  it('no file in src/ or entrypoints/ writes HTML', () => {
    const offenders = [...sourceFiles('src'), ...sourceFiles('entrypoints')].filter((file) =>
      HTML_SINKS.test(withoutComments(readFileSync(join(ROOT, file), 'utf8'))),
    );
    expect(offenders).toEqual([]);
  });
});

describe('entrypoints only wire', () => {
  it('entrypoints import only from src/ (and preact, to render)', () => {
    expect(importViolations('entrypoints', (to) => isWithin(to, 'src') || to === 'preact')).toEqual([]);
  });

  it('the background runs nothing outside main', () => {
    const source = withoutComments(readFileSync(join(ROOT, 'entrypoints/background.ts'), 'utf8'));
    const beforeMain = source.slice(0, source.indexOf('export default defineBackground('));
    const topLevel = beforeMain
      .split('\n')
      .filter((line) => line.trim() && !/^(import|export const [A-Z_]+ = '[^']*';)/.test(line.trim()));
    expect(topLevel).toEqual([]);
  });
});

describe('storage keys', () => {
  it('only src/browser/storage-keys.ts spells a latitude: key', () => {
    const registry = 'src/browser/storage-keys.ts';
    const offenders = sourceFiles('src').filter(
      (file) => file !== registry && /['"`]latitude:/.test(withoutComments(readFileSync(join(ROOT, file), 'utf8'))),
    );
    expect(offenders).toEqual([]);
    expect(readFileSync(join(ROOT, registry), 'utf8')).toMatch(/'latitude:draft:'/);
  });
});
