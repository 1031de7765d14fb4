// Prints what a page downloads from the script-tag build, minified and gzipped, and fails over budget.
// For each element: the entry, the element's chunk and every chunk they import statically — what a page that shows
// that element's JSON data (plain UTF-8) from a file loads before it shows it. Chunks loaded on first need (BibTeX,
// CSL, math, the full text decoder…) or after the first render (JSON-LD) are listed apart.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';

// Raised from 30 KB when JSON Resume reading and field-level problems joined the validator chunk, to 46 KB when
// the limits on hostile data (depth, year bounds, lists checked in parts), fetch timeouts and typed properties did,
// to 47 KB when the elements became shells over controllers with decorators and the lists inside a profile's
// sections became chunks of their own, and to 54 KB when the speed work joined (lists drawn as DOM with their server
// templates kept, time-budgeted growth, the validator built from the schema). Lowered to 48 KB (measured: card 35.6,
// pub-list 45.6, timeline 41.9, lab 46.0) when the JSON Schema validator and the code that words problems became a
// chunk loaded only when data has a problem, and the base element and everything it imports became one chunk. Raised
// to 50 KB for the interface text in English and its language handling (each other language is a chunk of its own).
// Raised to 53 KB when every element's words were translated, right-to-left layout joined and the text decoder
// (now loaded beside the data file, so a page with inline data or properties skips it) was counted as a `src` page
// loads it (measured: card 38.9, pub-list 52.2, timeline 48.5, lab 50.5); each element's English came with its
// code, and JSON-LD and keeping a fragment's target in place became chunks loaded after render or on first need.
// Kept at 53 KB when plain UTF-8 files stopped loading the full text decoder (-1.5 KB each) while the list gained its
// author and most-cited filters, the timeline whole labels (placed from estimated text widths) and the theme its
// spacing and type scales (measured: card 38.2, pub-list 52.0, timeline 50.3, lab 50.2).
const BUDGET_KB = 53;
const ELEMENTS = ['researcher-card', 'pub-list', 'timeline-view', 'lab-directory'];
const dist = new URL('../dist/', import.meta.url).pathname;
const entry = join(dist, 'scholar-elements.js');
if (!existsSync(entry)) {
  console.error('dist/scholar-elements.js is missing: run `npm run build` first.');
  process.exit(1);
}

const kb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const staticImports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`](\.[^"'`]+)["'`]/g)].map((m) => join(dirname(file), m[1]));
function closure(start) {
  const seen = new Set();
  const queue = [start];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

const chunksDir = join(dist, 'chunks');
const chunks = existsSync(chunksDir) ? readdirSync(chunksDir).filter((name) => name.endsWith('.js')) : [];
const base = new Set([entry, ...closure(entry)]);
const pages = [];
for (const tag of ELEMENTS) {
  const chunk = chunks.find((name) => name.startsWith(`${tag}-`));
  if (!chunk) continue;
  const files = new Set([...base, ...closure(join(chunksDir, chunk))]);
  pages.push({ tag, files, total: [...files].reduce((sum, file) => sum + kb(file), 0) });
}
const initial = new Set(pages.flatMap((page) => [...page.files]));

console.log('\nscript-tag build, min+gzip:');
for (const file of [...initial].sort()) console.log(`  ${file.slice(dist.length).padEnd(50)} ${kb(file).toFixed(1).padStart(6)} KB`);
for (const name of chunks) {
  const file = join(chunksDir, name);
  if (!initial.has(file)) console.log(`  ${`chunks/${name}`.padEnd(50)} ${kb(file).toFixed(1).padStart(6)} KB  on first need`);
}
console.log('\nwhat a page showing JSON data from `src` downloads before its first render:');
let over = false;
for (const page of pages) {
  const flag = page.total > BUDGET_KB ? '  OVER BUDGET' : '';
  over ||= Boolean(flag);
  console.log(`  <${page.tag}>`.padEnd(24) + `${page.total.toFixed(1).padStart(6)} KB  (budget ${BUDGET_KB} KB)${flag}`);
}
const everything = [...initial].reduce((sum, file) => sum + kb(file), 0);
console.log(`  every element`.padEnd(24) + `${everything.toFixed(1).padStart(6)} KB`);
if (!pages.length) {
  console.error('No element chunks found in dist/chunks.');
  process.exit(1);
}
if (over) process.exit(1);
