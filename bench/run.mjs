#!/usr/bin/env node
/**
 * `npm run bench`: how fast <pub-list> shows 100 / 1,000 / 10,000 publications in real Chromium, side by side with
 * citation-js's own HTML bibliography and a plain innerHTML list of the same entries, and what a page downloads.
 *
 * 1. The script-tag build and its size table (`npm run build`, which ends with scripts/size.mjs). With
 *    `--skip-build`, the existing dist/ is measured by `node scripts/size.mjs` instead.
 * 2. The benchmark page (bench/index.html + bench/page.ts, built by bench/vite.config.ts into bench/dist/), served on
 *    localhost and driven with Playwright. Each size gets a fresh page and a warm-up; every figure is the median of
 *    several runs, from handing over the data to the result painted (see bench/page.ts).
 * 3. One table on stdout (progress goes to stderr), and the raw numbers in bench/results/latest.json.
 *
 * Every step is time-bound: a measurement that does not finish is printed as "timeout" / "> cap" and the run goes on.
 *
 * Options: --sizes=100,1000,10000  --runs=5 (pub-list and innerHTML; 3 at 10,000)  --cap=30 (seconds, citation-js)
 *          --skip-build (size table from the existing dist/)  --no-size (no size table)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collect, launch } from '../scripts/browser.mjs';
import { findBrowser } from '../scripts/find-browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const distDir = join(benchDir, 'dist');

// ------------------------------------------------------------------------------------------------ options

const args = process.argv.slice(2);
/** `--name=value`, `--name value`, or a bare `--name` (true). */
const option = (name, fallback) => {
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return fallback;
  const found = args[index];
  if (found.includes('=')) return found.slice(found.indexOf('=') + 1);
  const next = args[index + 1];
  return next !== undefined && !next.startsWith('--') ? next : true;
};
const SIZES = String(option('sizes', '100,1000,10000'))
  .split(',')
  .map(Number)
  .filter((size) => size > 0);
if (!SIZES.length) {
  console.error('bench: --sizes takes numbers separated by commas, e.g. --sizes=100,1000');
  process.exit(2);
}
const RUNS = Number(option('runs', 5));
const CAP_MS = Number(option('cap', 30)) * 1000;
const SKIP_BUILD = option('skip-build', false) === true;
const NO_SIZE = option('no-size', false) === true;

/** Runs per size for <pub-list> and innerHTML (the largest size is slow enough that three runs say it). */
const runsFor = (size) => (size >= 10_000 ? Math.min(RUNS, 3) : RUNS);
/** citation-js: up to three runs per size, as long as they fit in this much time (the first run always happens). */
const CITATION_RUNS = 3;
const CITATION_BUDGET_MS = 45_000;

const TIMEOUT = {
  page: 30_000,
  prepare: 30_000,
  /** One <pub-list> run: render, the whole list, a keystroke. */
  pubList: 60_000,
  innerHtml: 30_000,
  /** Loading and warming up the citation-js worker, beyond the cap. */
  citationExtra: 30_000,
};

const log = (message) => process.stderr.write(`${message}\n`);

// ------------------------------------------------------------------------------------------------ helpers

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() => clearTimeout(timer));
}

const median = (values) => {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// ------------------------------------------------------------------------------------------------ 1. sizes

/** The size table of the script-tag build, as scripts/size.mjs prints it, or why there is none. */
function sizeTable() {
  if (NO_SIZE) return undefined;
  const fromOutput = (output) => {
    const start = output.indexOf('script-tag build, min+gzip:');
    return start < 0 ? undefined : output.slice(start).trimEnd();
  };
  if (!SKIP_BUILD) {
    log('bench: npm run build (the script-tag build and its size table)…');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
    const output = `${build.stdout ?? ''}\n${build.stderr ?? ''}`;
    const table = fromOutput(build.stdout ?? '');
    if (build.status === 0 && table) return table;
    // size.mjs exits 1 when a page is over budget: the table is there, and says so.
    if (table) return `${table}\n  (npm run build exited with status ${build.status})`;
    const tail = output
      .trim()
      .split('\n')
      .filter((line) => !/Unknown user config/.test(line))
      .slice(-8)
      .join('\n    ');
    return `npm run build failed (status ${build.status ?? build.signal}); no size table:\n    ${tail}`;
  }
  if (!existsSync(join(root, 'dist', 'scholar-elements.js'))) return 'dist/scholar-elements.js is missing (--skip-build): run `npm run build` for the size table.';
  const size = spawnSync(process.execPath, [join(root, 'scripts', 'size.mjs')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return fromOutput(size.stdout ?? '') ?? `scripts/size.mjs failed: ${(size.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`;
}

// ------------------------------------------------------------------------------------------------ 2. the page

async function buildPage() {
  log('bench: building the benchmark page (bench/vite.config.ts → bench/dist)…');
  const { build } = await import('vite');
  await build({ configFile: join(benchDir, 'vite.config.ts'), logLevel: 'error' });
}

async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const reported = collect(page);
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT.page });
  await page.waitForFunction(() => typeof window.bench === 'object' && customElements.get('pub-list'), undefined, { timeout: TIMEOUT.page });
  return {
    page,
    context,
    get errors() {
      return reported.problems({ firstLine: true });
    },
  };
}

