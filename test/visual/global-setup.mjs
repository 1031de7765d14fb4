// Before the screenshot tests (playwright.config.ts): checks that the builds they show are there, and serves them on
// 127.0.0.1 for the run — the repository (demo/ loads dist/scholar-elements.js) and the built Storybook. The origins
// reach the tests as SCHOLAR_VISUAL_SITE and SCHOLAR_VISUAL_STORYBOOK (workers inherit the environment).
// Builds nothing: `npm test` has built both by then; `npm run test:visual:update` builds them first.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/static-server.mjs';

// SCHOLAR_VISUAL_ROOT serves another folder holding demo/, dist/ and storybook-static/ (a build made elsewhere).
const root = resolve(process.env.SCHOLAR_VISUAL_ROOT ?? fileURLToPath(new URL('../..', import.meta.url)));

/** What the shots need, the command that makes it, and what it is made from (to tell a stale build). */
const BUILDS = [
  { file: 'dist/scholar-elements.js', command: 'npm run build', from: ['src'] },
  { file: 'storybook-static/iframe.html', command: 'npm run build-storybook', from: ['src', 'stories', '.storybook'] },
];

/** Newest modification time of the files under `path`, in ms. */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Serves `base` on `port`; a port in use stops the run with what to do. */
async function listen(base, port) {
  try {
    return await serveStatic(base, { port });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.error(`\nPort ${port} is in use: the screenshot tests serve on ${port} and ${port + 1}; set SCHOLAR_VISUAL_PORT to another.\n`);
    process.exit(1);
  }
}

export default async function globalSetup() {
  const missing = BUILDS.filter(({ file }) => !existsSync(join(root, file)));
  if (missing.length) {
    const steps = missing.map(({ file, command }) => `  ${file} is missing: run \`${command}\``).join('\n');
    console.error(`\nThe screenshot tests show the built demo and Storybook, and there is no build to show:\n${steps}\nthen \`npm run test:visual\` again.\n`);
    process.exit(1);
  }
  for (const { file, command, from } of BUILDS) {
    if (newest(join(root, file)) < Math.max(...from.map((dir) => newest(join(root, dir))))) {
      console.warn(`Note: ${file} is older than ${from.join(', ')}: the shots show the last build (\`${command}\` brings it up to date).`);
    }
  }
  // Fixed ports: an address a page shows (an error message names the file it could not load) reads the same on
  // every run. SCHOLAR_VISUAL_PORT moves both (the site on it, Storybook on the next).
  const port = Number(process.env.SCHOLAR_VISUAL_PORT ?? 47310);
  const site = await listen(root, port);
  const storybook = await listen(join(root, 'storybook-static'), port + 1);
  process.env.SCHOLAR_VISUAL_SITE = site.origin;
  process.env.SCHOLAR_VISUAL_STORYBOOK = storybook.origin;
  return async () => {
    await Promise.all([site.close(), storybook.close()]);
  };
}
