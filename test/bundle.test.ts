import { expect, waitUntil } from '@open-wc/testing';

/** A same-origin page that loads the script-tag entry, as a lab site would. */
async function page(body: string, head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  // Errors are recorded from the very start, before any module runs.
  const record = `<script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(e.message));</script>`;
  frame.srcdoc = `<!doctype html><html><head>${record}${head}<script type="module" src="/src/bundle.ts"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('script-tag entry', () => {
  it('registers the elements a page uses, and only those', async () => {
    const frame = await page(`<researcher-card src="/test/fixtures/ada.json"></researcher-card>`);
    try {
      const window = frame.contentWindow!;
      await waitUntil(() => window.customElements.get('researcher-card'), 'researcher-card never registered', { timeout: 5000 });
      const card = frame.contentDocument!.querySelector('researcher-card')!;
      await waitUntil(() => card.getAttribute('state') === 'ready', 'card never became ready', { timeout: 5000 });
      expect(card.shadowRoot!.textContent).to.contain('Ada Lovelace');
      expect(window.customElements.get('pub-list')).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('registers an element added later by a script', async () => {
    const frame = await page('<main></main>');
    try {
      const document = frame.contentDocument!;
      const holder = document.createElement('div');
      holder.innerHTML = '<pub-list src="/test/fixtures/ada.json" hide-chart></pub-list>';
      document.querySelector('main')!.append(holder);
      await waitUntil(() => frame.contentWindow!.customElements.get('pub-list'), 'pub-list never registered', { timeout: 5000 });
      const list = document.querySelector('pub-list')!;
      await waitUntil(() => list.getAttribute('state') === 'ready', 'list never became ready', { timeout: 5000 });
      expect(list.shadowRoot!.textContent).to.contain('Notes on the Analytical Engine');
    } finally {
      frame.remove();
    }
  });

  it('can be included twice (and next to another copy) without errors', async () => {
    const frame = await page(
      `<researcher-card src="/test/fixtures/grace.json"></researcher-card>
       <script type="module" src="/src/bundle.ts?copy=2"></script>
       <script type="module" src="/src/scholar-elements.ts"></script>`,
    );
    try {
      const card = frame.contentDocument!.querySelector('researcher-card')!;
      await waitUntil(() => card.getAttribute('state') === 'ready', 'card never became ready', { timeout: 5000 });
      expect(card.shadowRoot!.textContent).to.contain('Grace Hopper');
      expect((frame.contentWindow as Window & { pageErrors: string[] }).pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
