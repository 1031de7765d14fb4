import { expect, waitUntil } from '@open-wc/testing';

/**
 * The elements (Lit, the schema validator, the styles) must work on a page whose Content-Security-Policy forbids
 * eval, inline scripts and inline styles. A same-origin iframe carries the policy in a meta tag.
 */
describe('under a strict Content-Security-Policy', () => {
  it('loads, validates and renders a profile with no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
      <script type="module" src="/src/scholar-elements.ts"></script>
      <script>window.inlineScriptRan = true;</script>
      </head><body><researcher-card src="/test/fixtures/partly-bad.json"></researcher-card></body></html>`;
    const violations: string[] = [];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      frame.contentDocument!.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
      const card = () => frame.contentDocument!.querySelector('researcher-card');
      await waitUntil(() => card()?.getAttribute('state') === 'ready', 'card never became ready', { timeout: 5000 });
      const root = card()!.shadowRoot!;
      expect(root.querySelector('[part="name"]')!.textContent).to.equal('Partly Bad');
      // The validator ran: the bad entries were found and left out.
      expect(root.querySelector('[part="problems"]')!.textContent).to.contain('3 problems in the data');
      // Styles applied without inline <style>: the card has its border radius.
      expect(frame.contentWindow!.getComputedStyle(root.querySelector('[part="base"]')!).borderTopLeftRadius).to.equal('10px');
      // The policy is in force (the inline script was blocked), and nothing of ours broke it.
      expect((frame.contentWindow as Window & { inlineScriptRan?: boolean }).inlineScriptRan).to.equal(undefined);
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
