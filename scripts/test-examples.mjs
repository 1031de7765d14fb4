#!/usr/bin/env node
/**
 * The real clients, built and opened in Chromium: examples/react-vite, examples/vue-vite and examples/plain-html.
 *
 * For each example: install its dependencies from its committed lockfile (`npm ci`; the package itself comes from
 * the repository, packed as npm would publish it — see the examples' .npmrc), build it with Vite (plain-html has no
 * build), serve the result on a localhost port, open it in Chromium, wait for every element to reach
 * `state="ready"`, then check what is on screen against the seed profile (demo/profiles/minjia-zhang.json):
 * - <researcher-card>: the researcher's name in the card's shadow DOM;
 * - <pub-list>: as many publications on screen as the profile has;
 * - <timeline-view>: a timeline entry for the profile's latest position — required when the build the example uses
 *   registers the element, reported as skipped otherwise;
 * - the example's own status line (set from the `scholar-load` event), when it has one;
 * - no console errors, page errors, failed requests or requests to anywhere but the local server.
 * plain-html loads the script from the CDN URL in the README's snippet; the test answers that URL with the
 * repository's dist/ (nothing leaves the machine).
 *
 * Needs `npm run build` in the repository root first (dist/). Prints one line per example, then `N passed, M failed`;
 * exits 1 when any example failed.
 *
 *   node scripts/test-examples.mjs [names…] [--no-install] [--update-locks] [--verbose]
 *   names           only these examples (e.g. `react-vite`)
 *   --no-install    reuse the examples' node_modules (faster when iterating; dist/ changes need a fresh install)
 *   --update-locks  rewrite the examples' package-lock.json files first (`npm install --package-lock-only`; commit them)
 *   --verbose       show progress and every step's output
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collect, launch } from './browser.mjs';
import { contentType, fileFor, serveStatic } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(root, 'examples');
const PROFILE = join(root, 'demo/profiles/minjia-zhang.json');
const TAGS = ['researcher-card', 'pub-list', 'timeline-view'];
const READY_TIMEOUT = 20_000;

/**
 * `app`: what to serve, relative to the example. `profileDir`: where the page expects profiles/ (built examples copy
 * the profile themselves in their build script). `timelineFrom`: the built file that registers <timeline-view> when
 * the package's build includes it. `cdn`: the example loads the script-tag build from this URL prefix.
 */
const EXAMPLES = [
  {
    name: 'react-vite',
    install: true,
    build: true,
    app: 'dist',
    needs: ['dist/lib/react/index.js'],
    needsHint: 'the npm build must include src/react/index.ts (vite.config.ts, npmEntries) with react kept external',
    timelineFrom: 'dist/lib/react/index.js',
  },
  {
    name: 'vue-vite',
    install: true,
    build: true,
    app: 'dist',
    needs: ['dist/lib/scholar-elements.js'],
    timelineFrom: 'dist/lib/scholar-elements.js',
  },
  {
    name: 'plain-html',
    install: false,
    build: false,
    app: '.',
    profileDir: 'profiles',
    needs: ['dist/scholar-elements.js'],
    timelineFrom: 'dist/scholar-elements.js',
    cdn: true,
  },
];

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')));
const only = args.filter((arg) => !arg.startsWith('--'));
const verbose = flags.has('--verbose');
const install = !flags.has('--no-install');
const updateLocks = flags.has('--update-locks');
for (const flag of flags) {
  if (!['--verbose', '--no-install', '--update-locks'].includes(flag)) {
    console.error(`test-examples: unknown option ${flag}`);
    process.exit(2);
  }
}
const unknown = only.filter((name) => !EXAMPLES.some((example) => example.name === name));
if (unknown.length) {
  console.error(`test-examples: no example named ${unknown.join(', ')} (there are ${EXAMPLES.map((example) => example.name).join(', ')}).`);
  process.exit(2);
}
const selected = EXAMPLES.filter((example) => !only.length || only.includes(example.name));

const log = (message) => verbose && console.error(`  … ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

// ---------------------------------------------------------------------------------------------------- steps

/** Runs a command; resolves with its combined output, rejects with an Error carrying the output's tail. */
function run(command, commandArgs, cwd) {
  // Variables npm sets for the script that runs this file describe the root package; the examples' npm must not see
  // them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(package|lifecycle|config_local_prefix)/i.test(key) && key !== 'INIT_CWD'));
  Object.assign(env, {
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  });
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (verbose) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolvePromise(output);
      const tail = output
        .split('\n')
        .filter((line) => line.trim() && !/Unknown user config|EBADENGINE|^npm warn (install-scripts|\s*$)/.test(line))
        .slice(-15)
        .join('\n');
      reject(new Error(`\`${command} ${commandArgs.join(' ')}\` exited with ${code}:\n${tail}`));
    });
  });
}

