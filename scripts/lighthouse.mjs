// Lighthouse on the demo pages: one table of page × performance / accessibility / best practices / SEO, CLS, LCP and
// TBT, printed and written to a file. The scores are a report; the budgets below fail the run (exit 1), each with the
// audits that cost the points. Builds nothing: run `npm run build` first (the pages load dist/scholar-elements.js).
// Serves the repository like `npm start` (a free port on 127.0.0.1; text gzip-compressed, as any static host sends it —
// `--no-gzip` sends it as it is) and runs Lighthouse's Node API against a fresh headless Chromium per page (at most
// 60 s each; Chromium is always closed, also on Ctrl+C).
//
// Usage: node scripts/lighthouse.mjs [--pages=demo/index.html,demo/lab.html] [--form-factor=mobile|desktop|both]
//          [--runs=N] [--out=lighthouse-report.md] [--json=dir] [--root=dir] [--no-gzip] [--timeout=60]
//   --pages        pages to audit, paths from the root (default: every demo page, demo/people/*.html included)
//   --form-factor  Lighthouse's mobile (its default: a phone, simulated slow 4G and CPU) and/or desktop (default both)
//   --runs         runs per page and form factor; the table shows each number's median, the budgets check the worst
//   --out          where the Markdown table goes (default lighthouse-report.md; git-ignored)
//   --json         a folder to write each run's full Lighthouse result (.json) into, for a closer look
//   --root         serve this folder instead of the repository (it must hold demo/ and dist/)
//   --no-gzip      serve the files uncompressed, as `npm start` does
//   --timeout      seconds one page may take before its run counts as failed (default 60)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS } from './browser.mjs';
import { findBrowser } from './find-browser.mjs';
import { contentType, fileFor, serveStatic } from './static-server.mjs';

/** Budgets: below (or above, for CLS) these the run fails. Scores are 0–100. */
const BUDGETS = {
  /** The issue's budget for layout shift. Lighthouse's CLS on these pages is a handful of discrete values, not noise. */
  cls: 0.05,
  accessibility: 95,
  'best-practices': 95,
  seo: 95,
};
/** Performance is reported, not budgeted: on a loaded 2-core machine it moves by ±10 from run to run. */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const lighthouseVersion = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('lighthouse/package.json')), 'utf8')).version;

const repository = resolve(fileURLToPath(new URL('..', import.meta.url)));

function option(name, fallback) {
  const found = process.argv.slice(2).find((argument) => argument === `--${name}` || argument.startsWith(`--${name}=`));
  if (found === undefined) return fallback;
  return found.includes('=') ? found.slice(found.indexOf('=') + 1) : 'true';
}

const root = resolve(option('root', repository));
const out = resolve(option('out', join(repository, 'lighthouse-report.md')));
const jsonDir = option('json', '');
const runs = Math.max(1, Number(option('runs', '1')) || 1);
/** How long one page may take (Chromium's start, the load and the audits). */
const PAGE_TIMEOUT_MS = Math.max(1, Number(option('timeout', '60')) || 60) * 1000;
const formFactorOption = option('form-factor', 'both');
const formFactors = formFactorOption === 'both' ? ['mobile', 'desktop'] : [formFactorOption];
if (!formFactors.every((formFactor) => formFactor === 'mobile' || formFactor === 'desktop')) {
  console.error(`--form-factor must be mobile, desktop or both (not "${formFactorOption}").`);
  process.exit(2);
}

function demoPages() {
  const people = readdirSync(join(root, 'demo/people'))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => `demo/people/${name}`);
  return ['demo/index.html', 'demo/lab.html', 'demo/embed.html', ...people];
}
const pages = option('pages', '')
  ? option('pages', '')
      .split(',')
      .map((page) => page.trim().replace(/^\/+/, ''))
      .filter(Boolean)
  : demoPages();
for (const page of pages) {
  if (!existsSync(join(root, page))) {
    console.error(`No page ${page} under ${root}.`);
    process.exit(2);
  }
}
if (!existsSync(join(root, 'dist/scholar-elements.js'))) {
  console.error(`No ${relative(process.cwd(), join(root, 'dist/scholar-elements.js')) || 'dist/scholar-elements.js'}: run \`npm run build\` first.`);
  process.exit(2);
}
const chromePath = await findBrowser();
if (!chromePath) {
  console.error('No Chromium found (set CHROME_PATH, or install chromium).');
  process.exit(2);
}

/** Every Chromium this script started and has not closed yet: closed on the way out, whatever the way. */
const running = new Set();
function closeAll() {
  for (const chrome of running) {
    try {
      chrome.kill();
    } catch {
      // Already gone.
    }
  }
  running.clear();
}
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.once(signal, () => {
    closeAll();
    process.exit(code);
  });
}
process.once('exit', closeAll);
/** Runs stopped by the timeout: Lighthouse's own connection then fails in ways no caller can catch, to be ignored. */
let cutShort = 0;
process.on('unhandledRejection', (error) => {
  if (cutShort && /Target closed|Protocol error|Connection closed|WebSocket/i.test(String(error?.message ?? error))) return;
  console.error(error);
  closeAll();
  process.exit(1);
});

const settings = { onlyCategories: CATEGORIES };
const configs = {
  mobile: { extends: 'lighthouse:default', settings },
  desktop: { ...desktopConfig, settings: { ...desktopConfig.settings, ...settings } },
};

