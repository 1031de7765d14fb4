// Tests run in real Chromium through Playwright's launcher; see scripts/find-browser.mjs for how it is found.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findBrowser } from './scripts/find-browser.mjs';

const executablePath = await findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found for the tests: run `npm test` (it installs one) or set CHROME_PATH.');
}

// A test fixture server helper: /delay/<ms>/<path> answers like /<path>, <ms> later (for "src changed mid-flight").
function delayMiddleware() {
  return async (context, next) => {
    const match = /^\/delay\/(\d+)(\/.*)$/.exec(context.path);
    if (match) {
      await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
      context.url = match[2];
    }
    return next();
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  middleware: [delayMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
