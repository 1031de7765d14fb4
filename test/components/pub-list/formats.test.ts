import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { ScholarErrorEvent } from '../../../src/events/scholar-error.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { interceptFetch, settled, shadow, shadowAll } from '../../helpers.js';
import { fullyRendered } from './harness.js';

function create(src: string, attributes = ''): Promise<HTMLElement> {
  return fixture(html`<div .innerHTML=${`<pub-list src="${src}" ${attributes}></pub-list>`}></div>`);
}

async function fromSrc(src: string, attributes = 'group-by="none"'): Promise<PubList> {
  const list = (await create(src, attributes)).querySelector('pub-list') as PubList;
  // The first BibTeX file waits for the BibTeX reader, which the test server bundles on its first request.
  await waitUntil(() => list.getAttribute('state') !== 'loading', 'the list never finished loading', { timeout: 30000 });
  return fullyRendered(list);
}

function titles(list: PubList): string[] {
  return shadowAll(list, '[part="title"]').map((title) => title.textContent!.replace(/\s+/g, ' ').trim());
}

describe('<pub-list> formats', function () {
  // Room for the first BibTeX load (see fromSrc).
  this.timeout(40000);
  afterEach(() => clearSourceCache());

  it('shows an OpenAlex works list, with a quiet "Cited by" note naming its source', async () => {
    const list = await fromSrc('/test/fixtures/openalex/works-rajbhandari.json', 'group-by="none" highlight="Samyam Rajbhandari"');
    expect(titles(list)).to.deep.equal([
      'ZeRO-Offload: Democratizing Billion-Scale Model Training',
      'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models',
      'DeepSpeed: System Optimizations Enable Training Deep Learning Models with Over 100 Billion Parameters',
      'DeepCPU: Serving RNN-based Deep Learning Models 10x Faster',
    ]);
    const zero = shadow(list, '[data-key="W3101891451"]')!;
    const cited = zero.querySelector('[part="citations"]')!;
    expect(cited.textContent!.trim()).to.equal('Cited by 1,021');
    expect(cited.getAttribute('title')).to.equal('1,021 citations according to OpenAlex (as of Jan 14, 2025)');
    expect(zero.querySelector('[part="authors"]')!.textContent).to.contain('Samyam Rajbhandari');
    // The corresponding author is marked.
    expect(zero.querySelector('[part="authors"] .marker')?.textContent).to.equal('†');
    expect([...zero.querySelectorAll('[part="link"]')].map((link) => link.getAttribute('data-kind'))).to.deep.equal(['pdf', 'arxiv', 'doi']);
    expect(list.problems).to.deep.equal([]);
    await expect(list).to.be.accessible();
  });

  it('shows an ORCID works file', async () => {
    const list = await fromSrc('/test/fixtures/orcid/works.json');
    expect(titles(list)).to.have.members([
      'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models',
      'DeepSpeed: System Optimizations Enable Training Deep Learning Models with Over 100 Billion Parameters',
      'ZeRO-Offload: Democratizing Billion-Scale Model Training',
      'DeepCPU: Serving RNN-based Deep Learning Models 10x Faster',
    ]);
    expect(shadow(list, '[data-key="orcid-87654322"] [part="venue"]')!.textContent).to.contain('Knowledge Discovery & Data Mining');
    // ORCID gives no citation counts: no "Cited by" note.
    expect(shadowAll(list, '[part="citations"]').length).to.equal(0);
    await expect(list).to.be.accessible();
  });

  it('shows an RIS file and lists the records it left out, with their lines', async () => {
    const list = await fromSrc('/test/fixtures/ris/broken.ris', 'group-by="none" sort="title"');
    expect(titles(list)).to.deep.equal(['A Book Whose Record Has No End Line', 'A Record That Loads', 'An Unknown Reference Type', 'Bad Values Lose Only Themselves']);
    const problems = shadow(list, '[part="problems"]')!.textContent!;
    expect(problems).to.contain('"no-title" (line 10): the record has no title');
    await expect(list).to.be.accessible();
  });

  it('reads UTF-16 BibTeX files, with and without a byte-order mark', async () => {
    // The test server re-encodes text files it can read (a UTF-16 file with a byte-order mark among them) as UTF-8;
    // the files with a mark are therefore served here byte for byte, as any static server sends them.
    const bytes = new Uint8Array(await (await fetch('/test/fixtures/encodings/utf16le-no-bom.bib')).arrayBuffer());
    const text = new TextDecoder('utf-16le').decode(bytes);
    const utf16 = (bigEndian: boolean) =>
      new Uint8Array([...text].flatMap((char) => (bigEndian ? [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff] : [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])));
    const served: Record<string, Uint8Array<ArrayBuffer>> = {
      '/utf16/le-bom.bib': new Uint8Array([0xff, 0xfe, ...utf16(false)]),
      '/utf16/be-bom.bib': new Uint8Array([0xfe, 0xff, ...utf16(true)]),
    };
    const fetches = interceptFetch((url) => {
      const body = served[new URL(url).pathname];
      return body ? Promise.resolve(new Response(body, { headers: { 'content-type': 'text/plain' } })) : undefined;
    });
    try {
      for (const src of ['/utf16/le-bom.bib', '/utf16/be-bom.bib', '/test/fixtures/encodings/utf16le-no-bom.bib']) {
        const list = await fromSrc(src);
        expect(titles(list).length, src).to.equal(2);
        expect(shadow(list, '[data-key="gonzalez2022sharp"] [part="authors"]')!.textContent, src).to.contain('José-María Arnau');
        clearSourceCache();
      }
    } finally {
      fetches.restore();
    }
  });

  it('says a binary file is not the text it should be, instead of showing an empty list', async () => {
    // Listened for before the list exists: the failure can come before `create` resolves.
    const failure = new Promise<ScholarErrorEvent>((resolve) => document.addEventListener('scholar-error', (event) => resolve(event as ScholarErrorEvent), { once: true }));
    const wrapper = await create('/test/fixtures/encodings/papers.bib');
    const list = wrapper.querySelector('pub-list') as PubList;
    const failed = await failure;
    expect(failed.target === list).to.equal(true);
    expect(failed.detail.message).to.equal('papers.bib is a PDF file, not BibTeX text.');
    await settled(list, 'error');
    expect(shadow(list, '[part="error"]')!.textContent).to.contain('papers.bib is a PDF file, not BibTeX text.');
    expect(!!shadow(list, '[part="empty"]')).to.equal(false);
    await expect(list).to.be.accessible();
  });

  it('reads a profile served with a BibTeX content type as the profile it is', async () => {
    const profile = await (await fetch('/test/fixtures/ada.json')).text();
    const fetches = interceptFetch((url) =>
      url.endsWith('/served-as-bibtex.bib') ? Promise.resolve(new Response(profile, { headers: { 'content-type': 'application/x-bibtex' } })) : undefined,
    );
    try {
      const list = await fromSrc('/served-as-bibtex.bib');
      expect(titles(list)).to.deep.equal(['Notes on the Analytical Engine']);
      expect(list.problems).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });
});
