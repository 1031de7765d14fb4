// Prints what a page downloads for the script-tag build, minified and gzipped, and fails over budget.
// "Initial" is the entry plus every chunk it imports statically: what a page showing JSON profiles loads.
// Chunks loaded on first need (BibTeX, CSL, math…) are listed apart.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';

const BUDGET_KB = 30;
const dist = new URL('../dist/', import.meta.url).pathname;
const entry = join(dist, 'scholar-elements.js');
if (!existsSync(entry)) {
  console.error('dist/scholar-elements.js is missing: run `npm run build` first.');
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const staticImports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g)].map((m) =>
    join(dirname(file), m[1]),
  );

const initial = new Set();
const queue = [entry];
while (queue.length) {
  const file = queue.pop();
  if (initial.has(file)) continue;
  initial.add(file);
  queue.push(...staticImports(file));
}

const rows = [];
let initialTotal = 0;
for (const file of initial) {
  const size = gz(file);
  initialTotal += size;
  rows.push([file.slice(dist.length), 'initial', size]);
}
const chunksDir = join(dist, 'chunks');
if (existsSync(chunksDir)) {
  for (const name of readdirSync(chunksDir).filter((n) => n.endsWith('.js'))) {
    const file = join(chunksDir, name);
    if (!initial.has(file)) rows.push([`chunks/${name}`, 'on demand', gz(file)]);
  }
}
console.log('\nscript-tag build, min+gzip:');
for (const [name, kind, size] of rows) console.log(`  ${name.padEnd(48)} ${kind.padEnd(10)} ${size.toFixed(1).padStart(7)} KB`);
console.log(`  ${'initial download'.padEnd(48)} ${''.padEnd(10)} ${initialTotal.toFixed(1).padStart(7)} KB  (budget ${BUDGET_KB} KB)`);
if (initialTotal > BUDGET_KB) {
  console.error(`\nOver budget: a page showing JSON profiles would download ${initialTotal.toFixed(1)} KB.`);
  process.exit(1);
}
