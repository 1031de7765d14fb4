import { expect, nextFrame, waitUntil } from '@open-wc/testing';

const HOSTILE = `
  html { font-size: 10px; }
  body { font-size: 1.6rem; text-transform: uppercase; letter-spacing: 3px; word-spacing: 9px; line-height: 0.8;
    text-align: center; white-space: nowrap; font-style: italic; }
  *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; border: 0; font: inherit; }
  ul, ol { list-style: none; }
  button, input, select { all: unset; }
`;

/** Renders the same elements on a plain page and on a page whose CSS fights them, and returns both documents. */
async function render(css: string): Promise<Document> {
  // Entries skip rendering while off screen (content-visibility); the page can switch that off through the part.
  css += ' pub-list::part(publication) { content-visibility: visible; }';
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html><head><style>${css}</style><script type="module" src="/src/bundle.ts"></script></head>
    <body style="margin: 0"><div style="width: 600px">
    <researcher-card src="/demo/profiles/heyang-qin.json" theme="light"></researcher-card>
    <pub-list src="/test/fixtures/ada.json" theme="light" hide-chart></pub-list>
    </div></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => ['researcher-card', 'pub-list'].every((tag) => doc.querySelector(tag)?.getAttribute('state') === 'ready'), 'elements never became ready', {
    timeout: 10000,
  });
  // Measured once each element has rendered its data and, two frames on, anything that follows the layout
  // (resize observers) has rendered too.
  const rendered = () => Promise.all(['researcher-card', 'pub-list'].map((tag) => (doc.querySelector(tag) as Element & { updateComplete: Promise<boolean> }).updateComplete));
  await rendered();
  await nextFrame();
  await nextFrame();
  await rendered();
  return doc;
}

function box(doc: Document, host: string, part: string): DOMRect {
  return doc.querySelector(host)!.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
}

describe('on a hostile host page', () => {
  let plain: Document;
  let hostile: Document;
  before(async () => {
    // The plain page sets the same 16px text size the hostile page reaches through its 62.5% rem trick.
    plain = await render('body { font-size: 16px; }');
    hostile = await render(HOSTILE);
  });
  after(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('keeps names and titles as written: no inherited uppercase, letter spacing or italics', () => {
    for (const [host, part] of [
      ['researcher-card', 'name'],
      ['pub-list', 'title'],
    ] as const) {
      const element = hostile.querySelector(host)!.shadowRoot!.querySelector(`[part~="${part}"]`)!;
      const style = hostile.defaultView!.getComputedStyle(element);
      expect(style.textTransform, `${host} ${part}`).to.equal('none');
      expect(style.letterSpacing, `${host} ${part}`).to.equal('normal');
      expect(style.fontStyle, `${host} ${part}`).to.equal('normal');
    }
  });

  it('lays the card and the list out as on a plain page', () => {
    for (const [host, part] of [
      ['researcher-card', 'base'],
      ['researcher-card', 'avatar'],
      ['researcher-card', 'name'],
      ['researcher-card', 'links'],
      ['pub-list', 'search'],
      ['pub-list', 'publication'],
      ['pub-list', 'title'],
    ] as const) {
      const a = box(plain, host, part);
      const b = box(hostile, host, part);
      expect(Math.round(b.width), `${host} ${part} width`).to.be.closeTo(Math.round(a.width), 1);
      expect(Math.round(b.height), `${host} ${part} height`).to.be.closeTo(Math.round(a.height), 1);
    }
  });
});
