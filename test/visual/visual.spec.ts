/**
 * Screenshot tests: every demo page and a fixed set of stories, full page, at 1280 and 390 px (the two projects in
 * playwright.config.ts), compared with the baselines in test/visual/baselines/<project>/ by Playwright's
 * `toHaveScreenshot`. `npm run test:visual` runs them (after `npm run build` and `npm run build-storybook`);
 * `npm run test:visual:update` builds both and takes the baselines again, after an intended change.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freeze, settle } from './settle.js';

/** The demo pages, by their address under the repository root; the shot is named after the page. */
const DEMO_PAGES = [
  'demo/index.html',
  'demo/lab.html',
  'demo/embed.html',
  'demo/people/heyang-qin.html',
  'demo/people/minjia-zhang.html',
  'demo/people/samyam-rajbhandari.html',
  'demo/people/yuxiong-he.html',
];

/**
 * Stories from the built Storybook, by id (storybook-static/index.json): each element's default story and, across
 * the elements, the dark theme, an error, empty results, Arabic (right to left) and long lists.
 */
const STORIES = [
  'components-researcher-card--heyang-qin',
  'components-researcher-card--dark-theme',
  'components-researcher-card--not-found',
  'components-pub-list--heyang-qin',
  'components-pub-list--dark-theme',
  'components-pub-list--empty-result',
  'components-pub-list--merged',
  'components-timeline-view--heyang-qin',
  'components-timeline-view--empty',
  'components-timeline-view--lab',
  'components-researcher-profile--heyang-qin',
  'components-researcher-profile--in-arabic',
  'components-lab-directory--directory',
  'components-profile-section--experience',
];

/** `demo/people/heyang-qin.html` → `demo-people-heyang-qin.png`. */
const demoShot = (path: string) => `demo-${path.slice('demo/'.length, -'.html'.length).replace(/\//g, '-')}.png`;
const storyShot = (id: string) => `story-${id.replace(/^components-/, '')}.png`;

function origin(name: 'SCHOLAR_VISUAL_SITE' | 'SCHOLAR_VISUAL_STORYBOOK'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the screenshot tests with \`npm run test:visual\` (playwright.config.ts starts the servers).`);
  return value;
}

/**
 * Opens `url` with the time, random numbers and network held still (settle.ts), waits until the page has settled and
 * compares a full-page shot with the baseline `name`. A page that asks for anything beyond the local servers fails:
 * a shot must not depend on the network (stub the service in settle.ts, as a page.route answer, if one is needed).
 */
async function shoot(page: Page, url: string, name: string, ready?: (page: Page) => Promise<void>): Promise<void> {
  const refused = await freeze(page);
  await page.goto(url);
  await ready?.(page);
  await settle(page);
  await expect(page).toHaveScreenshot(name, { fullPage: true });
  expect(refused, 'requests beyond the local servers (refused; stub them in test/visual/settle.ts)').toEqual([]);
}

/** Storybook has rendered the story, or shown its error display (which fails the test, with Storybook's message). */
async function storyRendered(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'));
  const error = await page.evaluate(() => (document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent : null));
  expect(error ?? null, 'Storybook could not render the story').toBeNull();
}

test.describe('demo pages', () => {
  for (const path of DEMO_PAGES) {
    test(path, ({ page }) => shoot(page, `${origin('SCHOLAR_VISUAL_SITE')}/${path}`, demoShot(path)));
  }
});

test.describe('stories', () => {
  for (const id of STORIES) {
    test(id, ({ page }) => shoot(page, `${origin('SCHOLAR_VISUAL_STORYBOOK')}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, storyShot(id), storyRendered));
  }
});

/**
 * Every baseline belongs to a shot above: a renamed or removed shot leaves none behind. `test:visual:update`
 * (`--update-snapshots=all`) deletes the ones left over.
 */
// Playwright hands fixtures over in an object pattern; this test needs none of them.
// eslint-disable-next-line no-empty-pattern
test('no baseline is left over from a shot that is gone', async ({}, testInfo) => {
  const expected = new Set([...DEMO_PAGES.map(demoShot), ...STORIES.map(storyShot)]);
  const folder = join(testInfo.project.testDir, 'baselines', testInfo.project.name);
  if (!existsSync(folder)) return;
  const leftOver = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !expected.has(entry.name))
    .map((entry) => entry.name);
  if (testInfo.config.updateSnapshots === 'all') {
    for (const name of leftOver) rmSync(join(folder, name));
    return;
  }
  expect(leftOver, `baselines in ${folder} that no shot takes (delete them, or run \`npm run test:visual:update\`)`).toEqual([]);
});
