// The script-tag build on real pages:
// - demo/embed.html served with a strict Content-Security-Policy and Trusted Types enforced must render every element
//   with no policy violation and no console error;
// - `metrics="openalex"` on a card and on a publication list under the same policy (its `connect-src` naming
//   OpenAlex's API, answered here by a local stand-in) must show the numbers OpenAlex gives;
// - a publication list with `metrics="openalex"` on a page whose policy does NOT name the API keeps the data's own
//   counts: the request is refused by the browser, and nothing throws;
// - a page that includes the script twice, next to another copy of Lit used by its own element, must too.
// Needs `npm run build` first. Prints one line per check and "N passed, M failed".
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { collect, launch } from './browser.mjs';
import { staticHandler } from './static-server.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
if (!existsSync(join(root, 'dist/scholar-elements.js'))) {
  console.error('dist/scholar-elements.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** The strict policy; `connect` is its `connect-src`. */
const policy = (connect) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "worker-src 'self'",
    `connect-src ${connect}`,
    "require-trusted-types-for 'script'",
    "trusted-types lit-html scholar-elements dompurify 'allow-duplicates'",
  ].join('; ');
// What a page that uses metrics="openalex" adds to its policy.
const CSP = policy("'self' https://api.openalex.org");
/** The same policy on a page that did not add OpenAlex's API to it. */
const CSP_WITHOUT_OPENALEX = policy("'self'");
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

/** A publication list whose works' counts OpenAlex is asked for (the data's own: 5 and 40; one work has no DOI). */
const LIVE_LIST_DATA = {
  basics: { name: 'Ada Lovelace' },
  publications: [
    { id: 'a', type: 'article-journal', title: 'Work A', issued: { 'date-parts': [[2020]] }, DOI: '10.5555/embed.a', metrics: { citations: 5 } },
    { id: 'b', type: 'article-journal', title: 'Work B', issued: { 'date-parts': [[2021]] }, DOI: '10.5555/embed.b', metrics: { citations: 40 } },
    { id: 'c', type: 'article-journal', title: 'Work C', issued: { 'date-parts': [[2022]] }, metrics: { citations: 12 } },
  ],
};
const LIVE_LIST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live counts</title>
<script type="module" src="/dist/scholar-elements.js"></script></head><body>
<pub-list metrics="openalex" group-by="none" sort="cited"><script type="application/json">${JSON.stringify(LIVE_LIST_DATA)}</script></pub-list>
</body></html>`;
/** OpenAlex's answer for those DOIs, from the local stand-in. */
const OPENALEX_WORKS = {
  meta: { count: 2 },
  results: [
    { doi: 'https://doi.org/10.5555/embed.a', cited_by_count: 900 },
    { doi: 'https://doi.org/10.5555/embed.b', cited_by_count: 7 },
  ],
};

/**
 * Generated pages, each with its own Content-Security-Policy (`null`: none — the twice-included page needs inline
 * scripts for its import map and its own element); every file is served with CSP.
 */
const PAGES = {
  '/twice.html': [TWICE, null],
  '/live-metrics.html': [LIVE_METRICS, CSP],
  '/live-list.html': [LIVE_LIST, CSP],
  '/live-list-refused.html': [LIVE_LIST, CSP_WITHOUT_OPENALEX],
};
const files = staticHandler(root, { headers: { 'content-security-policy': CSP } });
const httpServer = createServer((request, response) => {
  const page = PAGES[new URL(request.url ?? '/', 'http://localhost').pathname];
  if (!page) return files(request, response);
  const [body, csp] = page;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(csp ? { 'content-security-policy': csp } : {}) }).end(body);
});
await new Promise((resolvePromise, reject) => {
  httpServer.once('error', reject);
  httpServer.listen(0, '127.0.0.1', resolvePromise);
});
const { port } = httpServer.address();
const server = { close: () => new Promise((done) => httpServer.close(done)) };

/** OpenAlex's API answered with `body` for this page (as the real one answers: JSON, readable from any origin); the URLs asked. */
async function standIn(page, body) {
  const asked = [];
  await page.route('https://api.openalex.org/**', (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });
  });
  return asked;
}

/** The policy violations a page reports from now on (in `window.violations`). */
const watchViolations = (page) =>
  page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });

/** The list's "Cited by" lines, in its order, once every entry is drawn. */
const citedBy = (page) =>
  page.evaluate(() =>
    [...document.querySelector('pub-list').shadowRoot.querySelectorAll('[part~="publication"]')].map(
      (entry) => `${entry.querySelector('[part="title"]')?.textContent?.trim()}: ${entry.querySelector('[part="citations"]')?.textContent?.trim() ?? ''}`,
    ),
  );

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
  await watchViolations(page);
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
  await watchViolations(live);
  const asked = await standIn(live, OPENALEX_AUTHOR);
  await live.goto(`http://127.0.0.1:${port}/live-metrics.html`);
  const shown = await live
    .waitForFunction(() => document.querySelector('researcher-card')?.shadowRoot?.querySelector('[part="stats"]')?.textContent?.includes('3,010'), undefined, { timeout: 20000 })
    .then(() => true)
    .catch(() => false);
  report(shown && asked.length === 1, 'metrics="openalex" under the policy shows what OpenAlex answers', asked.join(', ') || 'OpenAlex was never asked');
  const liveProblems = liveReported.problems();
  const liveViolations = await live.evaluate(() => window.violations);
  report(liveProblems.length === 0 && liveViolations.length === 0, 'no policy violation, console or page error there either', [...liveViolations, ...liveProblems].join('; '));

  // The same for a publication list: the works' counts by DOI, in one request, and "Most cited" follows them.
  const list = await browser.newPage();
  const listReported = collect(list);
  await watchViolations(list);
  const listAsked = await standIn(list, OPENALEX_WORKS);
  await list.goto(`http://127.0.0.1:${port}/live-list.html`);
  const listShown = await list
    .waitForFunction(() => document.querySelector('pub-list')?.shadowRoot?.querySelector('[part~="publication"] [part="citations"]')?.textContent?.includes('900'), undefined, {
      timeout: 20000,
    })
    .then(() => true)
    .catch(() => false);
  const listCounts = listShown ? await citedBy(list) : [];
  const expectedCounts = ['Work A: Cited by 900', 'Work C: Cited by 12', 'Work B: Cited by 7'];
  report(
    listShown && listAsked.length === 1 && JSON.stringify(listCounts) === JSON.stringify(expectedCounts),
    '<pub-list metrics="openalex"> under the policy shows the counts OpenAlex answers, ranked by them',
    listAsked.length ? `${listCounts.join(', ') || 'never shown'} (${listAsked.length} request${listAsked.length === 1 ? '' : 's'})` : 'OpenAlex was never asked',
  );
  const listProblems = listReported.problems();
  const listViolations = await list.evaluate(() => window.violations);
  report(listProblems.length === 0 && listViolations.length === 0, 'no policy violation, console or page error there either', [...listViolations, ...listProblems].join('; '));

  // A page whose policy does not name the API: the browser refuses the request; the list keeps the data's counts.
  const refused = await browser.newPage();
  const refusedReported = collect(refused);
  await watchViolations(refused);
  const refusedAsked = await standIn(refused, OPENALEX_WORKS);
  await refused.goto(`http://127.0.0.1:${port}/live-list-refused.html`);
  const blocked = await refused
    .waitForFunction(() => window.violations.some((violation) => violation.startsWith('connect-src https://api.openalex.org')), undefined, { timeout: 20000 })
    .then(() => true)
    .catch(() => false);
  // Give a (wrong) answer time to arrive and be drawn: nothing may change.
  await refused.waitForTimeout(300);
  const refusedCounts = await refused
    .waitForFunction(() => document.querySelector('pub-list')?.getAttribute('state') === 'ready', undefined, { timeout: 20000 })
    .then(() => citedBy(refused))
    .catch(() => []);
  const ownCounts = ['Work B: Cited by 40', 'Work C: Cited by 12', 'Work A: Cited by 5'];
  report(
    blocked && refusedAsked.length === 0 && JSON.stringify(refusedCounts) === JSON.stringify(ownCounts),
    'a page whose connect-src does not name the API: the request is refused and the list keeps the data’s counts',
    `${blocked ? 'refused' : 'never refused'}; ${refusedCounts.join(', ') || 'no entries'}${refusedAsked.length ? `; the API was reached: ${refusedAsked.join(', ')}` : ''}`,
  );
  // The browser reports the refusal itself as a console error; anything else (an uncaught error above all) fails.
  const refusal = ({ text }) => text.includes('https://api.openalex.org/') && /Content Security Policy/i.test(text);
  const refusedProblems = refusedReported.problems({ expected: refusal });
  report(refusedProblems.length === 0, 'no uncaught error there, nor any console error but the refusal', refusedProblems.join('; '));
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
