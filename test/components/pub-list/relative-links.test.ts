import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { shadowAll, withConsoleWarnings } from '../../helpers.js';
import { fullyRendered } from './harness.js';

const FIXTURES = '/test/fixtures/links';

/** An absolute URL on the test server. */
const onServer = (path: string) => new URL(path, location.href).href;

async function list(markup: string): Promise<PubList> {
  const wrapper = await fixture(html`<div .innerHTML=${markup}></div>`);
  return fullyRendered(wrapper.querySelector('pub-list')!);
}

/** The links of the shown publications by kind, as written in their href attributes. */
function hrefs(element: PubList): Record<string, string> {
  return Object.fromEntries(shadowAll<HTMLAnchorElement>(element, 'a[part="link"]').map((link) => [link.dataset.kind!, link.getAttribute('href')!]));
}

/** The problem papers.bib has: its poster link is a javascript: address. */
const POSTER_REFUSED = 'relative2024 (line 2): poster: the link "javascript:alert(1)" is not an http(s), mailto or relative address; it is left out';

const INLINE_BIBTEX = `<script type="application/x-bibtex">
@article{inline2024, title = {Inline}, author = {Lovelace, Ada}, journal = {J}, year = {2024}, pdf = {paper.pdf}}
</script>`;

describe('<pub-list> relative links', () => {
  afterEach(() => clearSourceCache());

  it('in a .bib loaded by src point next to the .bib; absolute and root-relative ones stay, unsafe ones are dropped', async () => {
    const element = await list(`<pub-list src="${FIXTURES}/papers.bib"></pub-list>`);
    expect(hrefs(element)).to.deep.equal({
      pdf: onServer(`${FIXTURES}/paper.pdf`),
      slides: '/talks/slides.pdf',
      code: 'https://github.com/example/relative',
    });
    expect(shadowAll(element, '[part~="link-unavailable"]').map((link) => link.textContent!.trim())).to.deep.equal(['Poster']);
    // No link leads to it; the problems this local page lists quote it as text.
    expect(
      shadowAll(element, '[href], [src]')
        .map((target) => target.getAttribute('href') ?? target.getAttribute('src'))
        .join(' '),
    ).not.to.contain('javascript:');
    expect(element.problems.map((problem) => problem.message)).to.deep.equal([POSTER_REFUSED]);
    expect(element.publications[0]!.item.links!.find((link) => link.kind === 'pdf')!.url).to.equal(onServer(`${FIXTURES}/paper.pdf`));
    await expect(element).to.be.accessible();
  });

  it('with link-base point under it, resolved against the page (al-folio: /assets/pdf/)', async () => {
    const element = await list(`<pub-list src="${FIXTURES}/papers.bib" link-base="/assets/pdf/"></pub-list>`);
    expect(element.linkBase).to.equal('/assets/pdf/');
    expect(hrefs(element)).to.deep.equal({
      pdf: onServer('/assets/pdf/paper.pdf'),
      slides: '/talks/slides.pdf',
      code: 'https://github.com/example/relative',
    });
  });

  it('follow a change of link-base', async () => {
    const element = await list(`<pub-list src="${FIXTURES}/papers.bib"></pub-list>`);
    let loaded = oneEvent(element, 'scholar-load');
    element.linkBase = 'https://files.example.org/papers/';
    await loaded;
    expect(hrefs(element).pdf).to.equal('https://files.example.org/papers/paper.pdf');
    loaded = oneEvent(element, 'scholar-load');
    element.linkBase = undefined;
    await loaded;
    expect(hrefs(element).pdf).to.equal(onServer(`${FIXTURES}/paper.pdf`));
  });

  it('in profile JSON loaded by src point next to the JSON; fragment-only ones stay in the page', async () => {
    const element = await list(`<pub-list src="${FIXTURES}/profile.json"></pub-list>`);
    expect(hrefs(element)).to.deep.equal({
      pdf: onServer(`${FIXTURES}/papers/relative2023.pdf`),
      code: 'https://github.com/example/relative2023',
      slides: '#talks',
      website: onServer(`${FIXTURES}/papers/relative2023.html`),
    });
  });

  it('in inline data point where the page says, and under link-base when it is given', async () => {
    const inline = await list(`<pub-list>${INLINE_BIBTEX}</pub-list>`);
    expect(hrefs(inline).pdf).to.equal('paper.pdf');
    const based = await list(`<pub-list link-base="/assets/pdf/">${INLINE_BIBTEX}</pub-list>`);
    expect(hrefs(based).pdf).to.equal(onServer('/assets/pdf/paper.pdf'));
  });

  it('in a property point where the page says, and under link-base when it is given, the given object unchanged', async () => {
    const items = [{ id: 'p', type: 'article-journal', title: 'Property', issued: { 'date-parts': [[2020]] }, links: [{ kind: 'pdf', url: 'p.pdf' }] }];
    const wrapper = await fixture(html`<div>
      <pub-list .items=${items}></pub-list>
      <pub-list .items=${items} link-base="/assets/pdf/"></pub-list>
    </div>`);
    const [plain, based] = [...wrapper.querySelectorAll('pub-list')];
    await fullyRendered(plain!);
    await fullyRendered(based!);
    expect(hrefs(plain!).pdf).to.equal('p.pdf');
    expect(hrefs(based!).pdf).to.equal(onServer('/assets/pdf/p.pdf'));
    expect(items[0]!.links[0]!.url).to.equal('p.pdf');
  });

  it('says so in the console when link-base is not a URL, and resolves against the file instead', async () => {
    const { warnings, result: element } = await withConsoleWarnings(() => list(`<pub-list src="${FIXTURES}/papers.bib" link-base="http://[broken"></pub-list>`));
    expect(warnings[0]).to.equal('<pub-list> link-base="http://[broken" is not a URL: relative links in the data resolve against the file they are in.');
    // The file's one problem (its javascript: poster) is the only other warning.
    expect(warnings.length).to.equal(2);
    expect(element.problems.map((problem) => problem.message)).to.deep.equal([POSTER_REFUSED]);
    expect(hrefs(element).pdf).to.equal(onServer(`${FIXTURES}/paper.pdf`));
  });
});
