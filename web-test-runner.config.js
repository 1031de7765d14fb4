// Tests run in real Chromium through Playwright's launcher; see scripts/find-browser.mjs for how it is found.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { nodeResolve, rollupBundlePlugin } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { findBrowser } from './scripts/find-browser.mjs';
import { faultServer } from './test/support/fault-server.mjs';
import { cleanReporter } from './test/support/reporter.mjs';

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

/**
 * citation-js (BibTeX import, CSL formatting) ships ES modules that import JSON without import attributes and
 * depend on CommonJS packages (moo, citeproc, @citation-js/date and name), which a browser cannot load as they are.
 * Vite bundles them in the real build; here Rollup bundles the three entry points once, on the first request for
 * one of them, into ES modules served at the paths the test server resolves `@citation-js/*` to (shared code,
 * including the one `@citation-js/core` instance the plugins register with, goes into common chunks).
 */
function citationJs() {
  // Entries named by their own path, so that the common chunks (served at the root) are imported as
  // "../../../../__rollup-generated__….js" from every entry: one URL, one module instance.
  const input = Object.fromEntries(
    ['core', 'plugin-bibtex', 'plugin-csl'].map((name) => {
      const entry = `node_modules/@citation-js/${name}/lib-mjs/index`;
      return [entry, fileURLToPath(new URL(`${entry}.js`, import.meta.url))];
    }),
  );
  const bundler = rollupBundlePlugin({
    rollupConfig: {
      input,
      plugins: [nodeResolve({ browser: true, preferBuiltins: false }), rollupCommonjs(), rollupJson({ preferConst: true })],
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  });
  let bundled;
  let serverConfig;
  return {
    name: 'scholar-citation-js',
    serverStart({ config }) {
      serverConfig = config;
    },
    async serve(context) {
      if (!context.path.startsWith('/node_modules/@citation-js/') && !context.path.includes('__rollup-generated__')) return undefined;
      // Bundled once per run; the rollup plugin refuses watch mode only because it would not rebuild, and node_modules do not change.
      bundled ??= bundler.serverStart({ config: { ...serverConfig, watch: false } });
      await bundled;
      const body = bundler.serve(context);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/** Runs `node <args>` in the project; resolves to its output and exit code (never rejects on a non-zero exit). */
function runNode(args, { cwd = projectRoot, input } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolvePromise({ exitCode, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.end(input ?? '');
  });
}

/** Newest modification time under `path` (a file or a folder), in ms. */
async function newestChange(path) {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const names = await readdir(path);
  const times = await Promise.all(names.map((name) => newestChange(join(path, name))));
  return Math.max(info.mtimeMs, ...times);
}

/**
 * `executeServerCommand('prerender', { profile, args?, stdin?, build? })` runs the real command line,
 * `node bin/scholar-elements.mjs prerender <profile> …args`, and returns `{ exitCode, stdout, stderr }`.
 *
 * The command runs from the npm build (dist/lib), which `npm test` makes only after the browser tests. So this
 * plugin makes its own: `vite build --mode npm` into node_modules/.cache/scholar-elements-cli/with-build/dist/lib,
 * beside a copy of bin/scholar-elements.mjs (the package's layout, so the bin finds the build as it does when
 * installed, and bare imports resolve to the project's node_modules). It is rebuilt when src/, bin/, package.json
 * or vite.config.ts changed since, one build at a time; a build takes about a second. The project's own dist/ is
 * left alone (a build there would empty dist/lib, .d.ts files included). `build: false` runs a copy of the bin
 * with no build beside it.
 */
function prerenderCommand() {
  const cacheDir = join(projectRoot, 'node_modules/.cache/scholar-elements-cli');
  const withBuild = join(cacheDir, 'with-build');
  const withoutBuild = join(cacheDir, 'without-build');
  const inputs = ['src', 'bin', 'package.json', 'vite.config.ts'].map((path) => join(projectRoot, path));
  let building;

  async function copyBin(dir) {
    await mkdir(join(dir, 'bin'), { recursive: true });
    // Node stops looking for a package.json at a node_modules folder: without this one, the .js files would be CommonJS.
    await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
    await copyFile(join(projectRoot, 'bin/scholar-elements.mjs'), join(dir, 'bin/scholar-elements.mjs'));
  }

  async function build() {
    const stamp = join(withBuild, 'built-at');
    const builtAt = (await stat(stamp).catch(() => undefined))?.mtimeMs ?? 0;
    const changedAt = Math.max(...(await Promise.all(inputs.map(newestChange))));
    if (builtAt && changedAt < builtAt) return;
    const started = Date.now();
    await rm(withBuild, { recursive: true, force: true });
    await copyBin(withBuild);
    const vite = join(projectRoot, 'node_modules/vite/bin/vite.js');
    const result = await runNode([vite, 'build', '--mode', 'npm', '--outDir', join(withBuild, 'dist/lib'), '--emptyOutDir', '--logLevel', 'error']);
    if (result.exitCode !== 0) throw new Error(`vite build --mode npm failed:\n${result.stdout}${result.stderr}`);
    // Stamped with the start time: a source saved during the build counts as a change.
    await writeFile(stamp, `${new Date(started).toISOString()}\n`);
    await utimes(stamp, new Date(started), new Date(started));
    console.log(`[prerender] built the command in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  return {
    name: 'scholar-prerender-command',
    async executeCommand({ command, payload }) {
      if (command !== 'prerender') return undefined;
      const { profile, args = [], stdin, build: useBuild = true } = payload ?? {};
      if (typeof profile !== 'string' || !Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) {
        throw new Error('prerender: payload must be { profile: string, args?: string[], stdin?: string, build?: boolean }');
      }
      // Profiles are the project's own files (or "-" for stdin), named relative to its root.
      const path = profile === '-' ? '-' : resolve(projectRoot, profile);
      if (path !== '-' && (isAbsolute(relative(projectRoot, path)) || relative(projectRoot, path).startsWith('..'))) {
        throw new Error(`prerender: ${profile} is outside the project`);
      }
      let dir = withoutBuild;
      if (useBuild) {
        building ??= build().finally(() => (building = undefined));
        await building;
        dir = withBuild;
      } else {
        await rm(withoutBuild, { recursive: true, force: true });
        await copyBin(withoutBuild);
      }
      const started = Date.now();
      const result = await runNode([join(dir, 'bin/scholar-elements.mjs'), 'prerender', path === '-' ? '-' : relative(projectRoot, path), ...args], { input: stdin });
      return { ...result, ms: Date.now() - started };
    },
  };
}

/**
 * The page each test file runs in: the test framework, then test/support/readable-failures.ts, which makes a failed
 * assertion on a DOM node (or anything else the runner cannot send) reach the report instead of stalling the file.
 * One module imports both, so the second is evaluated right after the framework and before any test file.
 */
function testRunnerHtml(testFramework) {
  return `<!DOCTYPE html>
<html>
  <head></head>
  <body>
    <script type="module">
      import '${testFramework}';
      import '/test/support/readable-failures.ts';
    </script>
  </body>
</html>`;
}

/** Lit's one-line "dev mode" notice, printed by every test file, says nothing about the test. */
function filterBrowserLogs({ args }) {
  return !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.'));
}

export default {
  // Model, command and Node fuzz tests run in Node (vitest.config.ts); the elements' fuzz test is test/components/fuzz.test.ts.
  files: ['test/**/*.test.ts', '!test/model/**', '!test/i18n/**', '!test/command/**', '!test/fuzz/**', '!test/lint/**'],
  nodeResolve: true,
  concurrency: 2,
  middleware: [delayMiddleware(), faultServer()],
  plugins: [citationJs(), prerenderCommand(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml,
  filterBrowserLogs,
  // The default reporter, without the expected 404s, the kit's messages from passing files and the second
  // "Finished running tests" (see test/support/reporter.mjs).
  reporters: [cleanReporter()],
};
