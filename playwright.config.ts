/**
 * Screenshot tests (test/visual/): Playwright's runner and `toHaveScreenshot`, in the Chromium the other tests use
 * (scripts/find-browser.mjs), at 1280 × 800 and 390 × 844. Baselines are test/visual/baselines/<project>/<shot>.png,
 * without a platform suffix: they are taken on the machine that runs `npm test` (Debian's Chromium, its fonts).
 * A failed comparison leaves the expected, actual and diff images under test-results/visual/ (not in git).
 *
 *   npm run test:visual          compare (needs `npm run build` and `npm run build-storybook` first)
 *   npm run test:visual:update   build both, then take every baseline again
 *
 * Environment: SCHOLAR_VISUAL_STRICT=1 allows no pixel of difference (to check that the shots are steady: run it a
 * few times in a row); SCHOLAR_VISUAL_PORT (default 47310, and the next one) the ports the builds are served on;
 * SCHOLAR_VISUAL_ROOT another folder with demo/, dist/ and storybook-static/ to shoot.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';
import { findBrowser } from './scripts/find-browser.mjs';

const executablePath = await findBrowser();
if (!executablePath) throw new Error('No Chromium found for the screenshot tests: install chromium, or set CHROME_PATH (see scripts/find-browser.mjs).');

const strict = process.env.SCHOLAR_VISUAL_STRICT === '1';

export default defineConfig({
  testDir: 'test/visual',
  testMatch: '*.spec.ts',
  snapshotPathTemplate: '{testDir}/baselines/{projectName}/{arg}{ext}',
  outputDir: 'test-results/visual',
  globalSetup: './test/visual/global-setup.mjs',
  fullyParallel: true,
  // Two pages at a time: what a two-core CI machine runs without shots timing out.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: [['list', { printSteps: false }]],
  expect: {
    // A full-page shot of a long page takes seconds on a busy machine; a comparison that fails retakes it until this.
    timeout: 30_000,
    toHaveScreenshot: {
      // A small tolerance: antialiasing may differ by a few pixels; a moved or restyled element does not pass.
      // SCHOLAR_VISUAL_STRICT=1 allows no difference at all (to check that the shots are steady).
      maxDiffPixelRatio: strict ? 0 : 0.01,
      threshold: strict ? 0 : 0.2,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
    },
  },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    { name: 'wide-1280', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'narrow-390', use: { viewport: { width: 390, height: 844 } } },
  ],
});
