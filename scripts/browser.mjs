// Chromium for the scripts that open pages (check-stories, test-embed, test-examples, bench/run.mjs): one launch
// with the same flags everywhere, and one way to collect what a page reports going wrong.
import { findBrowser } from './find-browser.mjs';

/** Flags for a quiet, headless Chromium on a CI machine or in a container (web-test-runner.config.js uses the same). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Thrown by launch() when there is no Chromium on the machine. */
export class NoBrowserError extends Error {
  constructor() {
    super('no Chromium found (set CHROME_PATH, or install chromium)');
    this.name = 'NoBrowserError';
  }
}

/**
 * Starts Chromium (found by find-browser.mjs) through Playwright, with CHROMIUM_ARGS and any `args` after them.
 * Throws NoBrowserError when there is none.
 */
export async function launch({ args = [] } = {}) {
  const executablePath = await findBrowser();
  if (!executablePath) throw new NoBrowserError();
  const { chromium } = await import('playwright');
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...args] });
}

/**
 * Listens to `page` from now on: console errors ({ text, url }), console warnings, uncaught page errors and crashes.
 * `problems()` gives them as one line each: page errors first, then the console errors that `expected` does not
 * allow, with the script's address (less `origin`, when given) after the text.
 */
export function collect(page, { origin = '' } = {}) {
  const consoleErrors = [];
  const warnings = [];
  const pageErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location()?.url ?? '' });
    else if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('crash', () => pageErrors.push('the page crashed'));
  return {
    consoleErrors,
    warnings,
    pageErrors,
    /** One line per problem; `firstLine` keeps only the first line of each message. */
    problems({ expected = () => false, firstLine = false } = {}) {
      const line = (text) => (firstLine ? text.split('\n')[0] : text);
      const where = (url) => (url ? ` (${origin && url.startsWith(origin) ? url.slice(origin.length) : url})` : '');
      return [
        ...pageErrors.map((message) => `page error: ${line(message)}`),
        ...consoleErrors.filter((message) => !expected(message)).map(({ text, url }) => `console error: ${line(text)}${where(url)}`),
      ];
    },
  };
}
