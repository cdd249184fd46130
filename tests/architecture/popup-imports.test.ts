// The popup's first bundle must stay small (docs/design.md: 60 KB gzip): it may check whether a backup
// is due, but the backup code itself is loaded only when its export button is clicked.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Relative modules a file imports statically (dynamic `import()` is a separate chunk). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"](\.[^'"]+)['"]/gm)) {
    if (/^\s*import\s+type\s/.test(match[0]) || /^\s*export\s+type\s/.test(match[0])) continue;
    found.push(match[1]!);
  }
  return found;
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(
    (path) => existsSync(path) && !path.endsWith('/') && /\.(tsx?|css)$/.test(path),
  );
}

function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || file.endsWith('.css')) continue;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      const next = resolveModule(file, specifier);
      if (next) queue.push(next);
    }
  }
  return [...seen].map((file) => relative(ROOT, file).replaceAll('\\', '/')).sort();
}

it('the popup statically imports no backup code', () => {
  const graph = staticGraph('entrypoints/popup/main.tsx');
  expect(graph).toContain('src/ui/backup/backup-reminder-state.ts');
  expect(
    graph.filter((file) =>
      /src\/db\/backup|src\/domain\/backup\/|src\/domain\/brag-document|src\/ui\/backup\/(export-|BackupReminderNotice)|src\/ui\/settings\//.test(
        file,
      ),
    ),
  ).toEqual([]);
});

it('the scanner follows imports through the graph (so the check above can fail)', () => {
  expect(staticGraph('entrypoints/options/main.tsx')).toEqual(
    expect.arrayContaining(['src/db/backup/backup.ts', 'src/domain/backup/read-backup.ts']),
  );
});