/**
 * Measures one size. Returns, per measurement, the list of run results (or an error). A measurement that times out
 * leaves the page possibly busy, so the page is replaced before the next one.
 */
async function measureSize(browser, url, size) {
  const result = { size, pubList: [], innerHtml: [], citation: [], errors: {} };
  let session;
  const fresh = async () => {
    if (session) await session.context.close().catch(() => {});
    session = await openPage(browser, url);
    await withTimeout(
      session.page.evaluate((count) => window.bench.prepare(count), size),
      TIMEOUT.prepare,
      'generating the items timed out',
    );
  };
  const attempt = async (name, action) => {
    try {
      return await action();
    } catch (error) {
      result.errors[name] = error instanceof Error ? error.message.split('\n')[0] : String(error);
      log(`  ${name}: ${result.errors[name]}`);
      await fresh().catch((reason) => log(`  could not reopen the page: ${reason}`));
      return undefined;
    }
  };

  try {
    await fresh();
    // Warm-up (not counted): the element's chunks loaded and compiled, the JIT warm.
    await attempt('warm-up', () =>
      withTimeout(
        session.page.evaluate(async () => {
          await window.bench.pubList();
          await window.bench.innerHtml();
        }),
        TIMEOUT.pubList,
        `warm-up timed out after ${TIMEOUT.pubList / 1000} s`,
      ),
    );

    const runs = runsFor(size);
    log(`  <pub-list> × ${runs}`);
    await attempt('pubList', async () => {
      for (let run = 0; run < runs; run++) {
        result.pubList.push(
          await withTimeout(
            session.page.evaluate(() => window.bench.pubList()),
            TIMEOUT.pubList,
            `<pub-list> run timed out after ${TIMEOUT.pubList / 1000} s`,
          ),
        );
      }
    });
    log(`  innerHTML × ${runs}`);
    await attempt('innerHtml', async () => {
      for (let run = 0; run < runs; run++) {
        result.innerHtml.push(
          await withTimeout(
            session.page.evaluate(() => window.bench.innerHtml()),
            TIMEOUT.innerHtml,
            `innerHTML run timed out after ${TIMEOUT.innerHtml / 1000} s`,
          ),
        );
      }
    });
    await session.page.evaluate(() => window.bench.clear()).catch(() => {});
    log(`  citation-js (cap ${CAP_MS / 1000} s)`);
    await attempt('citation', async () => {
      const started = Date.now();
      for (let run = 0; run < CITATION_RUNS; run++) {
        const timing = await withTimeout(
          session.page.evaluate((cap) => window.bench.citation(cap), CAP_MS),
          CAP_MS + TIMEOUT.citationExtra,
          `citation-js run did not end within ${(CAP_MS + TIMEOUT.citationExtra) / 1000} s`,
        );
        result.citation.push(timing);
        log(`    ${timing.capped ? `> ${CAP_MS / 1000} s (stopped)` : `${Math.round(timing.ms)} ms`}`);
        const spent = Date.now() - started;
        if (timing.capped || spent + spent / (run + 1) > CITATION_BUDGET_MS) break;
      }
    });
  } catch (error) {
    result.errors.page = error instanceof Error ? error.message.split('\n')[0] : String(error);
    log(`  ${result.errors.page}`);
  } finally {
    if (session?.errors.length) result.pageErrors = [...new Set(session.errors)];
    if (session) await session.context.close().catch(() => {});
  }
  return result;
}

// ------------------------------------------------------------------------------------------------ 3. the table

