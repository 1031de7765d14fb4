// Makes sure `npm test` has a Chromium: uses one that is installed, else installs Debian's chromium with apt
// (as root, where apt exists), else lets Playwright download its own (where the network allows).
// Exits non-zero with one clear message when none can be had.
import { execFileSync } from 'node:child_process';
import { findBrowser, hasCommand } from './find-browser.mjs';

function run(command, args, env = {}) {
  try {
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    return true;
  } catch {
    return false;
  }
}

let browser = await findBrowser();
if (!browser && hasCommand('apt-get') && process.getuid?.() === 0) {
  console.log("No Chromium found: installing Debian's chromium with apt-get…");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
  browser = await findBrowser();
}
if (!browser) {
  console.log('No Chromium found: asking Playwright to download one…');
  run('npx', ['playwright', 'install', 'chromium']);
  browser = await findBrowser();
}
if (!browser) {
  console.error(
    '\nNo Chromium to run the tests in. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'elsewhere: `npx playwright install chromium`) or point CHROME_PATH at a Chrome/Chromium binary.\n',
  );
  process.exit(1);
}
console.log(`Testing in ${browser}`);