/**
 * The example's lockfile records the package's own dependencies as they were when it was written; `npm ci` installs
 * those, whatever the root package.json says now. A difference means the lockfile must be refreshed.
 */
function staleLock(example, dir) {
  const lockPath = join(dir, 'package-lock.json');
  if (!existsSync(lockPath)) return `examples/${example.name}/package-lock.json is missing`;
  const recorded = JSON.parse(readFileSync(lockPath, 'utf8')).packages?.['node_modules/scholar-elements'];
  if (!recorded) return `examples/${example.name}/package-lock.json does not list scholar-elements`;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const same = (a, b) => JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());
  const differences = [
    recorded.version !== pkg.version && 'version',
    !same(recorded.dependencies, pkg.dependencies) && 'dependencies',
    !same(recorded.peerDependencies, pkg.peerDependencies) && 'peerDependencies',
  ].filter(Boolean);
  return differences.length ? `examples/${example.name}/package-lock.json is out of date with the root package.json (${differences.join(', ')})` : undefined;
}

/**
 * npm keeps a `file:` package's recorded dependencies as long as its spec is unchanged; dropping the package's entry
 * makes `npm install --package-lock-only` read the root package.json again (and prune what it no longer needs).
 */
function forgetPackageInLock(dir) {
  const lockPath = join(dir, 'package-lock.json');
  if (!existsSync(lockPath)) return;
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  if (!lock.packages?.['node_modules/scholar-elements']) return;
  delete lock.packages['node_modules/scholar-elements'];
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}

/** The first `<script … src="…scholar-elements.js"></script>` tag in the README, the snippet plain-html must use as is. */
function readmeScriptTag() {
  const readme = join(root, 'README.md');
  if (!existsSync(readme)) return undefined;
  return /<script\b[^>]*\ssrc="[^"]*scholar-elements\.js"[^>]*><\/script>/.exec(readFileSync(readme, 'utf8'))?.[0];
}

/** The script-tag URL prefix (up to `/dist/`) of the first script in the page that loads `dist/scholar-elements.js` from elsewhere. */
function cdnPrefix(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const match = /<script[^>]*\ssrc="(https?:\/\/[^"]*\/dist\/)scholar-elements\.js"/.exec(html);
  return match?.[1];
}

// ---------------------------------------------------------------------------------------------------- the browser check

