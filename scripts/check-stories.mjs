#!/usr/bin/env node
/**
 * Renders every story of the built Storybook (`npm run build-storybook` → storybook-static/) in Chromium and fails
 * when one does not render cleanly:
 * - Storybook shows its error display, or the story root stays empty;
 * - a scholar element in the story does not reach the state the story expects: `ready`, or `error` / `loading` for
 *   stories tagged `expect-state-error` / `expect-state-loading` (tags are in storybook-static/index.json);
 * - the page logs a console error or throws, except the intentional errors listed in EXPECTED_CONSOLE_ERRORS;
 * - axe-core reports an accessibility violation in the story root (open shadow roots included).
 *
 * Prints one line per story and a last line `N passed, M failed`; exits 1 when any story failed, 2 when it cannot
 * run at all (no build, no browser). Every wait is time-bound.
 *
 * Usage: node scripts/check-stories.mjs [storybook-static]   (CHROME_PATH picks the browser; see find-browser.mjs)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collect, launch } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = resolve(root, process.argv[2] ?? 'storybook-static');
const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js', { paths: [root] });

const TIMEOUT = {
  /** Loading iframe.html and Storybook's preview bundle. */
  navigation: 15_000,
  /** From load to the story rendered and its elements settled. */
  render: 10_000,
  /** One axe run (the 2,000-entry <pub-list> story takes about 16 s on two cores, most of it color-contrast). */
  axe: 60_000,
};

/**
 * Console errors a story produces on purpose. Each entry must match the story id, the message and the URL the
 * message is about (Chromium reports a failed resource load with that resource's URL as its location).
 */
const EXPECTED_CONSOLE_ERRORS = [
  {
    story: 'components-researcher-card--not-found',
    text: /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/,
    url: /^http:\/\/127\.0\.0\.1:\d+\/profiles\/does-not-exist\.json$/,
  },
  {
    story: 'components-pub-list--not-found',
    text: /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/,
    url: /^http:\/\/127\.0\.0\.1:\d+\/bib\/does-not-exist\.bib$/,
  },
];

/**
 * axe rules about a whole page (landmarks, a page-level h1, content outside landmarks). A story root is a fragment
 * of a page, so these cannot apply; every other rule runs.
 */
const PAGE_LEVEL_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass', 'document-title', 'html-has-lang'];

/** Rejects after `ms` with `message`, so that no step can hang the run. */
function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function expectedState(entry) {
  if (entry.tags?.includes('expect-state-error')) return 'error';
  if (entry.tags?.includes('expect-state-loading')) return 'loading';
  if (entry.tags?.includes('expect-state-empty')) return 'empty';
  return 'ready';
}

/**
 * In the page: is the story rendered and settled? Returns undefined while waiting, else { error } or { states }.
 * Scholar elements are the custom elements in the story root (light DOM, any depth) that have a `reload()` method
 * and a `state` property — the ScholarElement contract.
 */
function storySettled(expected) {
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent?.trim() || 'Storybook error display shown';
    return { error: message };
  }
  const storyRoot = document.querySelector('#storybook-root');
  if (!body.classList.contains('sb-show-main') || !storyRoot || !storyRoot.firstElementChild) return undefined;
  const elements = [...storyRoot.querySelectorAll('*')].filter((element) => element.localName.includes('-') && typeof element.reload === 'function' && 'state' in element);
  const states = elements.map((element) => ({ tag: element.localName, state: element.getAttribute('state') }));
  // `empty` is also where an element starts, until data given as a property has been read (a 2,000-item `items`
  // list takes a moment): a story that expects `ready` waits through it, and fails by timeout if it stays empty.
  const settled = states.every(({ state }) =>
    expected === 'loading' ? state === 'loading' : state !== null && state !== 'loading' && !(expected === 'ready' && state === 'empty'),
  );
  if (!settled) return undefined;
  return { states };
}

