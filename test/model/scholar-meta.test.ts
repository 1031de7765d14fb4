import { expect } from 'vitest';
import { mathToPlainText } from '../../src/model/tex-text.js';
import { toEntry } from '../../src/model/publications.js';
import { absoluteUrl, citationAuthor, scholarMetaGroups, scholarMetaTags, type MetaTag } from '../../src/model/scholar-meta.js';
import type { Publication } from '../../src/model/types.js';

const entry = (item: Partial<Publication>) => toEntry({ id: 'x', type: 'paper-conference', title: 'A title', ...item } as Publication, 'x', 'test');
const pairs = (tags: MetaTag[]) => tags.map((tag) => [tag.name, tag.content]);
const content = (tags: MetaTag[], name: string) => tags.filter((tag) => tag.name === name).map((tag) => tag.content);

describe('Google Scholar citation_* meta tags', () => {
  it('describes a conference paper: title, one tag per author in order, date, conference, pages, DOI', () => {
    const tags = scholarMetaTags(
      entry({
        title: 'ZeRO++: Extremely Efficient Collective Communication for Large Model Training',
        author: [
          { given: 'Heyang', family: 'Qin', equal: true },
          { given: 'Sam Ade', family: 'Jacobs' },
          { given: 'Reza', family: 'Yazdani Aminabadi' },
          { given: 'Ludwig', family: 'Beethoven', 'non-dropping-particle': 'van' },
          { given: 'Martin Luther', family: 'King', suffix: 'Jr.' },
          { literal: 'DeepSpeed Team' },
        ],
        'container-title': 'The Twelfth International Conference on Learning Representations',
        issued: { 'date-parts': [[2023, 5, 1]] },
        page: '101–115',
        DOI: '10.48550/arXiv.2306.10209',
      }),
    );
    expect(pairs(tags)).to.deep.equal([
      ['citation_title', 'ZeRO++: Extremely Efficient Collective Communication for Large Model Training'],
      ['citation_author', 'Qin, Heyang'],
      ['citation_author', 'Jacobs, Sam Ade'],
      ['citation_author', 'Yazdani Aminabadi, Reza'],
      ['citation_author', 'van Beethoven, Ludwig'],
      ['citation_author', 'King, Martin Luther, Jr.'],
      ['citation_author', 'DeepSpeed Team'],
      ['citation_publication_date', '2023/05/01'],
      ['citation_conference_title', 'The Twelfth International Conference on Learning Representations'],
      ['citation_firstpage', '101'],
      ['citation_lastpage', '115'],
      ['citation_doi', '10.48550/arXiv.2306.10209'],
    ]);
  });

  it('names a journal article by its journal, with volume, issue and publisher', () => {
    const tags = scholarMetaTags(
      entry({ type: 'article-journal', 'container-title': 'Proceedings of the VLDB Endowment', volume: '15', issue: 12, publisher: 'VLDB', issued: { 'date-parts': [[2022, 8]] } }),
    );
    expect(content(tags, 'citation_journal_title')).to.deep.equal(['Proceedings of the VLDB Endowment']);
    expect(content(tags, 'citation_conference_title')).to.deep.equal([]);
    expect(content(tags, 'citation_volume')).to.deep.equal(['15']);
    expect(content(tags, 'citation_issue')).to.deep.equal(['12']);
    expect(content(tags, 'citation_publisher')).to.deep.equal(['VLDB']);
    expect(content(tags, 'citation_publication_date')).to.deep.equal(['2022/08']);
  });

  it('falls back on the short venue when that is all the data gives', () => {
    expect(content(scholarMetaTags(entry({ venueShort: 'NSDI 2022' })), 'citation_conference_title')).to.deep.equal(['NSDI 2022']);
    expect(content(scholarMetaTags(entry({ type: 'article-journal', venueShort: 'PVLDB' })), 'citation_journal_title')).to.deep.equal(['PVLDB']);
  });

  it('names the institution of a technical report and of a thesis', () => {
    const report = scholarMetaTags(entry({ type: 'report', publisher: 'Microsoft Research', number: 'MSR-TR-2020-1', issued: { 'date-parts': [[2020]] } }));
    expect(content(report, 'citation_technical_report_institution')).to.deep.equal(['Microsoft Research']);
    expect(content(report, 'citation_technical_report_number')).to.deep.equal(['MSR-TR-2020-1']);
    expect(content(report, 'citation_publication_date')).to.deep.equal(['2020']);
    const thesis = scholarMetaTags(entry({ type: 'thesis', publisher: 'The Ohio State University' }));
    expect(content(thesis, 'citation_dissertation_institution')).to.deep.equal(['The Ohio State University']);
  });

  it('takes the DOI from a doi.org address or a DOI link, bare', () => {
    expect(content(scholarMetaTags(entry({ DOI: 'https://doi.org/10.1145/3458817.3476205' })), 'citation_doi')).to.deep.equal(['10.1145/3458817.3476205']);
    expect(content(scholarMetaTags(entry({ links: [{ kind: 'doi', url: 'https://dx.doi.org/10.1109/SC.2018.00015' }] })), 'citation_doi')).to.deep.equal(['10.1109/SC.2018.00015']);
    expect(content(scholarMetaTags(entry({ DOI: 'not a doi' })), 'citation_doi')).to.deep.equal([]);
  });

  it('gives the PDF and the abstract page when there are links to them', () => {
    const pdfLink = scholarMetaTags(
      entry({
        links: [
          { kind: 'slides', url: 'https://example.org/slides.pdf' },
          { kind: 'pdf', url: 'https://example.org/paper.pdf' },
          { kind: 'website', url: 'https://example.org/paper/' },
        ],
      }),
    );
    expect(content(pdfLink, 'citation_pdf_url')).to.deep.equal(['https://example.org/paper.pdf']);
    expect(content(pdfLink, 'citation_abstract_html_url')).to.deep.equal(['https://example.org/paper/']);

    // An arXiv PDF address is the PDF; an arXiv abstract address is the abstract page.
    expect(content(scholarMetaTags(entry({ URL: 'https://arxiv.org/pdf/2107.13052.pdf' })), 'citation_pdf_url')).to.deep.equal(['https://arxiv.org/pdf/2107.13052.pdf']);
    const abs = scholarMetaTags(entry({ links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/2201.05596' }] }));
    expect(content(abs, 'citation_abstract_html_url')).to.deep.equal(['https://arxiv.org/abs/2201.05596']);
    expect(content(abs, 'citation_pdf_url')).to.deep.equal([]);

    // A link the data names without an address gives nothing.
    expect(content(scholarMetaTags(entry({ links: [{ kind: 'pdf' }, { kind: 'slides' }] })), 'citation_pdf_url')).to.deep.equal([]);
  });

  it('resolves relative links against the base URL, and leaves them out without one', () => {
    const item = entry({
      links: [
        { kind: 'pdf', url: 'papers/x.pdf' },
        { kind: 'project', url: '/projects/x' },
      ],
    });
    expect(content(scholarMetaTags(item), 'citation_pdf_url')).to.deep.equal([]);
    expect(content(scholarMetaTags(item), 'citation_abstract_html_url')).to.deep.equal([]);
    const based = scholarMetaTags(item, { baseUrl: 'https://example.edu/~ada/' });
    expect(content(based, 'citation_pdf_url')).to.deep.equal(['https://example.edu/~ada/papers/x.pdf']);
    expect(content(based, 'citation_abstract_html_url')).to.deep.equal(['https://example.edu/projects/x']);
  });

  it('never points at a script or a local file', () => {
    const tags = scholarMetaTags(
      entry({
        links: [
          { kind: 'pdf', url: 'javascript:alert(1)//.pdf' },
          { kind: 'pdf', url: 'data:application/pdf;base64,JVBERi0=' },
          { kind: 'website', url: 'file:///etc/passwd' },
        ],
      }),
      { baseUrl: 'https://example.org/' },
    );
    expect(content(tags, 'citation_pdf_url')).to.deep.equal([]);
    expect(content(tags, 'citation_abstract_html_url')).to.deep.equal([]);
    expect(absoluteUrl('mailto:a@example.org')).to.equal(undefined);
    expect(absoluteUrl('//cdn.example.org/a.pdf', 'https://example.org/')).to.equal('https://cdn.example.org/a.pdf');
  });

  it('writes titles as plain text, math included', () => {
    expect(content(scholarMetaTags(entry({ title: 'R$^3$-SQL: Ranking Reward' })), 'citation_title')).to.deep.equal(['R^3-SQL: Ranking Reward']);
    expect(content(scholarMetaTags(entry({ title: 'R$^3$-SQL: Ranking Reward' }), { plainTitle: mathToPlainText }), 'citation_title')).to.deep.equal(['R³-SQL: Ranking Reward']);
  });

  it('leaves out what the data does not give, and folds whitespace', () => {
    const tags = scholarMetaTags(entry({ title: '  A   title\n on two lines ', author: [{ family: 'Solo' }, { given: '  ' }] }));
    expect(pairs(tags)).to.deep.equal([
      ['citation_title', 'A title on two lines'],
      ['citation_author', 'Solo'],
    ]);
  });

  it('makes one group per publication, in order', () => {
    const groups = scholarMetaGroups([entry({ title: 'First' }), entry({ title: 'Second' })]);
    expect(groups.map((group) => group[0])).to.deep.equal([
      { name: 'citation_title', content: 'First' },
      { name: 'citation_title', content: 'Second' },
    ]);
  });

  it('writes authors as "Family, Given"', () => {
    expect(citationAuthor({ given: 'Minjia', family: 'Zhang' })).to.equal('Zhang, Minjia');
    expect(citationAuthor({ given: 'Vincent', family: 'Gogh', 'non-dropping-particle': 'van' })).to.equal('van Gogh, Vincent');
    expect(citationAuthor({ family: 'Plato' })).to.equal('Plato');
    expect(citationAuthor({ given: 'Cher' })).to.equal('Cher');
    expect(citationAuthor({})).to.equal(undefined);
  });
});