/** Opens the example in a fresh context and checks it. Returns { problems: string[], facts: string[] }. */
async function checkInBrowser(browser, example, dir, expected) {
  const problems = [];
  const facts = [];
  const { origin, close } = await serveStatic(resolve(dir, example.app));
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const prefix = example.cdn ? cdnPrefix(join(dir, example.app, 'index.html')) : undefined;
    if (example.cdn && !prefix) problems.push('index.html has no <script src="…/dist/scholar-elements.js"> to test');
    const blocked = new Set();
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      if (prefix && url.startsWith(prefix)) {
        // The CDN's copy of the package is the repository's dist/, answered with the headers a CDN sends.
        const file = fileFor(join(root, 'dist'), new URL(url).pathname.slice(new URL(prefix).pathname.length - 1));
        if (!file) return route.fulfill({ status: 404, body: 'Not in dist/' });
        return route.fulfill({
          status: 200,
          body: readFileSync(file),
          headers: { 'content-type': contentType(file), 'access-control-allow-origin': '*' },
        });
      }
      blocked.add(url);
      return route.abort('blockedbyclient');
    });

    const page = await context.newPage();
    const reported = collect(page, { origin });
    const errors = [];
    // A data file read as a stream (the kit does, to time out on silence) may be reported as aborted after its last
    // byte arrived, when the page lets go of the response before the network layer closes it. Such a request had
    // its answer: it counts as failed only if no response came for it.
    const answered = new WeakSet();
    page.on('response', (response) => answered.add(response.request()));
    page.on('requestfailed', (request) => {
      if (blocked.has(request.url())) return;
      if (request.failure()?.errorText === 'net::ERR_ABORTED' && answered.has(request)) return;
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    await page.goto(`${origin}/`, { waitUntil: 'load' });

    // Every element that is registered (or must be) reaches state="ready"; one that fails says why.
    const timelineRequired = expected.timeline;
    await page
      .waitForFunction(
        ({ tags, timelineRequired: required }) =>
          tags.every((tag) => {
            const element = document.querySelector(tag);
            if (!element) return true;
            if (tag === 'timeline-view' && !required && !customElements.get(tag)) return true;
            return ['ready', 'error'].includes(element.getAttribute('state') ?? '');
          }),
        { tags: TAGS, timelineRequired },
        { timeout: READY_TIMEOUT, polling: 100 },
      )
      .catch(() => undefined);
    // Lists render in blocks, and the app's status line follows the load event: give both a moment to settle.
    await page
      .waitForFunction(
        ({ count }) => {
          const list = document.querySelector('pub-list');
          if (list?.getAttribute('state') === 'error') return true;
          const shown = list?.shadowRoot?.querySelectorAll('[part~="publication"]').length ?? 0;
          const status = document.querySelector('#status');
          return shown >= count && (!status || status.textContent?.includes(`${count} publications`));
        },
        { count: expected.publications },
        { timeout: 5_000, polling: 100 },
      )
      .catch(() => undefined);

    const seen = await page.evaluate((tags) => {
      const describe = (tag) => {
        const element = document.querySelector(tag);
        if (!element) return { present: false };
        const shadow = element.shadowRoot;
        const texts = (selector) => [...(shadow?.querySelectorAll(selector) ?? [])].map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');
        return {
          present: true,
          defined: !!customElements.get(tag),
          state: element.getAttribute('state'),
          error: texts('[part~="error"]').join(' '),
          names: texts('[part~="name"]'),
          publications: texts('[part~="publication"]').length,
          entryTitles: texts('[part~="entry-title"]'),
        };
      };
      return {
        elements: Object.fromEntries(tags.map((tag) => [tag, describe(tag)])),
        status: document.querySelector('#status')?.textContent?.trim(),
      };
    }, TAGS);

    const card = seen.elements['researcher-card'];
    const list = seen.elements['pub-list'];
    const timeline = seen.elements['timeline-view'];
    const notReady = (tag, element) =>
      `<${tag}> ${!element.present ? 'is not on the page' : !element.defined ? 'was never registered' : `has state="${element.state}"`}${
        element.error ? `: ${element.error}` : ''
      }`;

    if (card.present && card.state === 'ready') {
      if (card.names.includes(expected.name)) facts.push(`card "${expected.name}"`);
      else problems.push(`<researcher-card> shows ${JSON.stringify(card.names)}, expected the name "${expected.name}"`);
    } else problems.push(notReady('researcher-card', card));

    if (list.present && list.state === 'ready') {
      if (list.publications === expected.publications) facts.push(`${list.publications}/${expected.publications} publications`);
      else problems.push(`<pub-list> shows ${list.publications} publications, the profile has ${expected.publications}`);
    } else problems.push(notReady('pub-list', list));

    if (timeline.present && (timeline.defined || expected.timeline)) {
      if (timeline.state !== 'ready') problems.push(notReady('timeline-view', timeline));
      else if (!timeline.entryTitles.includes(expected.position)) {
        problems.push(`<timeline-view> has ${timeline.entryTitles.length} entries, none titled "${expected.position}"`);
      } else facts.push(`${timeline.entryTitles.length} timeline entries`);
    } else if (expected.timeline) {
      problems.push('<timeline-view> is not on the page');
    } else {
      facts.push('timeline-view not registered by this build (skipped)');
    }

    if (seen.status !== undefined) {
      const want = `${expected.publications} publications`;
      if (seen.status === want) facts.push(`status "${want}"`);
      else problems.push(`status line says "${seen.status}", expected "${want}" (set from scholar-load)`);
    }

    // Errors that arrive late (a lazily loaded chunk, a second render) count too.
    await page.waitForTimeout(300);
    for (const url of blocked) problems.push(`request to an outside address: ${url}`);
    problems.push(...new Set([...reported.problems(), ...errors]));
    const { warnings } = reported;
    if (warnings.length) facts.push(`${warnings.length} console warning${warnings.length === 1 ? '' : 's'}`);
    if (verbose) for (const warning of warnings) console.error(`  … warning: ${warning}`);
  } finally {
    await context.close();
    await close();
  }
  return { problems, facts };
}

// ---------------------------------------------------------------------------------------------------- main

function missingRootBuild() {
  const required = ['dist/scholar-elements.js', 'dist/lib/scholar-elements.js'];
  return required.filter((file) => !existsSync(join(root, file)));
}

