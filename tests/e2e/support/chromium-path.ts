import { accessSync, constants } from 'node:fs';

/** Where Debian and Ubuntu put Chromium; CHROMIUM_PATH overrides both. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium binary to drive. Playwright's own browser downloads are not available here, so the
 * suite uses the system Chromium and fails loudly when there is none: a skipped end-to-end run
 * would look green while testing nothing.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CHROMIUM_PATH?.trim();
  const candidates = override ? [override] : CANDIDATES;
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new Error(
    [
      override
        ? `CHROMIUM_PATH is set to ${override}, but no executable is there.`
        : `No Chromium found at ${CANDIDATES.join(' or ')}.`,
      'The end-to-end tests need a real Chromium. Install it with:',
      '  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
      'or point CHROMIUM_PATH at a Chromium binary.',
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
