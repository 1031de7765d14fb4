/**
 * How long and from where the Node fuzz suite runs, read from the environment:
 * - `FUZZ_RUNS`: cases per property (default: each file's quick count, 60 to 200, as `npm test` runs them).
 *   `npm run fuzz -- --runs N` sets it; a long run also generates the largest values (100,000-item lists).
 * - `FUZZ_SEED` and `FUZZ_PATH`: replay a failure. A failed property prints both, and the command that replays it
 *   (`FUZZ_SEED=… FUZZ_PATH=… npx vitest run <file> -t '<property>'`): the same case, already shrunk.
 * - `FUZZ_CASE_MS`: the time one case may take before it counts as a hang (default 2,000 ms).
 */
import type fc from 'fast-check';
import { relative } from 'node:path';
import { expect, vi } from 'vitest';
import { compactReporter } from './report.js';

const numberFrom = (name: string): number | undefined => {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`${name}=${value} is not a number`);
  return number;
};

/** The time one case (one input through the model) may take. */
export const CASE_LIMIT_MS = numberFrom('FUZZ_CASE_MS') ?? 2000;

/** Cases per property: `FUZZ_RUNS` when set, else `quickRuns`. */
export function runs(quickRuns: number): number {
  return numberFrom('FUZZ_RUNS') ?? quickRuns;
}

/** The command that replays one failed case of the running test. */
function replayCommand(seed: number, path: string): string {
  const { testPath, currentTestName } = expect.getState();
  const file = testPath ? relative(process.cwd(), testPath) : 'test/fuzz';
  // Vitest reads -t as a regular expression; the shell gets it in single quotes.
  const name = (currentTestName?.split(' > ').pop() ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'\\''");
  return `FUZZ_SEED=${seed} FUZZ_PATH=${path} npx vitest run ${file} -t '${name}'`;
}

/**
 * fast-check parameters for one property: {@link runs} cases, the replay seed and path when given, and a report
 * that stays readable however large the failing case is.
 */
export function fuzzParameters<T>(quickRuns: number): fc.Parameters<T> {
  const seed = numberFrom('FUZZ_SEED');
  const path = process.env.FUZZ_PATH?.trim() || undefined;
  return {
    numRuns: runs(quickRuns),
    // An asynchronous case that never settles fails as a counterexample (with its seed) instead of stalling the file.
    timeout: CASE_LIMIT_MS * 5,
    reporter: compactReporter<T>(replayCommand),
    ...(seed !== undefined ? { seed } : {}),
    ...(path ? { path } : {}),
  };
}

/**
 * Gives every test of the file calling it (at its top level) the time its properties need: `quickRuns` cases of
 * `perCaseMs` each (or `FUZZ_RUNS` of them), with room for shrinking a failure.
 */
export function allowTimeFor(quickRuns: number, perCaseMs: number): void {
  vi.setConfig({ testTimeout: Math.max(30_000, runs(quickRuns) * perCaseMs * 3 + CASE_LIMIT_MS * 20) });
}
