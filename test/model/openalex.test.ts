import { expect } from 'vitest';
import { isOpenAlex, openAlexToItems } from '../../src/model/openalex.js';
import type { Publication } from '../../src/model/types.js';
import { fixtureJson } from './fixture-files.js';

const LIST = fixtureJson('/test/fixtures/openalex/works-rajbhandari.json') as { results: Array<Record<string, unknown>> };
const WORK = fixtureJson('/test/fixtures/openalex/work-W3101891451.json') as Record<string, unknown>;

/** A small work in OpenAlex's shape, with the fields a test names changed. */
function work(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'https://openalex.org/W1',
    title: 'A Work',
    display_name: 'A Work',
    publication_year: 2021,
    publication_date: '2021-03-04',
    type: 'article',
    authorships: [],
    ...fields,
  };
}

describe('isOpenAlex', () => {
  it('recognises a work, a list response and a bare list of works', () => {
    expect(isOpenAlex(WORK)).to.equal(true);
    expect(isOpenAlex(LIST)).to.equal(true);
    expect(isOpenAlex(LIST.results)).to.equal(true);
    expect(isOpenAlex({ meta: { count: 0 }, results: [] })).to.equal(true);
  });

  it('does not take CSL-JSON or a profile for OpenAlex, even CSL made from OpenAlex works', () => {
    const items = openAlexToItems(LIST, 'x').items;
    expect(isOpenAlex(items)).to.equal(false);
    expect(isOpenAlex([{ id: 'a', type: 'book', title: 'T' }])).to.equal(false);
    expect(isOpenAlex({ basics: { name: 'A' } })).to.equal(false);
    expect(isOpenAlex('W1')).to.equal(false);
    expect(isOpenAlex(null)).to.equal(false);
  });
});

