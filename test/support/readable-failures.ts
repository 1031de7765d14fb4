/**
 * Every browser test page loads this right after Mocha (see `testRunnerHtml` in web-test-runner.config.js), before
 * any test file.
 *
 * Why: when a test fails, web-test-runner's Mocha adapter copies the error's `actual` and `expected` into the file's
 * result, and the dev server's web socket sends that result with `structuredClone` then `JSON.stringify`. A DOM node
 * (`expect(el.shadowRoot.querySelector('[part="bio"]')).to.be.null`), a function, a symbol or a BigInt there makes
 * the clone throw: the result is never sent, and the runner waits out its 120 s session timeout and reports the
 * file with 0 passed, 0 failed and no message.
 *
 * Where: every failure, of a test or a hook, from chai or anything else, passes `Mocha.Runner#fail` before a
 * reporter or the adapter sees it. There its unsendable values are swapped for a short description.
 */
import { reportableError } from './describe-value.js';

type Fail = (this: unknown, runnable: unknown, error: unknown, ...rest: unknown[]) => unknown;

const runner = (globalThis as unknown as { Mocha?: { Runner?: { prototype: { fail?: Fail } } } }).Mocha?.Runner?.prototype;
if (typeof runner?.fail !== 'function') {
  throw new Error('readable-failures: Mocha.Runner#fail is not there, so a failed assertion on a DOM node would stall its test file. Load this module after the test framework.');
}
const fail = runner.fail;
runner.fail = function failWithReportableValues(runnable, error, ...rest) {
  return fail.call(this, runnable, reportableError(error), ...rest);
};
