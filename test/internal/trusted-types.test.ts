import { expect, waitUntil } from '@open-wc/testing';

/**
 * The strictest embedding: a CSP without unsafe-inline/unsafe-eval that also enforces Trusted Types, allowing only
 * the policies lit-html, scholar-elements and dompurify. Cards, a BibTeX list parsed in the worker and a title that
 * needs the MathML renderer (DOMPurify) must all work without one violation.
 */
describe('under enforced Trusted Types', () => {
  it('renders cards and a BibTeX list with worker parsing and math, with no violation', async () => {
    const bib = Array.from(
      { length: 60 },
      (_, index) => `@article{w${index}, title = {Work ${index} with $\\\\frac{1}{${index + 2}}$ bounds}, author = {Doe, Jane}, journal = {J}, year = {${2000 + (index % 20)}}}`,
    ).join('\n');
    const csp = [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "worker-src 'self'",
      "require-trusted-types-for 'script'",
      "trusted-types lit-html scholar-elements dompurify 'allow-duplicates'",
    ].join('; ');
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><head>
      <meta http-equiv="Content-Security-Policy" content="${csp}">
      <script type="module" src="/src/bundle.ts"></script>
      </head><body>
      <researcher-card src="/test/fixtures/ada.json"></researcher-card>
      <pub-list group-by="none"><script type="application/x-bibtex">${bib}</script></pub-list>
      </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    const violations: string[] = [];
    try {
      await loaded;
      frame.contentDocument!.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
      );
      const doc = frame.contentDocument!;
      const card = doc.querySelector('researcher-card')!;
      const list = doc.querySelector('pub-list')!;
      await waitUntil(() => card.getAttribute('state') === 'ready' && list.getAttribute('state') === 'ready', 'elements never became ready', { timeout: 10000 });
      await waitUntil(() => list.shadowRoot!.querySelectorAll('[part="title"] math').length > 0, 'math never rendered', { timeout: 10000 });
      expect(card.shadowRoot!.textContent).to.contain('Ada Lovelace');
      expect(list.shadowRoot!.querySelectorAll('[part="publication"]').length).to.be.greaterThan(0);
      expect((list as unknown as { publications: unknown[] }).publications).to.have.length(60);
      // The worker really started: its script was fetched through the policy.
      const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(scripts.some((name) => name.includes('bibtex-worker-entry'))).to.be.true;
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
