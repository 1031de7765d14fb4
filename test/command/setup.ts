/**
 * Packs the package once per run, as `npm publish` would (`npm pack`: only the files package.json lists), and
 * extracts it into a temporary folder, where the tests run its bin as a user's `npx scholar-elements` would. The
 * package's dependencies are the project's own (node_modules is linked in). The build must exist: `npm test` makes
 * it first; by hand, run `npm run build` (or `npx vite build --mode npm` for the command alone).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The extracted package: `<packageDir>/bin/scholar-elements.mjs` is the command. */
    packageDir: string;
  }
}

/** npm as the one running this (`npm test`), else the npm on the PATH. */
function npm(args: string[]): Promise<{ stdout: string }> {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return run(process.execPath, [npmCli, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd: root, maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(root, 'dist/lib/cli/main.js'))) {
    throw new Error('The command is not built: run `npm run build` (or `npx vite build --mode npm`) before test:command.');
  }
  const dir = await mkdtemp(join(tmpdir(), 'scholar-elements-pack-'));
  const { stdout } = await npm(['pack', '--pack-destination', dir, '--json', '--ignore-scripts', '--silent']);
  const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
  await run('tar', ['-xzf', join(dir, filename), '-C', dir]);
  const packageDir = join(dir, 'package');
  await symlink(join(root, 'node_modules'), join(packageDir, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
  project.provide('packageDir', packageDir);
  return () => rm(dir, { recursive: true, force: true });
}
