import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The floor pages `npm run bench` measures next to Latitude's own (bench-blank.html, and
 * bench-floor.html with its script). They are not part of the extension: `wxt build` never sees
 * them, so neither the production build nor the store zip carries them (tests/e2e/manifest.test.ts
 * checks). The bench copies the build and adds them to the copy.
 */
export const BENCH_PAGES_DIR = resolve('scripts/bench/pages');

/** `.output/chrome-mv3` copied to `into` with the floor pages added; returns `into`. */
export function benchExtensionDir(
  built = resolve('.output/chrome-mv3'),
  into = resolve('.output/bench/chrome-mv3'),
): string {
  if (!existsSync(join(built, 'manifest.json')))
    throw new Error(`No built extension in ${built}: run \`npm run bench\` (it builds first).`);
  rmSync(into, { recursive: true, force: true });
  cpSync(built, into, { recursive: true });
  for (const page of readdirSync(BENCH_PAGES_DIR)) cpSync(join(BENCH_PAGES_DIR, page), join(into, page));
  return into;
}
