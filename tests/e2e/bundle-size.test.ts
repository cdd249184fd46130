import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './support/extension-session';
import { initialJavaScript, POPUP_INITIAL_JS_BUDGET } from './support/initial-javascript';

// Size is deterministic, so its budget is a test; timing budgets are only measured (`npm run bench`).
describe('initial JavaScript of the built pages', () => {
  test('the popup loads at most 60 KB gzip before its first render', () => {
    expect(existsSync(join(EXTENSION_DIR, 'popup.html')), 'run `npm run test:e2e`: it builds first').toBe(true);
    const popup = initialJavaScript(EXTENSION_DIR).find((page) => page.page === 'popup.html');
    expect(popup?.files.length).toBeGreaterThan(0);
    expect(popup!.gzipBytes, `popup.html loads ${popup!.files.join(', ')}`).toBeLessThanOrEqual(
      POPUP_INITIAL_JS_BUDGET,
    );
  });
});
