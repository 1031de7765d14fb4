// Node tests: the model (pure TypeScript, no DOM), its property-based fuzz suite (test/fuzz/, quick here; `npm run
// fuzz` runs it long), the checks on the tests themselves (test/lint/) and the command line. Elements are tested in Chromium
// (web-test-runner.config.js). Fixtures are read from disk with test/model/fixture-files.ts.
//
// Types: tsconfig.json keeps the Mocha globals the browser tests run with; `describe`, `it`, `beforeEach` and
// `afterEach` have the same shape here. Anything else comes from an import: `import { beforeAll, expect } from
// 'vitest'` (Mocha's `before`/`after` and `this.timeout()` type-check but do not exist in Vitest).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/model/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/fuzz/**/*.test.ts', 'test/lint/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/model/full-validator.setup.ts'],
    globals: true,
    testTimeout: 20000,
  },
});
