/**
 * Data files in plain UTF-8 (nearly all of them) are read without the full text decoder (model/text-decoding.ts),
 * a chunk loaded only for a file in another encoding. This file imports <pub-list> alone, so what the page fetched is
 * what the lists asked for.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../src/components/pub-list/pub-list.component.js';
import { interceptFetch } from '../helpers.js';

// The test server serves every source file as a module: room for all of them in the page's resource timeline.
performance.setResourceTimingBufferSize(100000);

/** Whether the page has fetched a module whose path holds `name`. */
const fetched = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

async function ready(src: string): Promise<PubList> {
  const list = await fixture<PubList>(html`<pub-list src=${src}></pub-list>`);
  // BibTeX loads the parser, which the test server bundles on first use: slow on a busy machine.
  await waitUntil(() => list.getAttribute('state') === 'ready', `${src} never became ready`, { timeout: 50000 });
  return list;
}

describe('reading data files', function () {
  this.timeout(60000);

  it('reads plain UTF-8 files without the full text decoder, and loads it for a file in another encoding', async () => {
    const json = await ready('/test/fixtures/csl/edge-cases.json');
    const bibtex = await ready('/test/fixtures/bibtex/accents.bib');
    expect(
      json.publications.some((entry) => /[^\x00-\x7f]/.test(JSON.stringify(entry.item))),
      'the JSON file has non-ASCII text',
    ).to.be.true;
    expect(bibtex.publications.length).to.be.greaterThan(0);
    expect(fetched('text-decoding'), 'a UTF-8 file fetched the full decoder').to.be.false;

    // The test server re-encodes the text files it can read as UTF-8: the Latin-1 bytes are served here as they are,
    // made from the UTF-16 copy of the same file (which it serves byte for byte).
    const utf16 = new Uint8Array(await (await fetch('/test/fixtures/encodings/utf16le-no-bom.bib')).arrayBuffer());
    const latin1Bytes = new Uint8Array([...new TextDecoder('utf-16le').decode(utf16)].map((char) => char.charCodeAt(0)));
    const fetches = interceptFetch((url) => (url.endsWith('/latin1.bib') ? Promise.resolve(new Response(latin1Bytes, { headers: { 'content-type': 'text/plain' } })) : undefined));
    try {
      const latin1 = await ready('/latin1.bib');
      expect(fetched('text-decoding'), 'a Latin-1 file loads the full decoder').to.be.true;
      expect(latin1.shadowRoot!.querySelector('[data-key="gonzalez2022sharp"] [part="authors"]')?.textContent).to.contain('José-María Arnau');
    } finally {
      fetches.restore();
    }
  });
});
