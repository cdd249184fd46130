// Printed after `npm run build`: where the built extension is and how to load it.
import { resolve } from 'node:path';

const browser = process.argv[2] === 'firefox' ? 'firefox' : 'chrome';
const dir = resolve(browser === 'firefox' ? '.output/firefox-mv2' : '.output/chrome-mv3');
const steps =
  browser === 'firefox'
    ? ['Open about:debugging#/runtime/this-firefox', 'Click "Load Temporary Add-on…"', `Choose ${dir}/manifest.json`]
    : ['Open chrome://extensions', 'Turn on "Developer mode" (top right)', `Click "Load unpacked" and choose ${dir}`];
console.log(`\nLatitude is built in ${dir}\nTo load it:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n`);
if (browser === 'firefox') {
  console.log(
    'Firefox removes a temporary add-on, and its log with it, when it quits: export a backup in Settings first.\nFor a build that stays, see "Load it in Firefox" in README.md.\n',
  );
}
