/**
 * A failing browser test fails fast and says why, even when the value it asserts on is a DOM node: runs
 * web-test-runner (with the project's config) on test/support/fixtures/failing-node-assertion.browser.ts, whose
 * tests fail on purpose. Without test/support/readable-failures.ts, that file stalls for the runner's 120 s session
 * timeout and is reported with 0 passed, 0 failed and no message.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { projectRoot } from './helpers.js';

const FIXTURE = 'test/support/fixtures/failing-node-assertion.browser.ts';
/**
 * How long the run may take: start-up of the server and Chromium included (about 8 s), far below a stalled file's
 * 120 s, and below this suite's 60 s test timeout (vitest.command.config.ts) so the run is stopped, not abandoned.
 */
const RUN_LIMIT_MS = 45_000;

interface Outcome {
  code: number | null;
  output: string;
  ms: number;
  stalled: boolean;
}

/** Runs web-test-runner on `file`; stops it (its whole process group) after RUN_LIMIT_MS. */
function runBrowserTests(file: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/@web/test-runner/dist/bin.js'), file, '--concurrency', '1'], {
      cwd: projectRoot,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let stalled = false;
    const stop = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      stalled = true;
      stop('SIGTERM');
      setTimeout(() => stop('SIGKILL'), 5000).unref();
    }, RUN_LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      // Colours off, and the progress bar's cursor moves removed: plain lines to search.
      const output = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
      resolvePromise({ code, output, ms: Date.now() - started, stalled });
    });
  });
}

describe('a failing browser test', () => {
  it('fails fast with its message when it asserts on a DOM node', async () => {
    const result = await runBrowserTests(FIXTURE);
    expect(result.stalled, `web-test-runner still running after ${RUN_LIMIT_MS} ms:\n${result.output}`).to.equal(false);
    expect(result.code, result.output).to.equal(1);
    expect(result.output).to.include('1 passed, 4 failed');
    // Each failure with chai's message, and the values it compared as short descriptions, diffed.
    expect(result.output).to.include('a part that is shown, asserted to be null');
    expect(result.output).to.match(/AssertionError: expected <div part="bio"[^]*?to be null/);
    expect(result.output).to.include('AssertionError: expected <li data-n="1">one</li> to equal <li data-n="2">two</li>');
    expect(result.output).to.include('-<li data-n="1">…');
    expect(result.output).to.include('+<li data-n="2">…');
    expect(result.output).to.include('-[<li class="first">…, <li class="second">…]');
    expect(result.output).to.include('-{ host: <section id="host">, self: [Circular] }');
  });
});
