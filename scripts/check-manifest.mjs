#!/usr/bin/env node
/**
 * CI check: is the committed custom-elements.json what `npm run analyze` makes of the sources now?
 *
 * Runs the analyzer (same binary, same config as `npm run analyze`) into a temporary directory and compares the
 * result with custom-elements.json byte for byte. Exit 0 when equal; exit 1 with the first differing lines when
 * not (or when the committed file is missing); exit 2 when the analyzer itself fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committedPath = join(root, 'custom-elements.json');

const require = createRequire(import.meta.url);
const analyzerPackage = require.resolve('@custom-elements-manifest/analyzer/package.json', { paths: [root] });
const cem = join(dirname(analyzerPackage), require(analyzerPackage).bin.cem);

function check(tempDir) {
  // The analyzer joins --outdir onto the working directory, so it must be given relative to the repo root.
  const result = spawnSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', relative(root, tempDir)], {
    cwd: root,
    encoding: 'utf8',
  });
  const generatedPath = join(tempDir, 'custom-elements.json');
  if (result.status !== 0 || !existsSync(generatedPath)) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error('check-manifest: the analyzer failed (see above); no manifest to compare.');
    return 2;
  }
  // The analyzer reports plugin errors on stderr but still writes a manifest: treat that as a failure too.
  if (result.stderr.trim()) {
    process.stderr.write(result.stderr);
    console.error('check-manifest: the analyzer reported errors (see above).');
    return 2;
  }

  if (!existsSync(committedPath)) {
    console.error('check-manifest: custom-elements.json is missing. Run `npm run analyze` and commit the result.');
    return 1;
  }

  const generated = readFileSync(generatedPath, 'utf8');
  const committed = readFileSync(committedPath, 'utf8');
  if (generated === committed) {
    console.log('check-manifest: custom-elements.json is up to date.');
    return 0;
  }

  const generatedLines = generated.split('\n');
  const committedLines = committed.split('\n');
  const differences = [];
  for (let line = 0; line < Math.max(generatedLines.length, committedLines.length) && differences.length < 10; line++) {
    if (generatedLines[line] !== committedLines[line]) {
      differences.push(`  line ${line + 1}:\n    committed: ${committedLines[line] ?? '(end of file)'}\n    generated: ${generatedLines[line] ?? '(end of file)'}`);
    }
  }
  console.error(
    ['check-manifest: custom-elements.json is out of date with the sources.', 'Run `npm run analyze` and commit custom-elements.json. First differences:', ...differences].join(
      '\n',
    ),
  );
  return 1;
}

const tempDir = mkdtempSync(join(tmpdir(), 'cem-check-'));
let exitCode;
try {
  exitCode = check(tempDir);
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
process.exit(exitCode);
