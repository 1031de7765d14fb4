// Tests run in real Chromium through Playwright's launcher; see scripts/find-browser.mjs for how it is found.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { nodeResolve, rollupBundlePlugin } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  middleware: [delayMiddleware()],
  plugins: [citationJs(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' })],
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
