import { expect } from 'vitest';
import { looksLikeRis, parseRis, risToItems } from '../../src/model/ris.js';
import { fixtureText } from './fixture-files.js';

const PAPERS = fixtureText('/test/fixtures/ris/papers.ris');
const BROKEN = fixtureText('/test/fixtures/ris/broken.ris');

describe('looksLikeRis', () => {
  it('finds a record start at the start of a line', () => {
    expect(looksLikeRis(PAPERS)).to.equal(true);
    expect(looksLikeRis('Exported\n\nTY  - JOUR\nTI  - x\nER  - ')).to.equal(true);
    expect(looksLikeRis('@article{TY  - x}')).to.equal(false);
  });
});

describe('risToItems', () => {
  it('reads an export with CRLF line ends: types, authors, dates, venues, DOI, pages', () => {
    const { items, problems } = risToItems(PAPERS, 'papers.ris');
    expect(problems).to.deep.equal([]);
    expect(items.map((item) => [item.type, item.title, item.issued])).to.deep.equal([
      ['paper-conference', 'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models', { 'date-parts': [[2020, 11]] }],
      ['paper-conference', 'DeepSpeed: System Optimizations Enable Training Deep Learning Models with Over 100 Billion Parameters', { 'date-parts': [[2020, 8, 23]] }],
      ['article', 'ZeRO-Offload: Democratizing Billion-Scale Model Training', { 'date-parts': [[2021, 1, 18]] }],
      ['article-journal', 'SHARP: An Adaptable, Energy-Efficient Accelerator for Recurrent Neural Networks', { 'date-parts': [[2022]] }],
    ]);
    const [zero, deepspeed, offload, sharp] = items;
    expect(zero!.author).to.deep.equal([
      { family: 'Rajbhandari', given: 'Samyam' },
      { family: 'Rasley', given: 'Jeff' },
      { family: 'Ruwase', given: 'Olatunji' },
      { family: 'He', given: 'Yuxiong' },
    ]);
    expect(zero!.DOI).to.equal('10.1109/SC41405.2020.00024');
    expect(zero!.page).to.equal('1-16');
    expect(zero!.ISBN).to.equal('978-1-7281-9998-6');
    expect(zero!.keywords).to.deep.equal(['Memory management', 'Training', 'Data models']);
    // C3 is the proceedings, T2 the conference.
    expect(deepspeed!['container-title']).to.equal('Proceedings of the 26th ACM SIGKDD International Conference on Knowledge Discovery & Data Mining');
    expect(deepspeed!['event-title']).to.equal("KDD '20: The 26th ACM SIGKDD Conference on Knowledge Discovery and Data Mining");
    expect(deepspeed!['title-short']).to.equal('DeepSpeed');
    expect(offload!.author![2]).to.deep.equal({ family: 'Yazdani Aminabadi', given: 'Reza' });
    expect(offload!.publisher).to.equal('arXiv');
    expect(offload!.abstract!.startsWith('Large-scale model training has been a playing ground')).to.equal(true);
    expect(sharp!['container-title']).to.equal('ACM Transactions on Embedded Computing Systems');
    expect(sharp!['container-title-short']).to.equal('ACM Trans. Embed. Comput. Syst.');
    expect(sharp!.author![5]).to.deep.equal({ family: 'González', given: 'Antonio' });
  });

  it('reads record by record: a broken record is a problem with its line, and the rest load', () => {
    const { items, problems } = risToItems(BROKEN, 'broken.ris');
    expect(items.map((item) => item.id)).to.deep.equal(['good-one', 'bad-values', 'never-ended', 'odd-type']);
    expect(problems.map((problem) => [problem.line, problem.path, problem.message])).to.deep.equal([
      [1, '', 'line 1: text outside a record is ignored (a record starts with "TY  - ").'],
      [10, 'no-title', '"no-title" (line 10): the record has no title (TI or T1); it is left out.'],
      [20, 'bad-values', '"bad-values" (line 20): PY "n.d." is not a date with a year (e.g. "2020" or "2020/11/09"); it is left out.'],
      [21, 'bad-values', '"bad-values" (line 21): DO "not a doi" is not a DOI; it is left out.'],
      [22, 'bad-values', '"bad-values" (line 22): UR "javascript:alert(1)" is not an http(s) address; it is left out.'],
      [34, 'odd-type', '"odd-type" (line 34): TY "XYZ" is not a known RIS reference type; the record is read as a generic document.'],
    ]);
    expect(problems.every((problem) => problem.source === 'broken.ris')).to.equal(true);
  });

  it('loses only the bad values of a record, joins wrapped lines, and ends a record at the next TY', () => {
    const items = risToItems(BROKEN, 'broken.ris').items;
    const bad = items.find((item) => item.id === 'bad-values')!;
    expect(bad.issued).to.equal(undefined);
    expect(bad.DOI).to.equal(undefined);
    expect(bad.URL).to.equal('https://example.org/paper');
    expect(bad.abstract).to.equal('An abstract that a reference manager wrapped over three lines.');
    const book = items.find((item) => item.id === 'never-ended')!;
    expect([book.type, book.title, book.issued]).to.deep.equal(['book', 'A Book Whose Record Has No End Line', { 'date-parts': [[1968]] }]);
    expect(book.author).to.deep.equal([{ family: 'Knuth', given: 'Donald E.' }]);
    expect(items.find((item) => item.id === 'odd-type')!.issued).to.deep.equal({ 'date-parts': [[2001, 5, 17]] });
  });

  it('maps reference types, editors, patents, extra URLs and web-addressed files', () => {
    const { items } = risToItems(
      [
        'TY  - CHAP',
        'TI  - A Chapter',
        'A2  - Editor, Ed',
        'T2  - The Book',
        'SN  - 0-306-40615-2',
        'ER  - ',
        'TY  - THES',
        'TI  - A Thesis',
        'AU  - Student, A.',
        'PB  - University of Somewhere',
        'ER  - ',
        'TY  - PAT',
        'TI  - A Patent',
        'AU  - Inventor, I.',
        'ER  - ',
        'TY  - RPRT',
        'TI  - A Report',
        'UR  - https://example.org/r',
        'UR  - https://arxiv.org/abs/2101.06840',
        'L1  - https://example.org/r.pdf',
        'L1  - file:///C:/papers/r.pdf',
        'ER  - ',
      ].join('\n'),
      'types.ris',
    );
    expect(items.map((item) => item.type)).to.deep.equal(['chapter', 'thesis', 'patent', 'report']);
    expect(items[0]!.editor).to.deep.equal([{ family: 'Editor', given: 'Ed' }]);
    expect(items[0]!['container-title']).to.equal('The Book');
    expect(items[0]!.ISBN).to.equal('0-306-40615-2');
    expect(items[1]!.publisher).to.equal('University of Somewhere');
    expect(items[2]!.inventor).to.deep.equal([{ family: 'Inventor', given: 'I.' }]);
    expect(items[2]!.author).to.equal(undefined);
    expect(items[3]!.URL).to.equal('https://example.org/r');
    expect(items[3]!.links).to.deep.equal([
      { kind: 'arxiv', url: 'https://arxiv.org/abs/2101.06840' },
      { kind: 'pdf', url: 'https://example.org/r.pdf' },
    ]);
  });

  it('says so when a text holds no records at all', () => {
    expect(risToItems('just some words', 'x.ris').problems.map((problem) => problem.message)).to.deep.equal([
      'line 1: text outside a record is ignored (a record starts with "TY  - ").',
    ]);
    expect(risToItems('', 'x.ris')).to.deep.equal({ items: [], problems: [] });
  });
});

describe('parseRis', () => {
  it('gives entries with the line each record starts on', () => {
    const { entries } = parseRis(BROKEN, 'broken.ris');
    expect(entries.map((entry) => [entry.key, entry.line, entry.source])).to.deep.equal([
      ['good-one', 3, 'broken.ris'],
      ['bad-values', 16, 'broken.ris'],
      ['never-ended', 29, 'broken.ris'],
      ['odd-type', 34, 'broken.ris'],
    ]);
    expect(parseRis(PAPERS, 'papers.ris').entries.map((entry) => entry.category)).to.deep.equal(['conference', 'conference', 'preprint', 'journal']);
  });
});
