import { expect } from 'vitest';
import { parseBibtex } from '../../src/model/bibtex.js';
import { bibtexDependencies, bibtexTitle, entryToBibtex, entryToRis, toBibtex, toCslJson, toRis } from '../../src/model/export.js';
import { entriesFromItems, toEntry, type PubEntry } from '../../src/model/publications.js';
import type { CslName, Link, Profile, Publication, PublicationCategory } from '../../src/model/types.js';
import { fixtureJson } from './fixture-files.js';

const entry = (item: Publication, key = String(item.id)): PubEntry => toEntry(item, key, 'inline');

const conference = entry({
  id: 'rajbhandari2022inference',
  type: 'paper-conference',
  category: 'conference',
  title: 'DeepSpeed-Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale',
  author: [
    { given: 'Samyam', family: 'Rajbhandari' },
    { given: 'Ammar Ahmad', family: 'Awan' },
    { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' },
    { literal: 'DeepSpeed Team' },
  ],
  issued: { 'date-parts': [[2022, 11, 14]] },
  'container-title': 'Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis',
  'event-place': 'Dallas, TX, USA',
  page: '1-15',
  DOI: 'https://doi.org/10.1109/SC41404.2022.00051',
  publisher: 'IEEE',
  venueShort: 'SC 2022',
  acceptanceRate: '81/320=25.3%',
  links: [
    { kind: 'pdf', url: 'https://example.org/ds.pdf' },
    { kind: 'code', url: 'https://github.com/microsoft/DeepSpeed' },
    { kind: 'slides' },
    { kind: 'video', url: 'https://youtu.be/x' },
    { kind: 'project', url: 'https://www.deepspeed.ai/' },
  ],
  selected: true,
  awards: ['Best Paper Finalist'],
  keywords: ['inference', 'systems'],
  abstract: 'We reach 84 TFLOPS (over $50\\%$ of peak) & more.',
  note: 'Also at SC',
  notes: ['Converted by hand.'],
});

const preprint = entry(
  {
    id: 'r3',
    type: 'article',
    category: 'preprint',
    title: 'R$^3$-SQL: Ranking Reward and Resampling for Text-to-SQL',
    author: [{ given: 'Ada', family: 'Lovelace' }],
    issued: { 'date-parts': [[2026, 1]] },
    'container-title': 'arXiv',
    URL: 'https://arxiv.org/abs/2601.00001',
    links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/2601.00001' }],
    venueShort: 'arXiv 2026',
  },
  'r3 sql~2',
);

const ORIGINAL = `@inproceedings{zhang2018deepcpu,
  title     = {Deep{CPU}: Serving {RNN}-based Deep Learning Models 10x Faster},
  author    = {Zhang, Minjia and Rajbhandari, Samyam and Wang, Wenhan and He, Yuxiong},
  booktitle = {2018 USENIX Annual Technical Conference},
  year      = {2018},
  abbr      = {USENIX ATC},
}`;

describe('BibTeX export', () => {
  it('gives an imported entry its original text, exactly', async () => {
    const original = { ...entry({ id: 'zhang2018deepcpu', type: 'paper-conference', title: 'DeepCPU' }), bibtex: ORIGINAL };
    expect(await entryToBibtex(original)).to.equal(ORIGINAL);
    expect(await toBibtex([original])).to.equal(`${ORIGINAL}\n`);
  });

  it('generates an entry with its key, our extension fields, and math kept', async () => {
    expect(await entryToBibtex(conference)).to.equal(`@inproceedings{rajbhandari2022inference,
  author = {Rajbhandari, Samyam and Awan, Ammar Ahmad and van Beethoven, Ludwig and {DeepSpeed Team}},
  title = {{DeepSpeed-Inference:} {Enabling} {Efficient} {Inference} of {Transformer} {Models} at {Unprecedented} {Scale}},
  booktitle = {Proceedings of the {International} {Conference} for {High} {Performance} {Computing}, {Networking}, {Storage} and {Analysis}},
  pages = {1--15},
  year = {2022},
  month = {nov 14},
  organization = {IEEE},
  doi = {10.1109/SC41404.2022.00051},
  note = {Also at SC},
  abstract = {We reach 84 TFLOPS (over $50\\%$ of peak) \\& more.},
  keywords = {inference, systems},
  abbr = {SC 2022},
  selected = {true},
  award = {Best Paper Finalist},
  pdf = {https://example.org/ds.pdf},
  code = {https://github.com/microsoft/DeepSpeed},
  video = {https://youtu.be/x},
  website = {https://www.deepspeed.ai/},
}`);
  });

  it('writes a preprint as an article in its repository, with a key BibTeX accepts', async () => {
    expect(await entryToBibtex(preprint)).to.equal(`@article{r3_sql~2,
  author = {Lovelace, Ada},
  title = {{R$^3$-SQL:} {Ranking} {Reward} and {Resampling} for {Text-to-SQL}},
  journal = {arXiv},
  year = {2026},
  month = {1},
  url = {https://arxiv.org/abs/2601.00001},
  abbr = {arXiv 2026},
}`);
  });

  it('names the category when the entry type does not imply it', async () => {
    const make = (type: string, category: PublicationCategory, extra: Partial<Publication> = {}) =>
      entryToBibtex(entry({ id: 'x', type, category, title: 'X', author: [{ given: 'Ada', family: 'Lovelace' }], issued: { 'date-parts': [[2020]] }, ...extra }));
    const poster = await make('paper-conference', 'poster', { 'container-title': 'PPoPP' });
    expect(poster)
      .to.match(/^@inproceedings\{x,/)
      .and.include('  category = {poster},');
    const workshop = await make('paper-conference', 'workshop', { 'container-title': 'NVMW' });
    expect(workshop).to.include('  category = {workshop},');
    const namedWorkshop = await make('paper-conference', 'workshop', { 'container-title': '12th Non-Volatile Memories Workshop' });
    expect(namedWorkshop).to.not.include('category');
    expect(await make('patent', 'patent', { number: 'US 1' }))
      .to.match(/^@patent\{x,/)
      .and.not.include('category');
    expect(await make('report', 'technical-report', { publisher: 'OSU' }))
      .to.match(/^@techreport\{x,/)
      .and.include('institution = {OSU}');
    expect(await make('thesis', 'thesis', { publisher: 'OSU', genre: 'PhD thesis' }))
      .to.match(/^@phdthesis\{x,/)
      .and.include('school = {OSU}');
    expect(await make('chapter', 'chapter', { 'container-title': 'Handbook' }))
      .to.match(/^@inbook\{x,/)
      .and.include('booktitle = {Handbook}');
    expect(await make('article-journal', 'journal', { 'container-title': 'TOPC' }))
      .to.match(/^@article\{x,/)
      .and.not.include('category');
  });

  it('protects capitals and escapes specials in titles, keeping math whole', () => {
    expect(bibtexTitle('R$^3$-SQL for $O(n \\log n)$ GPUs: 50% & more_x')).to.equal('{R$^3$-SQL} for $O(n \\log n)$ {GPUs:} 50\\% \\& more\\_x');
    expect(bibtexTitle('Über Zürich and the {Braces}')).to.equal('Über {Zürich} and the {\\{Braces\\}}');
  });

  it('finds what an original entry needs from elsewhere in its file', () => {
    expect(bibtexDependencies('@article{a, journal = jmlr, month = jan, year = 2020, title = {x = y}, crossref = {parent}, note = "a {"} b" # extra}')).to.deep.equal({
      macros: ['jmlr', 'extra'],
      crossrefs: ['parent'],
    });
    expect(bibtexDependencies('@string{jmlr = {JMLR}}\n@article{a, journal = jmlr, month = dec}')).to.deep.equal({ macros: [], crossrefs: [] });
    expect(bibtexDependencies(ORIGINAL)).to.deep.equal({ macros: [], crossrefs: [] });
  });

  it('exports a list in order, generating entries whose original text needs macros or parents not exported', async () => {
    const { entries, problems } = await parseBibtex(
      `@string{atc = {USENIX Annual Technical Conference}}
${ORIGINAL}

@inproceedings{ren2021zero,
  title = {{ZeRO-Offload}: Democratizing Billion-Scale Model Training},
  author = {Ren, Jie and Rajbhandari, Samyam},
  booktitle = atc,
  year = 2021,
  month = jul,
}

@inproceedings{child, title = {A Child}, author = {Lovelace, Ada}, crossref = {proc}}
@proceedings{proc, title = {The Proceedings}, booktitle = {The Proceedings}, year = 2020}
`,
      'test.bib',
    );
    expect(problems).to.deep.equal([]);
    const [deepcpu, zero, child, proc] = entries;
    const full = await toBibtex(entries);
    expect(full.startsWith(`${ORIGINAL}\n\n@inproceedings{ren2021zero,\n  author = {Ren, Jie and Rajbhandari, Samyam},`)).to.equal(true);
    expect(full).to.include('booktitle = {USENIX {Annual} {Technical} {Conference}}');
    expect(full).to.include(child!.bibtex).and.include(proc!.bibtex);
    // Without its parent, the child is generated (with the fields the parent gave it).
    const alone = await toBibtex([deepcpu!, zero!, child!]);
    expect(alone).to.not.include('crossref');
    expect(alone).to.include('@inproceedings{child,');

    const again = await parseBibtex(full, 'again.bib');
    expect(again.problems).to.deep.equal([]);
    expect(again.entries.map((e) => [e.key, e.title, e.venue, e.year])).to.deep.equal(entries.map((e) => [e.key, e.title, e.venue, e.year]));
  });
});

describe('BibTeX round trip', () => {
  /** What an entry shows: the fields that must survive export and import. */
  const shown = (e: PubEntry) => ({
    key: e.key,
    title: e.title,
    authors: e.authors.map((name) => [name.family, name.given, name.literal].filter(Boolean).join('|')),
    year: e.year,
    venue: e.venue,
    venueShort: e.venueShort,
    category: e.category,
    links: e.links
      .filter((link) => link.url)
      .map((link) => `${link.kind === 'project' ? 'website' : link.kind} ${link.url}`)
      .sort(),
    keywords: e.keywords,
    selected: e.item.selected === true,
    awards: (e.item.awards ?? []).join('; '),
    // Exported bare ("10.1109/…"), whatever form the source used.
    doi: e.item.DOI?.replace(/^https:\/\/doi\.org\//, ''),
  });

  it('gives back the four seed profiles’ publications', async () => {
    const taken = new Set<string>();
    const all: PubEntry[] = [];
    for (const name of ['heyang-qin', 'minjia-zhang', 'samyam-rajbhandari', 'yuxiong-he']) {
      const profile = fixtureJson(`/demo/profiles/${name}.json`) as Profile;
      all.push(...entriesFromItems(profile.publications ?? [], name, taken));
    }
    const { entries, problems } = await parseBibtex(await toBibtex(all), 'export.bib');
    expect(problems).to.deep.equal([]);
    expect(entries.map(shown)).to.deep.equal(all.map(shown));
  });

  it('gives back titles with math, accents and specials, names with particles, and every link kind', async () => {
    const tricky = [
      conference,
      preprint,
      entry({
        id: 'muller',
        type: 'article-journal',
        title: 'Über $L_0$ & $\\alpha$-Entmax: 100% Müller’s {Braces}',
        author: [
          { given: 'Jörg', family: 'Müller' },
          { given: 'Charles', 'non-dropping-particle': 'de', family: 'Gaulle' },
        ],
        issued: { 'date-parts': [[2019, 5]] },
        'container-title': 'Journal of Ümlauts & Co',
        links: [
          { kind: 'poster', url: 'https://example.org/poster.pdf' },
          { kind: 'slides', url: 'https://example.org/slides.pdf' },
          { kind: 'website', url: 'https://example.org/' },
          { kind: 'supplement', url: 'https://example.org/supp.zip' },
          { kind: 'blog', url: 'https://example.org/blog' },
        ],
        keywords: ['sparsity', 'norms'],
      }),
    ];
    const { entries, problems } = await parseBibtex(await toBibtex(tricky), 'tricky.bib');
    expect(problems).to.deep.equal([]);
    expect(entries.map(shown)).to.deep.equal(tricky.map(shown).map((e) => ({ ...e, key: e.key.replace(' ', '_') })));
  });
});

describe('RIS export', () => {
  it('writes one record with every field it has', () => {
    expect(entryToRis(conference).split('\r\n')).to.deep.equal([
      'TY  - CONF',
      'AU  - Rajbhandari, Samyam',
      'AU  - Awan, Ammar Ahmad',
      'AU  - van Beethoven, Ludwig',
      'AU  - DeepSpeed Team',
      'TI  - DeepSpeed-Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale',
      'T2  - Proceedings of the International Conference for High Performance Computing, Networking, Storage and Analysis',
      'J2  - SC 2022',
      'PY  - 2022',
      'DA  - 2022/11/14/',
      'SP  - 1',
      'EP  - 15',
      'PB  - IEEE',
      'CY  - Dallas, TX, USA',
      'DO  - 10.1109/SC41404.2022.00051',
      'UR  - https://www.deepspeed.ai/',
      'L1  - https://example.org/ds.pdf',
      'AB  - We reach 84 TFLOPS (over 50% of peak) & more.',
      'KW  - inference',
      'KW  - systems',
      'N1  - Also at SC',
      'N1  - Award: Best Paper Finalist',
      'ER  - ',
      '',
    ]);
  });

  it('writes a preprint with its math as text, journals under JO', () => {
    expect(entryToRis(preprint)).to.equal(
      [
        'TY  - UNPB',
        'AU  - Lovelace, Ada',
        'TI  - R³-SQL: Ranking Reward and Resampling for Text-to-SQL',
        'T2  - arXiv',
        'J2  - arXiv 2026',
        'PY  - 2026',
        'DA  - 2026/01//',
        'UR  - https://arxiv.org/abs/2601.00001',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
    const journal = entry({
      id: 'j',
      type: 'article-journal',
      title: 'J',
      author: [{ given: 'H.', family: 'Qin', suffix: 'Jr.' }],
      'container-title': 'IEEE IoT Journal',
      volume: 7,
      issue: '7',
      page: '6325–6337',
    });
    expect(entryToRis(journal).split('\r\n')).to.deep.equal([
      'TY  - JOUR',
      'AU  - Qin, H., Jr.',
      'TI  - J',
      'JO  - IEEE IoT Journal',
      'VL  - 7',
      'IS  - 7',
      'SP  - 6325',
      'EP  - 6337',
      'ER  - ',
      '',
    ]);
  });

  it('types each category, with inventors as authors for patents', () => {
    const types: Array<[string, PublicationCategory, string]> = [
      ['paper-conference', 'conference', 'CONF'],
      ['paper-conference', 'workshop', 'CONF'],
      ['article-journal', 'journal', 'JOUR'],
      ['report', 'technical-report', 'RPRT'],
      ['patent', 'patent', 'PAT'],
      ['thesis', 'thesis', 'THES'],
      ['book', 'book', 'BOOK'],
      ['chapter', 'chapter', 'CHAP'],
      ['article', 'preprint', 'UNPB'],
      ['document', 'other', 'GEN'],
    ];
    for (const [type, category, ty] of types) expect(entryToRis(entry({ id: 'x', type, category, title: 'X' }))).to.match(new RegExp(`^TY  - ${ty}\r\n`));
    const patent = entry({ id: 'p', type: 'patent', title: 'Deep Learning Model Scheduling', inventor: [{ given: 'Minjia', family: 'Zhang' }], number: 'US 10,223,456' });
    expect(entryToRis(patent)).to.include('AU  - Zhang, Minjia\r\n').and.include('M1  - US 10,223,456\r\n');
  });

  it('separates records with a blank line', () => {
    const file = toRis([conference, preprint]);
    expect(file.match(/^TY {2}- /gm)).to.have.length(2);
    expect(file).to.include('ER  - \r\n\r\nTY  - UNPB');
    expect(toRis([])).to.equal('');
  });
});

describe('CSL-JSON export', () => {
  it('writes the items as the sources gave them, extensions kept, ids made the list keys', () => {
    const json = toCslJson([conference, preprint]);
    expect(json).to.match(/^\[\n {2}\{\n {4}"id": "rajbhandari2022inference",/);
    const items = JSON.parse(json) as Publication[];
    expect(items).to.deep.equal([conference.item, { ...preprint.item, id: 'r3 sql~2' }]);
    expect(items[0]!.venueShort).to.equal('SC 2022');
    expect(items[0]!.links).to.have.length(5);
    expect(toCslJson([])).to.equal('[]\n');
  });
});

describe('exports of entries whose items hold values of the wrong kind', () => {
  // Entries made without checking their items (checked ones never hold such values): the writers must not fail.
  const odd = (): PubEntry => {
    const item: Publication = {
      id: 'odd',
      type: 'article-journal',
      title: 'Odd values',
      note: { toString: '' } as unknown as string,
      volume: { toString: () => 'seven' },
      issue: 10n,
      page: ['1', '2'],
      author: [{ family: 'Lovelace', given: { toString: '' } as unknown as string }, null as unknown as CslName],
      editor: 'not a list' as unknown as CslName[],
      awards: [{ toString: '' }, 'Best Paper', 3] as unknown as string[],
      links: [
        null,
        5,
        { kind: 'constructor', url: 'https://example.org/c' },
        { kind: 'pdf', url: { href: 'x' } },
        { kind: 'code', url: 'https://example.org/code' },
      ] as unknown as Link[],
      when: new Date(Date.UTC(2020, 0, 2)),
      run: () => 1,
    };
    item.self = item;
    return entry(item);
  };

  it('writes RIS without the values that are not text or numbers, never "[object Object]"', () => {
    const ris = toRis([odd()]);
    expect(ris).to.equal(['TY  - JOUR', 'AU  - Lovelace', 'TI  - Odd values', 'N1  - Award: Best Paper', 'ER  - ', ''].join('\r\n'));
  });

  it('writes CSL-JSON without values JSON cannot hold (a loop, a BigInt, a function), keeping the rest', () => {
    const [written] = JSON.parse(toCslJson([odd()])) as Array<Record<string, unknown>>;
    expect(written!.issue).to.equal(undefined);
    expect(written!.run).to.equal(undefined);
    expect(written!.when).to.equal('2020-01-02T00:00:00.000Z');
    expect(written!.note).to.deep.equal({ toString: '' });
    expect(written!.page).to.deep.equal(['1', '2']);
    // The item once, inside it the loop cut where it comes back.
    expect((written!.self as Record<string, unknown>).title).to.equal('Odd values');
    expect((written!.self as Record<string, unknown>).self).to.equal(undefined);
  });

  it('writes BibTeX from the link objects and award texts only; a link kind named like an Object member is no field', async () => {
    const bibtex = await toBibtex([odd()]);
    expect(bibtex).to.contain('code = {https://example.org/code}');
    expect(bibtex).to.contain('award = {Best Paper}');
    expect(bibtex).not.to.match(/constructor|object Object|function/);
  });
});
