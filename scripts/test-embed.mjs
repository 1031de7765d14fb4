// The script-tag build on real pages:
// - demo/embed.html served with a strict Content-Security-Policy and Trusted Types enforced must render every element
//   with no policy violation and no console error;
// - `metrics="openalex"` under the same policy (its `connect-src` naming OpenAlex's API, answered here by a local
//   stand-in) must show the numbers OpenAlex gives;
// - a page that includes the script twice, next to another copy of Lit used by its own element, must too.
// Needs `npm run build` first. Prints one line per check and "N passed, M failed".
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collect, launch } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

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
  // What a page that uses metrics="openalex" adds to its policy.
  "connect-src 'self' https://api.openalex.org",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html scholar-elements dompurify 'allow-duplicates'",
].join('; ');
/** A page that loads the kit twice, beside its own element built on another copy of Lit (from node_modules). */
const TWICE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twice</title>
<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
  },
})}</script>
<script type="module">
  import { LitElement, html } from 'lit';
  customElements.define('other-widget', class extends LitElement { render() { return html\`<p>Another Lit</p>\`; } });
</script>
<script type="module" src="/dist/scholar-elements.js"></script>
<script type="module" src="/dist/scholar-elements.js?included-again"></script>
</head><body>
<researcher-card src="/demo/profiles/heyang-qin.json"></researcher-card>
<pub-list src="/demo/profiles/heyang-qin.json"></pub-list>
<other-widget></other-widget>
<script type="module" src="/dist/scholar-elements.js?and-once-more"></script>
</body></html>`;

/** A card that reads its researcher's citation metrics from OpenAlex (the data's own say 10 citations). */
const LIVE_METRICS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live metrics</title>
<script type="module" src="/dist/scholar-elements.js"></script></head><body>
<researcher-card metrics="openalex"><script type="application/json">${JSON.stringify({
  basics: { name: 'Ada Lovelace', profiles: [{ network: 'ORCID', url: 'https://orcid.org/0000-0002-1825-0097' }] },
  metrics: { citations: 10 },
})}</script></researcher-card>
</body></html>`;
/** OpenAlex's answer for that ORCID iD, from the local stand-in. */
const OPENALEX_AUTHOR = { cited_by_count: 3010, summary_stats: { h_index: 4, i10_index: 4 } };

const server = await serveStatic(root, {
  headers: { 'content-security-policy': CSP },
  routes: { '/twice.html': ['text/html', TWICE], '/live-metrics.html': ['text/html', LIVE_METRICS] },
});
const { port } = server;

const browser = await launch();
let passed = 0;
let failed = 0;
function report(ok, name, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

try {
  const page = await browser.newPage();
  const reported = collect(page);
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
  // A long list is drawn in steps after `state="ready"`: count once every entry it shows is in.
  await page
    .waitForFunction(
      () => {
        const list = document.querySelector('pub-list');
        return !!list && list.shadowRoot.querySelectorAll('[part="publication"]').length >= list.publications.length;
      },
      undefined,
      { timeout: 20000 },
    )
    .catch(() => undefined);
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
  const problems = reported.problems();
  report(problems.length === 0, 'no console or page errors', problems.join('; '));

  const twice = await browser.newPage();
  const twiceReported = collect(twice);
  await twice.goto(`http://127.0.0.1:${port}/twice.html`);
  const ready = await twice
    .waitForFunction(
      () =>
        ['researcher-card', 'pub-list'].every((tag) => document.querySelector(tag)?.getAttribute('state') === 'ready') &&
        document.querySelector('other-widget')?.shadowRoot?.textContent?.includes('Another Lit'),
      undefined,
      { timeout: 20000 },
    )
    .then(() => true)
    .catch(() => false);
  report(ready, 'included three times beside another copy of Lit: every element renders', ready ? '' : 'timed out');
  const twiceProblems = twiceReported.problems();
  report(twiceProblems.length === 0, 'no console or page errors there either', twiceProblems.join('; '));

  const live = await browser.newPage();
  const liveReported = collect(live);
  const asked = [];
  await live.route('https://api.openalex.org/**', (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(OPENALEX_AUTHOR) });
  });
  await live.goto(`http://127.0.0.1:${port}/live-metrics.html`);
  const shown = await live
    .waitForFunction(() => document.querySelector('researcher-card')?.shadowRoot?.querySelector('[part="stats"]')?.textContent?.includes('3,010'), undefined, { timeout: 20000 })
    .then(() => true)
    .catch(() => false);
  report(shown && asked.length === 1, 'metrics="openalex" under the policy shows what OpenAlex answers', asked.join(', ') || 'OpenAlex was never asked');
  const liveProblems = liveReported.problems();
  report(liveProblems.length === 0, 'no console or page errors there either', liveProblems.join('; '));
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
