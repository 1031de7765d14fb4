// The script-tag build on a real page served with a strict Content-Security-Policy and Trusted Types enforced:
// demo/embed.html, from dist/, must render every element with no policy violation and no console error.
// Needs `npm run build` first. Prints one line per check and "N passed, M failed".
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
import { findBrowser } from './find-browser.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
if (!existsSync(join(root, 'dist/scholar-elements.js'))) {
  console.error('dist/scholar-elements.js is missing: run `npm run build` first.');
  process.exit(1);
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html scholar-elements dompurify 'allow-duplicates'",
].join('; ');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  // Browsers ask for a site icon on their own; the demo has none.
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
  createReadStream(file).pipe(response);
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: await findBrowser(),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let passed = 0;
let failed = 0;
function report(ok, name, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

try {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`http://127.0.0.1:${port}/demo/embed.html`);
  const states = await page
    .waitForFunction(
      () => {
        const elements = [...document.querySelectorAll('researcher-card, pub-list, timeline-view')];
        return elements.every((element) => element.getAttribute('state') === 'ready') && elements.map((element) => element.localName);
      },
      undefined,
      { timeout: 20000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => undefined);
  report(!!states, 'every element reaches state="ready" from dist/scholar-elements.js', states ? states.join(', ') : 'timed out');
  const counts = await page.evaluate(() => ({
    cards: [...document.querySelectorAll('researcher-card')].map((card) => card.shadowRoot?.querySelector('[part="name"]')?.textContent),
    publications: document.querySelector('pub-list')?.shadowRoot?.querySelectorAll('[part="publication"]').length ?? 0,
    entries: document.querySelector('timeline-view')?.shadowRoot?.querySelectorAll('[part="entry"]').length ?? 0,
    violations: window.violations,
  }));
  report(counts.cards.length === 4 && counts.cards.every(Boolean), 'four cards show their names', counts.cards.join(', '));
  report(counts.publications > 50, 'the merged publication list renders', `${counts.publications} entries`);
  report(counts.entries > 0, 'the timeline renders', `${counts.entries} entries`);
  report(counts.violations.length === 0, 'no Content-Security-Policy or Trusted Types violation', counts.violations.join('; '));
  report(problems.length === 0, 'no console or page errors', problems.join('; '));
} finally {
  await browser.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
