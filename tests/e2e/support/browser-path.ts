import { accessSync, constants } from 'node:fs';

interface SystemBrowser {
  name: string;
  /** The environment variable that points at another binary. */
  override: string;
  /** Where Debian (and Ubuntu) put it. */
  candidates: readonly string[];
  /** The Debian package that installs it. */
  aptPackage: string;
}

const CHROMIUM: SystemBrowser = {
  name: 'Chromium',
  override: 'CHROMIUM_PATH',
  candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  aptPackage: 'chromium',
};

const FIREFOX: SystemBrowser = {
  name: 'Firefox',
  override: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  aptPackage: 'firefox-esr',
};

export const findChromium = (env: NodeJS.ProcessEnv = process.env) => findBrowser(CHROMIUM, env);
export const findFirefox = (env: NodeJS.ProcessEnv = process.env) => findBrowser(FIREFOX, env);

/**
 * The system browser binary to drive. Playwright's and Puppeteer's browser downloads are not
 * available here, so the suites use the system browsers and fail loudly when there is none: a
 * skipped end-to-end run would look green while testing nothing.
 */
function findBrowser(browser: SystemBrowser, env: NodeJS.ProcessEnv): string {
  const override = env[browser.override]?.trim();
  const candidates = override ? [override] : browser.candidates;
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new Error(
    [
      override
        ? `${browser.override} is set to ${override}, but no executable is there.`
        : `No ${browser.name} found at ${browser.candidates.join(' or ')}.`,
      `The end-to-end tests need a real ${browser.name}. Install it with:`,
      `  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${browser.aptPackage}`,
      `or point ${browser.override} at a ${browser.name} binary.`,
    ].join('\n'),
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