/** One Lighthouse run of `url` in a Chromium of its own; resolves with the result (lhr) or rejects. */
async function audit(url, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
    handleSIGINT: false,
  });
  running.add(chrome);
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => {
        cutShort++;
        reject(new Error(`took longer than ${PAGE_TIMEOUT_MS / 1000} s`));
      }, PAGE_TIMEOUT_MS);
    });
    const run = lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', maxWaitForLoad: PAGE_TIMEOUT_MS / 2 }, configs[formFactor]);
    // A run cut short by the timeout fails later, once its Chromium is gone: that failure is already reported.
    run.catch(() => undefined);
    const result = await Promise.race([run, timeout]);
    if (!result?.lhr) throw new Error('Lighthouse gave no result');
    if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    clearTimeout(timer);
    chrome.kill();
    running.delete(chrome);
  }
}

/** The numbers of one run: scores 0–100, CLS, LCP and TBT in ms, and the failed audits of each category. */
function numbers(lhr) {
  const scores = {};
  const lost = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? NaN : Math.round(category.score * 100);
    lost[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${ref.id} (${lhr.audits[ref.id].title})`);
  }
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return { scores, lost, cls: metric('cumulative-layout-shift'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time') };
}

/** Compressed copies of the text files served, by path and modification time. */
const compressed = new Map();

/** Serves `base` like serveStatic, with text files gzip-compressed for browsers that accept it. */
function serveCompressed(base) {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = fileFor(base, pathname);
    if (!file) {
      response.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const type = contentType(file);
    const headers = { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding' };
    let body = readFileSync(file);
    if (/^(text\/|application\/(json|javascript)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      if (!compressed.has(key)) compressed.set(key, gzipSync(body));
      body = compressed.get(key);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolvePromise({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

const median = (values) => {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const range = (values, format) => {
  const text = format(median(values));
  if (values.length < 2) return text;
  const low = format(Math.min(...values));
  const high = format(Math.max(...values));
  return low === high ? text : `${text} (${low}–${high})`;
};

const gzip = !process.argv.includes('--no-gzip');
const server = gzip ? await serveCompressed(root) : await serveStatic(root, { port: 0 });
const started = performance.now();
const rows = [];
const failures = [];
try {
  for (const page of pages) {
    for (const formFactor of formFactors) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        const pageStarted = performance.now();
        try {
          const lhr = await audit(`${server.origin}/${page}`, formFactor);
          results.push(numbers(lhr));
          if (jsonDir) {
            mkdirSync(jsonDir, { recursive: true });
            writeFileSync(join(jsonDir, `${page.replace(/[/.]/g, '_')}-${formFactor}-${run + 1}.json`), JSON.stringify(lhr));
          }
        } catch (error) {
          failures.push(`${page} (${formFactor}): Lighthouse failed: ${error.message}`);
        }
        console.error(`${page} (${formFactor}) run ${run + 1}: ${((performance.now() - pageStarted) / 1000).toFixed(1)} s`);
      }
      if (!results.length) {
        rows.push({ page, formFactor, cells: ['failed', '', '', '', '', '', ''] });
        continue;
      }
      const score = (id) =>
        range(
          results.map((result) => result.scores[id]),
          (value) => String(value),
        );
      rows.push({
        page,
        formFactor,
        cells: [
          ...CATEGORIES.map(score),
          range(
            results.map((result) => result.cls),
            (value) => value.toFixed(3),
          ),
          range(
            results.map((result) => result.lcp),
            (value) => `${(value / 1000).toFixed(1)} s`,
          ),
          range(
            results.map((result) => result.tbt),
            (value) => `${Math.round(value)} ms`,
          ),
        ],
      });
      // The budgets hold in every run, not only in the median.
      const worstCls = Math.max(...results.map((result) => result.cls));
      if (!(worstCls <= BUDGETS.cls)) failures.push(`${page} (${formFactor}): CLS ${worstCls.toFixed(3)} is over the budget of ${BUDGETS.cls}`);
      for (const id of ['accessibility', 'best-practices', 'seo']) {
        const worst = results.reduce((low, result) => (result.scores[id] < low.scores[id] ? result : low));
        if (!(worst.scores[id] >= BUDGETS[id])) {
          failures.push(`${page} (${formFactor}): ${id} ${worst.scores[id]} is under ${BUDGETS[id]}; failed audits: ${worst.lost[id].join(', ') || 'none'}`);
        }
      }
    }
  }
} finally {
  closeAll();
  await server.close();
}
const seconds = (performance.now() - started) / 1000;

const header = ['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'CLS', 'LCP', 'TBT'];
const lines = [
  `# Lighthouse ${lighthouseVersion} on the demo pages`,
  '',
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${runs} run${runs > 1 ? 's' : ''} per row${runs > 1 ? ' (median, and the range)' : ''}, ` +
    `${gzip ? 'files gzip-compressed' : 'files uncompressed'}, ${seconds.toFixed(0)} s in all. ` +
    `Budgets: CLS ≤ ${BUDGETS.cls}; accessibility, best practices and SEO ≥ ${BUDGETS.accessibility}. Performance is reported only.`,
  '',
  `| ${header.join(' | ')} |`,
  `|${header.map((_, index) => (index < 2 ? '---' : '--:')).join('|')}|`,
  ...rows.map(({ page, formFactor, cells }) => `| ${page} | ${formFactor} | ${cells.join(' | ')} |`),
  '',
  failures.length ? `## Over budget\n\n${failures.map((failure) => `- ${failure}`).join('\n')}` : 'Every page is within the budgets.',
  '',
];
const report = lines.join('\n');
writeFileSync(out, report);
console.log(report);
console.log(`(written to ${relative(process.cwd(), out) || out})`);
process.exitCode = failures.length ? 1 : 0;