async function checkStory(context, baseUrl, entry) {
  const problems = [];
  const page = await context.newPage();
  // A bound for every Playwright step without one of its own.
  page.setDefaultTimeout(TIMEOUT.render);
  const reported = collect(page);

  try {
    const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`;
    const response = await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT.navigation });
    if (!response?.ok()) throw new Error(`iframe.html answered HTTP ${response?.status()}`);

    const expected = expectedState(entry);
    let result;
    try {
      const handle = await page.waitForFunction(storySettled, expected, { timeout: TIMEOUT.render, polling: 50 });
      result = await handle.jsonValue();
    } catch {
      const states = await page
        .evaluate(() =>
          [...document.querySelectorAll('#storybook-root *')]
            .filter((element) => 'state' in element && typeof element.reload === 'function')
            .map((element) => `<${element.localName} state="${element.getAttribute('state')}">`)
            .join(', '),
        )
        .catch(() => '');
      throw new Error(`did not settle within ${TIMEOUT.render} ms (expected state ${expected}${states ? `; found ${states}` : '; no scholar element rendered'})`);
    }
    if (result.error) throw new Error(`Storybook error: ${result.error.split('\n')[0]}`);
    if (!result.states.length) problems.push('no scholar element in the story');
    for (const { tag, state } of result.states) {
      if (state !== expected) problems.push(`<${tag}> has state "${state}", expected "${expected}"`);
    }
    // Let Lit finish the render that reflected the state before axe looks at the result.
    await withTimeout(
      page.evaluate(() => Promise.all([...document.querySelectorAll('#storybook-root *')].map((element) => element.updateComplete))),
      TIMEOUT.render,
      `elements did not finish updating within ${TIMEOUT.render} ms`,
    );

    await withTimeout(page.addScriptTag({ path: axePath }), TIMEOUT.render, 'could not inject axe-core');
    const violations = await withTimeout(
      page.evaluate(async (disabled) => {
        const rules = Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }]));
        const results = await window.axe.run('#storybook-root', { rules, resultTypes: ['violations'] });
        return results.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
          count: violation.nodes.length,
        }));
      }, PAGE_LEVEL_RULES),
      TIMEOUT.axe,
      `axe did not finish within ${TIMEOUT.axe} ms`,
    );
    for (const violation of violations) {
      problems.push(`axe ${violation.id} (${violation.impact}, ${violation.count} node${violation.count === 1 ? '' : 's'}: ${violation.targets.join(' ')})`);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  } finally {
    await page.close().catch(() => {});
  }

  const intended = (message) => EXPECTED_CONSOLE_ERRORS.some((allowed) => allowed.story === entry.id && allowed.text.test(message.text) && allowed.url.test(message.url));
  problems.push(...reported.problems({ expected: intended, firstLine: true }));
  return problems;
}

async function main() {
  const indexPath = join(staticDir, 'index.json');
  if (!existsSync(indexPath)) {
    console.error(`check-stories: ${indexPath} not found. Run \`npm run build-storybook\` first.`);
    return 2;
  }
  const index = JSON.parse(readFileSync(indexPath, 'utf8'));
  const stories = Object.values(index.entries ?? {}).filter((entry) => entry.type === 'story');
  if (!stories.length) {
    console.error('check-stories: the Storybook build has no stories.');
    return 2;
  }
  let browser;
  try {
    browser = await launch();
  } catch (error) {
    console.error(`check-stories: ${error.message}`);
    return 2;
  }
  const server = await serveStatic(staticDir);
  const baseUrl = server.origin;
  let passed = 0;
  let failed = 0;
  try {
    // One context for the run: each story gets a fresh page (its own JS state); the browser is started once.
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    for (const entry of stories) {
      const label = `${entry.title} › ${entry.name} (${entry.id})`;
      const problems = await checkStory(context, baseUrl, entry);
      if (problems.length) {
        failed++;
        console.log(`FAIL ${label}\n${problems.map((problem) => `       - ${problem}`).join('\n')}`);
      } else {
        passed++;
        console.log(`ok   ${label}`);
      }
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = await main().catch((error) => {
  console.error(`check-stories: ${error instanceof Error ? error.stack : error}`);
  return 2;
});
