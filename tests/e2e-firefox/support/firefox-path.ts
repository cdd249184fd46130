import { accessSync, constants } from 'node:fs';

/** Where Debian puts Firefox ESR (and Firefox, where packaged); FIREFOX_PATH overrides both. */
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * The Firefox binary to drive. As with Chromium (tests/e2e/support/chromium-path.ts), the suite
 * uses the system browser and fails loudly when there is none: a skipped run would look green
 * while testing nothing.
 */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.FIREFOX_PATH?.trim();
  const candidates = override ? [override] : CANDIDATES;
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new Error(
    [
      override
        ? `FIREFOX_PATH is set to ${override}, but no executable is there.`
        : `No Firefox found at ${CANDIDATES.join(' or ')}.`,
      'The Firefox end-to-end tests need a real Firefox. Install it with:',
      '  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr',
      'or point FIREFOX_PATH at a Firefox binary.',
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