const ms = (value) => {
  if (value === undefined) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  return `${value.toFixed(1)} ms`;
};
const ratio = (value) => (value >= 100 ? `${Math.round(value)}×` : value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(1)}×`);

function cells(result) {
  const failed = (name) => (result.errors[name] ? (/timed out|did not end/.test(result.errors[name]) ? 'timeout' : 'failed') : '–');
  const pub = (key) => (result.pubList.length ? ms(median(result.pubList.map((run) => run[key]))) : failed('pubList'));
  const firstPaint = median(result.pubList.map((run) => run.firstPaint));
  const innerHtml = median(result.innerHtml);
  const citationTimes = result.citation.filter((run) => !run.capped).map((run) => run.ms);
  const citationCapped = result.citation.some((run) => run.capped);
  // A capped run counts as "at least the cap": the median is a cap when most runs were capped.
  const citationMedian = citationCapped && citationTimes.length < result.citation.length / 2 + 0.5 ? undefined : median(citationTimes);
  const citation = result.citation.length ? (citationMedian !== undefined ? ms(citationMedian) : `> ${CAP_MS / 1000} s`) : failed('citation');
  const versusCitation =
    firstPaint === undefined || !result.citation.length ? '–' : citationMedian !== undefined ? ratio(citationMedian / firstPaint) : `> ${ratio(CAP_MS / firstPaint)}`;
  const versusInner = firstPaint === undefined || innerHtml === undefined ? '–' : ratio(innerHtml / firstPaint);
  const matches = result.pubList[0] ? `${result.pubList[0].matches.toLocaleString('en-US')} of ${result.pubList[0].shown.toLocaleString('en-US')}` : '–';
  const runs = `${result.pubList.length} / ${result.innerHtml.length} / ${result.citation.length}`;
  return {
    firstPaint: pub('firstPaint'),
    fullDom: pub('fullDom'),
    fullPaint: pub('fullPaint'),
    filter: pub('filter'),
    matches,
    citation,
    innerHtml: result.innerHtml.length ? ms(innerHtml) : failed('innerHtml'),
    versusCitation,
    versusInner,
    runs,
  };
}

function printTable(results, environment) {
  const typed = results.find((result) => result.pubList.length)?.pubList[0].typed ?? 'q';
  const rows = [
    ['<pub-list> first entries painted', 'firstPaint'],
    ['<pub-list> whole list in the DOM', 'fullDom'],
    ['<pub-list> whole list painted', 'fullPaint'],
    [`<pub-list> filter keystroke ("${typed}")`, 'filter'],
    [`  entries matching "${typed}"`, 'matches'],
    ['citation-js HTML bibliography (APA)', 'citation'],
    ['plain innerHTML (<li> title/authors/venue)', 'innerHtml'],
    ['citation-js ÷ <pub-list> first paint', 'versusCitation'],
    ['innerHTML ÷ <pub-list> first paint', 'versusInner'],
    ['runs (pub-list / innerHTML / citation-js)', 'runs'],
  ];
  const columns = results.map((result) => ({ head: `${result.size.toLocaleString('en-US')} entries`, values: cells(result) }));
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  const widths = columns.map((column) => Math.max(column.head.length, ...rows.map(([, key]) => String(column.values[key]).length)) + 2);
  const line = (label, values) => label.padEnd(labelWidth) + values.map((value, index) => String(value).padStart(widths[index])).join('');
  const rule = '─'.repeat(labelWidth + widths.reduce((sum, width) => sum + width, 0));
  const out = [];
  out.push(
    '',
    `scholar-elements benchmark — ${environment}`,
    rule,
    line(
      '',
      columns.map((column) => column.head),
    ),
    rule,
  );
  for (const [label, key] of rows)
    out.push(
      line(
        label,
        columns.map((column) => column.values[key]),
      ),
    );
  out.push(rule);
  out.push(
    'Medians. Each time runs from handing over the CSL-JSON items to the result painted (rAF + a task after it).',
    '<pub-list>: default attributes (controls, chart, grouped by year), data set through the `items` property; first',
    '  entries = the first block in the DOM (scholar-load) and painted; the rest follows in blocks, one per frame.',
    'Filter keystroke: one character typed into the empty search box of the whole rendered list → updated list painted.',
    `citation-js: new Cite(items, { generateGraph: false }).format('bibliography', { format: 'html', template: 'apa' })`,
    `  in a worker (so it can be stopped at ${CAP_MS / 1000} s; it blocks its thread either way), then inserted as innerHTML.`,
    'Ratios above 1× mean <pub-list> shows its first entries sooner.',
  );
  for (const result of results) {
    for (const [name, message] of Object.entries(result.errors)) out.push(`! ${result.size} entries, ${name}: ${message}`);
    if (result.pageErrors?.length) out.push(`! ${result.size} entries, page errors: ${result.pageErrors.slice(0, 3).join(' | ')}`);
  }
  console.log(out.join('\n'));
}

// ------------------------------------------------------------------------------------------------ main

async function main() {
  const started = Date.now();
  const sizes = sizeTable();

  if (!(await findBrowser())) {
    console.error('bench: no Chromium found. Set CHROME_PATH or install chromium.');
    if (sizes) console.log(`\n${sizes}`);
    return 2;
  }
  try {
    await buildPage();
  } catch (error) {
    console.error(`bench: building the benchmark page failed: ${error instanceof Error ? error.message : error}`);
    if (sizes) console.log(`\n${sizes}`);
    return 1;
  }

  const server = await serveStatic(distDir);
  const url = `${server.origin}/index.html`;
  // window.gc() between runs, so one run's garbage is not collected during the next.
  const browser = await launch({ args: ['--js-flags=--expose-gc'] });
  const environment = `Chromium ${browser.version()}, ${cpus().length} CPU${cpus().length === 1 ? '' : 's'}, Node ${process.version}`;
  const results = [];
  try {
    for (const size of SIZES) {
      log(`bench: ${size.toLocaleString('en-US')} entries`);
      results.push(await measureSize(browser, url, size));
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  printTable(results, environment);
  if (sizes) console.log(`\n${sizes}`);

  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), environment, capMs: CAP_MS, results, sizes }, null, 2)}\n`);
  log(`bench: done in ${Math.round((Date.now() - started) / 1000)} s (raw numbers in bench/results/latest.json)`);
  return 0;
}

process.exitCode = await main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack : error}`);
  return 2;
});
