// The command's tests (test/command/): the packed package, as a user installs it, run with Node. They need the
// build (`npm run build`; `npm test` runs them after it): test/command/setup.ts packs it once per run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/command/**/*.test.ts'],
    environment: 'node',
    globals: true,
    globalSetup: ['test/command/setup.ts'],
    // Each test starts node processes; two files at a time is what the command's start-up cost allows.
    maxWorkers: 2,
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
