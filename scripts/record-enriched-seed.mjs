// Writes test/fixtures/api/enriched/minjia-zhang.json again: what `scholar-elements enrich --openalex` makes of
// demo/profiles/minjia-zhang.json from the recorded OpenAlex answers (test/fixtures/api/). The elements' tests show
// that file; the command's test (test/command/enrich.test.ts) checks it is still what enrich writes. Needs the build
// (`npm run build`), as the command's tests do.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.command.config.ts', 'test/command/enrich.test.ts', '-t', 'wrote the enriched seed'], {
  stdio: 'inherit',
  env: { ...process.env, SCHOLAR_ELEMENTS_RECORD_ENRICHED: '1' },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
