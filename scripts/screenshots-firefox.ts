/**
 * `npm run screenshots:firefox`: the side panel as Firefox shows it, in its sidebar's default width
 * (about 252 px), light and dark, during a 1:1 with a year of generated entries. Writes
 * docs/screenshots/side-panel-firefox-{light,dark}.png, which are committed; look at them before
 * committing new ones.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ColorScheme } from '../tests/e2e-firefox/support/firefox-session';
import { FirefoxSession } from '../tests/e2e-firefox/support/firefox-session';
import { byLabel, byRole, fill, find, findWithText, selectByLabel } from '../tests/e2e-firefox/support/dom';
import { SIDEBAR_WIDTH } from '../tests/e2e-firefox/pages/side-panel-page';
import { generateLog } from '../tests/fixtures/generate-log';
import { replaceLogInPage } from './bench/seed-database';

const OUT = resolve('docs/screenshots');
mkdirSync(OUT, { recursive: true });
const log = generateLog(160, { seed: 3, now: new Date(), years: 1 });
const person = log.people[0]!;

for (const colorScheme of ['light', 'dark'] satisfies ColorScheme[]) {
  const session = await FirefoxSession.launch({ colorScheme, extensionDir: resolve('.output/firefox-mv2') });
  try {
    const home = await session.openPage('log.html');
    await find(home, byRole('heading', 'Your log'));
    await home.evaluate(replaceLogInPage, log);
    await home.close();

    const page = await session.openPage('sidepanel.html', { width: SIDEBAR_WIDTH, height: 1200 });
    const select = await byLabel(page, 'Person');
    await waitForOption(select, person.name);
    await selectByLabel(select, await optionText(select, person.name));
    await find(page, byRole('heading', `Today with ${person.name}`));
    await fill(await find(page, byRole('textbox', 'Agenda item')), 'How the team is doing after the reorg');
    await (await find(page, byRole('button', 'Add to agenda'))).click();
    await findWithText(page, byRole('listitem'), 'after the reorg');
    await fill(await find(page, byRole('textbox', 'Entry text')), 'Agreed: I lead the on-call review in March');
    await (await find(page, byRole('button', 'Save'))).click();
    await findWithText(await find(page, byRole('list', 'Captured')), byRole('listitem'), 'on-call review');
    await page.evaluate(() => window.scrollTo(0, 0));
    const path = join(OUT, `side-panel-firefox-${colorScheme}.png`);
    await page.screenshot({ path });
    console.log(`docs/screenshots/side-panel-firefox-${colorScheme}.png`);
  } finally {
    await session.close();
  }
}

async function waitForOption(select: Awaited<ReturnType<typeof byLabel>>, name: string) {
  for (let tries = 0; tries < 200 && !(await optionText(select, name)); tries++) {
    await new Promise((done) => setTimeout(done, 50));
  }
}

function optionText(select: Awaited<ReturnType<typeof byLabel>>, name: string): Promise<string> {
  return select.evaluate(
    (node, wanted) =>
      [...(node as HTMLSelectElement).options].find((option) => option.text.startsWith(wanted))?.text ?? '',
    name,
  );
}
