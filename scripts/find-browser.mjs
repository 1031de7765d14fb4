// Finds a Chromium to test with: $CHROME_PATH, then Debian's /usr/bin/chromium (and the usual names), then
// Playwright's own download if one is installed. Returns undefined when there is none.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export async function findBrowser() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    console.warn(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there; looking elsewhere.`);
  }
  for (const path of candidates) if (existsSync(path)) return path;
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // Playwright not installed, or no browser downloaded for it.
  }
  return undefined;
}

/** True when `command` is on the PATH. */
export function hasCommand(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