describe('openAlexToItems', () => {
  it('reads a list response into CSL items, in order, with no problems', () => {
    const { items, problems } = openAlexToItems(LIST, 'works.json');
    expect(problems).to.deep.equal([]);
    expect(items.map((item) => [item.id, item.type, item.title])).to.deep.equal([
      ['W3101891451', 'paper-conference', 'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models'],
      ['W3081168214', 'paper-conference', 'DeepSpeed: System Optimizations Enable Training Deep Learning Models with Over 100 Billion Parameters'],
      ['W3123404437', 'article', 'ZeRO-Offload: Democratizing Billion-Scale Model Training'],
      ['W2884398327', 'paper-conference', 'DeepCPU: Serving RNN-based Deep Learning Models 10x Faster'],
    ]);
  });

  it('maps a work: authors, corresponding author, venue, date, DOI, pages, keywords, links, metrics, id', () => {
    const [zero] = openAlexToItems(WORK, 'W3101891451.json').items as [Publication];
    expect(zero.author).to.deep.equal([
      { family: 'Rajbhandari', given: 'Samyam', corresponding: true },
      { family: 'Rasley', given: 'Jeff' },
      { family: 'Ruwase', given: 'Olatunji' },
      { family: 'He', given: 'Yuxiong' },
    ]);
    expect(zero['container-title']).to.equal('SC20: International Conference for High Performance Computing, Networking, Storage and Analysis');
    expect(zero.issued).to.deep.equal({ 'date-parts': [[2020, 11, 1]] });
    expect(zero.DOI).to.equal('10.1109/sc41405.2020.00024');
    // The landing page is the DOI itself: no separate URL.
    expect(zero.URL).to.equal(undefined);
    expect(zero.page).to.equal('1-16');
    expect(zero.keywords).to.deep.equal(['Memory Optimization', 'Model Parallelism']);
    expect(zero.links).to.deep.equal([
      { kind: 'pdf', url: 'https://arxiv.org/pdf/1910.02054' },
      { kind: 'arxiv', url: 'https://arxiv.org/abs/1910.02054' },
    ]);
    expect(zero.openalex).to.equal('W3101891451');
    expect(zero.metrics).to.deep.equal({
      source: 'OpenAlex',
      citations: 1021,
      retrieved: '2025-01-14',
      countsByYear: [
        { year: 2020, citations: 10 },
        { year: 2021, citations: 82 },
        { year: 2022, citations: 178 },
        { year: 2023, citations: 301 },
        { year: 2024, citations: 338 },
        { year: 2025, citations: 112 },
      ],
    });
  });

  it('rebuilds the abstract from the inverted index', () => {
    const [zero] = openAlexToItems(WORK, 'w.json').items as [Publication];
    expect(zero.abstract!.startsWith('Large deep learning models offer significant accuracy gains, but training billions')).to.equal(true);
    expect(zero.abstract!.endsWith('(Turing-NLG, 17B parameters) with record breaking accuracy.')).to.equal(true);
    const { items } = openAlexToItems(work({ abstract_inverted_index: { world: [1], Hello: [0], again: [3], hello: [2] } }), 'w.json');
    expect(items[0]!.abstract).to.equal('Hello world hello again');
  });

  it('maps OpenAlex types to CSL types, telling articles apart by their source', () => {
    const typeOf = (fields: Record<string, unknown>) => openAlexToItems(work(fields), 'w').items[0]!.type;
    const source = (type: string) => ({ primary_location: { source: { display_name: 'Venue', type } } });
    expect(typeOf({ type: 'article', ...source('journal') })).to.equal('article-journal');
    expect(typeOf({ type: 'article', ...source('conference') })).to.equal('paper-conference');
    expect(typeOf({ type: 'article', ...source('repository') })).to.equal('article');
    expect(typeOf({ type: 'article', type_crossref: 'proceedings-article' })).to.equal('paper-conference');
    expect(typeOf({ type: 'preprint' })).to.equal('article');
    expect(typeOf({ type: 'book-chapter' })).to.equal('chapter');
    expect(typeOf({ type: 'dissertation' })).to.equal('thesis');
    expect(typeOf({ type: 'book' })).to.equal('book');
    expect(typeOf({ type: 'dataset' })).to.equal('dataset');
    expect(typeOf({ type: 'paratext' })).to.equal('document');
  });

  it('uses the printed "Family, Given" to split a name, and keeps an author\'s ORCID', () => {
    const { items } = openAlexToItems(
      work({
        authorships: [
          { author: { display_name: 'Reza Yazdani Aminabadi', orcid: 'https://orcid.org/0000-0002-1825-0097' }, raw_author_name: 'Yazdani Aminabadi, Reza' },
          { author: { display_name: 'Ludwig van Beethoven' }, raw_author_name: 'L. van Beethoven' },
          { author: { display_name: null }, raw_author_name: 'Only Raw' },
          { author: { display_name: 'Someone Else' }, raw_author_name: 'Different, Person' },
        ],
      }),
      'w',
    );
    expect(items[0]!.author).to.deep.equal([
      { family: 'Yazdani Aminabadi', given: 'Reza', ORCID: 'https://orcid.org/0000-0002-1825-0097' },
      { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
      { family: 'Raw', given: 'Only' },
      { family: 'Else', given: 'Someone' },
    ]);
  });

  it('turns title markup into text and sub/superscripts the list can show', () => {
    const { items } = openAlexToItems(work({ title: 'CO<sub>2</sub> capture &amp; <i>in vivo</i> R<sup>3</sup>' }), 'w');
    expect(items[0]!.title).to.equal('CO$_{2}$ capture & in vivo R$^{3}$');
  });

  it('uses the publication year when there is no date, and the open-access page as a link', () => {
    const { items } = openAlexToItems(work({ publication_date: null, publication_year: 2019, open_access: { is_oa: true, oa_url: 'https://example.org/paper.html' } }), 'w');
    expect(items[0]!.issued).to.deep.equal({ 'date-parts': [[2019]] });
    expect(items[0]!.links).to.deep.equal([{ kind: 'website', url: 'https://example.org/paper.html' }]);
  });

  it('leaves out a work without a title, and reports it with its JSON path; the rest load', () => {
    const { items, problems } = openAlexToItems(
      { meta: { count: 3 }, results: [work(), work({ id: 'https://openalex.org/W2', title: null, display_name: '' }), 'oops'] },
      'list.json',
    );
    expect(items.map((item) => item.id)).to.deep.equal(['W1']);
    expect(problems).to.deep.equal([
      { source: 'list.json', path: '/results/1', message: '/results/1: the work W2 has no title; it is left out.' },
      { source: 'list.json', path: '/results/2', message: '/results/2: expected a work object, got string; it is left out.' },
    ]);
  });

  it('loses only the bad value: a date, a link with another scheme, a broken abstract index, a bad year count', () => {
    const { items, problems } = openAlexToItems(
      [
        work({
          publication_date: 'March 2021',
          best_oa_location: { pdf_url: 'javascript:alert(1)' },
          abstract_inverted_index: { Hello: [0], world: [-1] },
          counts_by_year: [
            { year: 2022, cited_by_count: 3 },
            { year: '2023', cited_by_count: 'many' },
          ],
          cited_by_count: 3,
        }),
      ],
      'w.json',
    );
    expect(items).to.have.length(1);
    expect(items[0]!.issued).to.deep.equal({ 'date-parts': [[2021]] });
    expect(items[0]!.links).to.equal(undefined);
    expect(items[0]!.abstract).to.equal(undefined);
    expect(items[0]!.metrics).to.deep.equal({ source: 'OpenAlex', citations: 3, countsByYear: [{ year: 2022, citations: 3 }] });
    expect(problems.map((problem) => problem.path)).to.deep.equal(['/0/publication_date', '/0/best_oa_location/pdf_url', '/0/abstract_inverted_index', '/0/counts_by_year/1']);
    expect(problems[1]!.message).to.equal('/0/best_oa_location/pdf_url: the link "javascript:alert(1)" is not an http(s) address; it is left out.');
  });

  it('reads a single work with problem paths from its root, and lists a repeated work once', () => {
    const { problems } = openAlexToItems(work({ publication_year: 'soon', publication_date: undefined }), 'w.json');
    expect(problems.map((problem) => problem.path)).to.deep.equal(['/publication_year']);
    expect(openAlexToItems([work(), work()], 'w').items).to.have.length(1);
  });
});