async function main() {
  const started = Date.now();
  const results = new Map(selected.map((example) => [example.name, { problems: [], facts: [], times: {} }]));
  const fail = (example, problem) => results.get(example.name).problems.push(problem);

  const missing = missingRootBuild();
  if (missing.length) {
    console.error(`test-examples: the package is not built (${missing.join(', ')} missing). Run \`npm run build\` in the repository root first.`);
    for (const example of selected) fail(example, 'dist/ is missing: run `npm run build` in the repository root first');
  } else {
    for (const example of selected) {
      for (const file of example.needs.filter((need) => !existsSync(join(root, need)))) {
        fail(example, `${file} is missing: \`npm run build\` in the root did not produce it${example.needsHint ? ` (${example.needsHint})` : ''}`);
      }
    }
  }

  const profile = JSON.parse(readFileSync(PROFILE, 'utf8'));
  const expectedBase = {
    name: profile.basics.name,
    publications: (profile.publications ?? []).length,
    position: profile.work?.[0]?.position,
  };

  // Install every example at once (mostly waiting on the network and the disk), then build one at a time.
  await Promise.all(
    selected.map(async (example) => {
      const result = results.get(example.name);
      if (result.problems.length || !example.install) return;
      const dir = join(examplesDir, example.name);
      const stale = staleLock(example, dir);
      if (stale && !updateLocks) {
        fail(example, `${stale}: run \`node scripts/test-examples.mjs --update-locks\` and commit the lockfile`);
        return;
      }
      if (!install && !updateLocks && existsSync(join(dir, 'node_modules'))) return;
      const begin = Date.now();
      try {
        if (updateLocks) {
          log(`${example.name}: npm install --package-lock-only`);
          forgetPackageInLock(dir);
          await run('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], dir);
        }
        // npm ci also packs the repository afresh, so the example gets the dist/ just built.
        log(`${example.name}: npm ci`);
        await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
      } catch (error) {
        fail(example, `install failed: ${error.message}`);
      }
      result.times.install = Date.now() - begin;
    }),
  );

  let browser;
  try {
    for (const example of selected) {
      const result = results.get(example.name);
      if (result.problems.length) continue;
      const dir = join(examplesDir, example.name);
      if (example.cdn) {
        const tag = readmeScriptTag();
        const html = readFileSync(join(dir, example.app, 'index.html'), 'utf8');
        if (!tag) fail(example, 'README.md has no <script src="…scholar-elements.js"> snippet to compare with');
        else if (!html.includes(tag)) fail(example, `index.html does not use the README's snippet as is: ${tag}`);
        if (result.problems.length) continue;
      }
      if (example.profileDir) {
        mkdirSync(join(dir, example.profileDir), { recursive: true });
        copyFileSync(PROFILE, join(dir, example.profileDir, 'minjia-zhang.json'));
      }
      if (example.build) {
        const begin = Date.now();
        log(`${example.name}: npm run build`);
        try {
          await run('npm', ['run', 'build'], dir);
        } catch (error) {
          fail(example, `build failed: ${error.message}`);
          continue;
        } finally {
          result.times.build = Date.now() - begin;
        }
      }
      browser ??= await launch();
      const begin = Date.now();
      log(`${example.name}: checking in Chromium`);
      const timeline = readFileSync(join(root, example.timelineFrom), 'utf8').includes('timeline-view');
      try {
        const { problems, facts } = await checkInBrowser(browser, example, dir, { ...expectedBase, timeline });
        result.problems.push(...problems);
        result.facts.push(...facts);
      } catch (error) {
        fail(example, `browser check failed: ${error.message}`);
      }
      result.times.browser = Date.now() - begin;
    }
  } catch (error) {
    for (const example of selected) {
      const result = results.get(example.name);
      if (!result.facts.length && !result.problems.length) fail(example, error.message);
    }
  } finally {
    await browser?.close();
  }

  let passed = 0;
  let failed = 0;
  for (const example of selected) {
    const { problems, facts, times } = results.get(example.name);
    const timing = Object.entries(times)
      .map(([step, ms]) => `${step} ${seconds(ms)}`)
      .join(', ');
    const summary = [facts.join(', '), timing && `(${timing})`].filter(Boolean).join('  ');
    if (problems.length) {
      failed++;
      console.log(`✗ ${example.name}${summary ? `  ${summary}` : ''}`);
      for (const problem of problems) console.log(`    ${problem.replace(/\n/g, '\n    ')}`);
    } else {
      passed++;
      console.log(`✓ ${example.name}  ${summary}`);
    }
  }
  if (verbose) console.error(`  … total ${seconds(Date.now() - started)}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`test-examples: ${error.stack ?? error}`);
  console.log(`0 passed, ${selected.length} failed`);
  process.exit(1);
});
