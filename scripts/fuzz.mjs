#!/usr/bin/env node
/**
 * The long fuzz run: the property-based tests of test/fuzz/ (Node) with as many cases per property as asked.
 *
 *   npm run fuzz                                  1,000 cases per property
 *   npm run fuzz -- --runs 100000                 100,000 cases per property
 *   npm run fuzz -- --seed 42 --path 3:1:0 -t "…"  replay one failure (the report prints seed, path and property)
 *   npm run fuzz -- test/fuzz/lab.test.ts         one file (any other argument goes to Vitest)
 *
 * `--runs`, `--seed`, `--path` and `--case-ms` (the time one case may take, default 2,000 ms) become the
 * FUZZ_RUNS, FUZZ_SEED, FUZZ_PATH and FUZZ_CASE_MS that test/fuzz/settings.ts reads. `npm test` runs the same files
 * with a few hundred cases each.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const OPTIONS = { '--runs': 'FUZZ_RUNS', '--seed': 'FUZZ_SEED', '--path': 'FUZZ_PATH', '--case-ms': 'FUZZ_CASE_MS' };
const NUMERIC = new Set(['--runs', '--seed', '--case-ms']);

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000' };
const passed = [];
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
  const [name, inline] = args[index].split(/=(.*)/s, 2);
  if (!(name in OPTIONS)) {
    passed.push(args[index]);
    continue;
  }
  const value = inline ?? args[++index];
  if (value === undefined || (NUMERIC.has(name) && !Number.isFinite(Number(value)))) {
    console.error(`fuzz: ${name} needs a ${NUMERIC.has(name) ? 'number' : 'value'}`);
    process.exit(2);
  }
  env[OPTIONS[name]] = value;
}

if (env.FUZZ_PATH && !passed.some((arg) => arg === '-t' || arg.startsWith('-t=') || arg.startsWith('--testNamePattern'))) {
  console.warn('fuzz: --path replays one property; add -t "<its name>" (as the failure report prints it)');
}
const files = passed.some((arg) => !arg.startsWith('-') && /test\/fuzz\//.test(arg)) ? [] : ['test/fuzz/'];
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
console.log(`fuzz: ${env.FUZZ_RUNS} cases per property${env.FUZZ_SEED ? `, seed ${env.FUZZ_SEED}` : ''}${env.FUZZ_PATH ? `, path ${env.FUZZ_PATH}` : ''}`);
const child = spawn(process.execPath, [vitest, 'run', ...files, ...passed], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  env,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
