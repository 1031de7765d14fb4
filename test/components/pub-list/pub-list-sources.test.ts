import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/pub-list/pub-list.js';
import type { PubList } from '../../../src/components/pub-list/pub-list.component.js';
import type { ScholarErrorEvent } from '../../../src/events/scholar-error.js';
import { clearSourceCache } from '../../../src/internal/fetch-source.js';
import { parseBibtex } from '../../../src/model/bibtex.js';
import { settled, shadow, shadowAll, shadowText } from '../../helpers.js';
import { fullyRendered } from './harness.js';

async function fromSrc(src: string, attributes = ''): Promise<PubList> {
  const wrapper = await fixture(html`<div .innerHTML=${`<pub-list src="${src}" ${attributes}></pub-list>`}></div>`);
  return fullyRendered(wrapper.querySelector('pub-list')!);
}

function titleOf(list: PubList, key: string): string {
  return shadow(list, `[data-key="${key}"] [part="title"]`)!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<pub-list> sources', () => {
  afterEach(() => clearSourceCache());

  it('shows a BibTeX file with LaTeX turned into text on screen', async () => {
    const list = await fromSrc('/test/fixtures/bibtex/accents.bib', 'group-by="none"');
    const entry = shadow(list, '[data-key="accents2020"]')!;
    expect(titleOf(list, 'accents2020')).to.contain('Schönheit in Großstädten: Ça va, María? & Co.');
    expect(entry.querySelector('[part="authors"]')!.textContent).to.contain('Jörg Müller');
    expect(entry.querySelector('[part="authors"]')!.textContent).to.contain('Antonín Dvořák');
    expect(entry.querySelector('[part="venue"]')!.textContent).to.contain('Journal of Naïve Results');
    expect(shadowText(list)).not.to.match(/\\["'c]|[{}]/);
  });

  it('renders title math: simple parts as text, the rest as MathML from the lazily loaded renderer', async () => {
    const list = await fromSrc('/test/fixtures/bibtex/math.bib', 'group-by="none"');
    await waitUntil(() => shadow(list, '[data-key="math2023"] [part="title"] math'), 'math never rendered', { timeout: 5000 });
    const title = shadow(list, '[data-key="math2023"] [part="title"]')!;
    expect(title.querySelector('sup')!.textContent).to.equal('3');
    expect(title.querySelector('sub')!.textContent).to.equal('0');
    expect(title.textContent).to.contain('α');
    // \mathcal{O}(n \log n) needs the real renderer; its MathML is sanitised markup, no script can ride along.
    expect(title.querySelector('math')!.textContent).to.contain('log');
    expect(!!title.querySelector('script, [onerror], [onload]'), 'script or event handler in the title').to.be.false;
    expect(titleOf(list, 'dollars2022')).to.contain('Costs Below $5');
  });

  it('shows every good entry of a broken file and says which entries were left out, with key and line', async () => {
    const list = await fromSrc('/test/fixtures/bibtex/broken.bib', 'group-by="none" sort="title"');
    expect(shadowAll(list, '[part="title"]').map((title) => title.textContent!.trim())).to.deep.equal([
      'The First Good Entry',
      'The Fourth Good Entry',
      'The Second Good Entry',
      'The Third Good Entry',
    ]);
    const problems = shadow(list, '[part="problems"]')!.textContent!;
    expect(problems).to.contain('3 problems in the data');
    expect(problems).to.match(/missingcomma \(line 8\)/);
    expect(problems).to.match(/unclosed \(line \d+\)/);
    expect(list.problems.map((problem) => problem.line)).to.include(8);
    await expect(list).to.be.accessible();
  });

  it('merges several sources: the same work shows once, with its other versions listed', async () => {
    const list = await fromSrc('/demo/profiles/minjia-zhang.json /demo/profiles/yuxiong-he.json /demo/profiles/samyam-rajbhandari.json', 'group-by="none"');
    const moe = list.publications.filter((entry) => /Mixture-of-Experts Inference and Training/.test(entry.title));
    expect(moe).to.have.length(1);
    expect(moe[0]!.category).to.equal('conference');
    expect(moe[0]!.versions.length).to.be.greaterThan(0);
    const row = shadow(list, `[data-key="${CSS.escape(moe[0]!.key)}"]`)!;
    expect(row.querySelector('[part="versions"]')!.textContent).to.contain('preprint');
    // The same preprint, carried by three co-authors' profiles, is listed once, its year not repeated.
    const versions = [...row.querySelectorAll('[part="version"]')].map((version) => version.textContent!.replace(/\s+/g, ' ').trim());
    expect(versions).to.deep.equal([...new Set(versions)]);
    expect(versions.join(' ')).not.to.match(/(\d{4}), \1/);
    // Every member of the three profiles is emphasised.
    const selves = [...new Set(shadowAll(list, '[part~="author-self"]').map((self) => self.textContent))];
    expect(selves).to.include.members(['Minjia Zhang', 'Yuxiong He', 'Samyam Rajbhandari']);
  });

  it('shows the sources that loaded when another fails, and says which failed', async () => {
    const list = document.createElement('pub-list');
    const failed = oneEvent(list, 'scholar-error') as Promise<ScholarErrorEvent>;
    list.src = '/test/fixtures/ada.json /test/fixtures/missing.bib';
    document.body.append(list);
    try {
      expect((await failed).detail.status).to.equal(404);
      await settled(list);
      expect(shadowText(list)).to.contain('Notes on the Analytical Engine');
      expect(shadow(list, '[part="problems"]')!.textContent).to.contain('/test/fixtures/missing.bib: the server answered HTTP 404');
    } finally {
      list.remove();
    }
  });

  it('emphasises the names in `highlight`', async () => {
    const list = await fromSrc('/test/fixtures/bibtex/broken.bib', 'highlight="C. Carter; Fox, Frank"');
    expect(
      shadowAll(list, '[part~="author-self"]')
        .map((self) => self.textContent)
        .sort(),
    ).to.deep.equal(['Carol Carter', 'Frank Fox']);
  });

  it('Cite shows and copies the original BibTeX, and formats APA on demand', async () => {
    const list = await fromSrc('/test/fixtures/bibtex/broken.bib', 'group-by="none"');
    const entry = () => shadow(list, '[data-key="good2"]')!;
    entry().querySelector<HTMLButtonElement>('[part="cite-button"]')!.click();
    await list.updateComplete;
    entry().querySelector<HTMLButtonElement>('[data-format="bibtex"]')!.click();
    await waitUntil(() => entry().querySelector('[part="citation"]')?.textContent, 'no citation shown', { timeout: 5000 });
    expect(entry().querySelector('[part="citation"]')!.textContent).to.contain('@inproceedings{good2,');
    expect(entry().querySelector('[part="citation"]')!.textContent).to.contain('booktitle = {Good Conference}');
    expect(entry().querySelector('[role="status"]')!.textContent).to.match(/BibTeX citation (copied|shown)/);
    entry().querySelector<HTMLButtonElement>('[data-format="apa"]')!.click();
    await waitUntil(() => entry().querySelector('[part="citation"]')?.textContent?.includes('Carter, C. (2020)'), 'no APA citation', { timeout: 10000 });
    expect(entry().querySelector('[part="citation"]')!.textContent).to.contain('The Second Good Entry');
    await expect(list).to.be.accessible();
  });

  it('exports the filtered list, and the .bib export reads back as the same entries', async () => {
    const list = await fromSrc('/test/fixtures/bibtex/broken.bib');
    list.query = 'second third';
    await list.updateComplete;
    list.query = 'good';
    list.category = 'conference book';
    await list.updateComplete;
    const bib = await list.exportText('bibtex');
    const back = await parseBibtex(bib, 'export');
    expect(back.entries.map((entry) => [entry.key, entry.title, entry.year]).sort()).to.deep.equal(list.publications.map((entry) => [entry.key, entry.title, entry.year]).sort());
    expect(back.entries).to.have.length(2);
    expect(await list.exportText('ris')).to.contain('TI  - The Second Good Entry');
    expect(JSON.parse(await list.exportText('csl-json'))).to.have.length(2);
  });

  it('is operable from the keyboard: search, facets and a year button', async () => {
    const list = await fromSrc('/test/fixtures/bibtex/broken.bib');
    shadow<HTMLInputElement>(list, '[part="search"]')!.focus();
    await sendKeys({ type: 'fourth' });
    await list.updateComplete;
    expect(list.publications.map((entry) => entry.key)).to.deep.equal(['good4']);
    await sendKeys({ press: 'Escape' });
    shadow<HTMLInputElement>(list, '[part="search"]')!.value = '';
    list.query = '';
    await list.updateComplete;
    shadow<HTMLInputElement>(list, 'input[name="category"][value="book"]')!.focus();
    await sendKeys({ press: 'Space' });
    await list.updateComplete;
    expect(list.publications.map((entry) => entry.key)).to.deep.equal(['good3']);
    await sendKeys({ press: 'Space' });
    await list.updateComplete;
    const year = shadowAll<HTMLButtonElement>(list, '[part="chart-year"]').find((button) => button.textContent!.includes('2019: 1'))!;
    year.focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(list.publications.map((entry) => entry.key)).to.deep.equal(['good1']);
  });

  it('reads inline BibTeX', async () => {
    const wrapper = await fixture(html`<div>
      <pub-list>
        <script type="application/x-bibtex">
          @article{inline1, title = {Inline {\\"U}bung}, author = {Doe, Jane}, journal = {J}, year = {2024}}
        </script>
      </pub-list>
    </div>`);
    const list = await fullyRendered(wrapper.querySelector('pub-list')!);
    expect(titleOf(list, 'inline1')).to.equal('Inline Übung');
  });

  it('shows an empty list and a clear error state', async () => {
    const empty = await fixture<PubList>(html`<pub-list .items=${[]}></pub-list>`);
    await settled(empty, 'empty');
    expect(!!shadow(empty, '[part="empty"]'), 'empty part shown').to.be.true;
    const missing = await fixture<PubList>(html`<pub-list src="/test/fixtures/none.bib"></pub-list>`);
    await settled(missing, 'error');
    expect(shadow(missing, '[part="error"]')!.textContent).to.contain('404');
    await expect(missing).to.be.accessible();
  });
});
