/**
 * web-test-runner's default reporter, made to read clean on a passing run (web-test-runner.config.js):
 *
 * - A file's expected misses (./expected-404s.mjs) are left out of its "🚧 404 network requests"; any other 404
 *   is listed as before.
 * - A file whose tests all passed does not list what the kit itself wrote to the console (`<pub-list> …: 3 problems
 *   in the data`, deprecation notices): those tests hand over broken data on purpose, and the message is what the
 *   kit is meant to say. A file with a failed test lists every message, and so does every file with
 *   `SCHOLAR_TEST_LOGS=all` in the environment.
 * - "Finished running tests …" is printed once. Without a terminal (CI, a pipe), the runner prints its progress when
 *   the last file finishes and again when it stops; the first is left out (in watch mode nothing is).
 */
import { relative } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { EXPECTED_404S } from './expected-404s.mjs';

/** The kit's elements: the console messages they write start with `<tag> `. */
const KIT_MESSAGE = /^<(?:researcher-card|pub-list|timeline-view|profile-section|researcher-profile|lab-directory)> /;

const matches = (allowed, url) => (typeof allowed === 'string' ? allowed === url : allowed.test(url));

/** `session` without its expected 404s and, when `quiet`, without the kit's own messages. */
function cleaned(session, expected404s, quiet) {
  return {
    ...session,
    request404s: session.request404s.filter((url) => !expected404s.some((allowed) => matches(allowed, url))),
    logs: quiet ? session.logs.filter((args) => !(typeof args[0] === 'string' && KIT_MESSAGE.test(args[0]))) : session.logs,
  };
}

export function cleanReporter({ showAllLogs = process.env.SCHOLAR_TEST_LOGS === 'all' } = {}) {
  const base = defaultReporter();
  let watch = false;
  let stopping = false;
  return {
    start(args) {
      watch = !!args.config.watch;
      base.start(args);
    },
    reportTestFileResults({ logger, sessionsForTestFile, testFile, testRun }) {
      const expected404s = EXPECTED_404S[relative(process.cwd(), testFile).split('\\').join('/')] ?? [];
      const quiet = !showAllLogs && sessionsForTestFile.every((session) => session.passed);
      const sessions = sessionsForTestFile.map((session) => cleaned(session, expected404s, quiet));
      return base.reportTestFileResults({ logger, sessionsForTestFile: sessions, testFile, testRun });
    },
    stop() {
      stopping = true;
    },
    getTestProgress(args) {
      // The end of the run is reported when the runner stops; a report of the finished run before that would be a
      // second one.
      const finished = args.testRun !== -1 && args.sessions.every((session) => session.status === 'FINISHED');
      if (finished && !stopping && !watch) return [];
      return base.getTestProgress(args);
    },
  };
}
