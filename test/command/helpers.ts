/**
 * Running the packed command (see ./setup.ts) the way a user does: `node <package>/bin/scholar-elements.mjs …` in a
 * folder of the test's own, with its output and exit code.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, inject } from 'vitest';

/** The project's root: fixtures are read from there. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** A fixture's absolute path: `fixture('bibtex/broken.bib')`. */
export function fixture(path: string): string {
  return join(projectRoot, 'test/fixtures', path);
}

/** A file of the command tests' own fixtures (test/command/fixtures/). */
export function commandFixture(path: string): string {
  return join(projectRoot, 'test/command/fixtures', path);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Written to the command's standard input. */
  input?: string | Uint8Array;
  /** Added to the environment. */
  env?: Record<string, string>;
}

/** Runs `scholar-elements <args>` from the packed package; never rejects on a non-zero exit. */
export function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return runScript(join(inject('packageDir'), 'bin/scholar-elements.mjs'), args, options);
}

/** Runs `node <script> <args>`; never rejects on a non-zero exit. */
export function runScript(script: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.end(options.input ?? '');
  });
}

const folders: string[] = [];

/** A new empty folder, removed after the test file. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'scholar-elements-command-'));
  folders.push(folder);
  return folder;
}

afterAll(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});
