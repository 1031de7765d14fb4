import { expect } from 'vitest';
import { MAX_BIBTEX_BRACE_DEPTH, parseBibtex } from '../../src/model/bibtex.js';
import { formatCslName } from '../../src/model/names.js';
import type { PubEntry, PubImport } from '../../src/model/publications.js';
import { fixtureBytes, fixtureText } from './fixture-files.js';

const FIXTURES = '/test/fixtures/bibtex/';

async function parseFixture(name: string): Promise<{ text: string; result: PubImport; byKey: Map<string, PubEntry> }> {
  const text = fixtureText(FIXTURES + name);
  const result = await parseBibtex(text, name);
  return { text, result, byKey: new Map(result.entries.map((entry) => [entry.key, entry])) };
}

function entry(byKey: Map<string, PubEntry>, key: string): PubEntry {
  const found = byKey.get(key);
  if (!found) throw new Error(`no entry "${key}" (have ${[...byKey.keys()].join(', ')})`);
  return found;
}

const names = (entry: PubEntry) => entry.authors.map(formatCslName);

describe('parseBibtex', () => {
  it('turns LaTeX accents and commands into Unicode (composed, dotless i resolved)', async () => {
    const { result, byKey } = await parseFixture('accents.bib');
    expect(result.problems).to.deep.equal([]);
    const first = entry(byKey, 'accents2020');
    // "~" is a no-break space; "\&" an ampersand; "{\'{\i}}" and "{\'\i}" are a plain "í".
    expect(first.title).to.equal('Schönheit in Großstädten: Ça va, María? & Co.\u00a0Ltd');
    expect(names(first)).to.deep.equal(['Jörg Müller', 'María García', 'René François', 'Antonín Dvořák', 'Anders Ångström']);
    expect(first.venue).to.equal('Journal of Naïve Results');
    expect(first.item.note).to.equal('Received à la carte; łódź – Øresund');
    expect(first.item.page).to.equal('1-10');
    const second = entry(byKey, 'accents2021');
    expect(second.title).to.equal('índices and über-ôptimal ñandu');
    expect(names(second)).to.deep.equal(['Paul Erdős', 'Maria Skłodowska']);
    expect(second.venue).to.equal('Proceedings of the IEEE Conference on Öko-Systems');
    for (const text of [first.title, second.title, ...names(first), ...names(second)]) {
      expect(text).to.equal(text.normalize('NFC'));
      expect(text).not.to.match(/[ı{}\\]|[\u0300-\u036f]/);
    }
  });

  it('resolves @string macros (any case, nested, parenthesised), # concatenation and month macros', async () => {
    const { result, byKey } = await parseFixture('macros.bib');
    expect(result.problems).to.deep.equal([]);
    expect(result.entries.map((e) => e.key)).to.deep.equal(['macro2021', 'nested2022', 'months2019']);
    const macro = entry(byKey, 'macro2021');
    expect(macro.venue).to.equal('Advances in Neural Information Processing Systems 34');
    expect(macro.date).to.deep.equal({ year: 2021, month: 12 });
    const nested = entry(byKey, 'nested2022');
    expect(nested.title).to.equal('Nested Macros and Quotes');
    expect(nested.venue).to.equal('Proceedings of the Annual Meeting of the ACL');
    expect(nested.item.publisher).to.equal('ACM');
    expect(nested.date).to.deep.equal({ year: 2022, month: 7 });
    const months = entry(byKey, 'months2019');
    expect(months.venue).to.equal('Journal of Months');
    expect(months.date).to.deep.equal({ year: 2019, month: 2 });
  });

  it('keeps a braced name whole and reads particles and suffixes', async () => {
    const { byKey } = await parseFixture('names.bib');
    const work = entry(byKey, 'names2018');
    expect(work.authors.slice(0, 2)).to.deep.equal([{ family: 'Osborn, H. P.' }, { family: 'European Space Agency' }]);
    expect(work.authors[2]).to.deep.equal({ given: 'Jan', family: 'Berg', 'non-dropping-particle': 'van der' });
    expect(work.authors[3]).to.deep.equal({ given: 'Jean', family: 'Fontaine', 'non-dropping-particle': 'de la' });
    expect(work.authors[4]).to.deep.equal({ given: 'John', family: 'Smith', suffix: 'Jr.' });
    expect(names(work)).to.deep.equal(['Osborn, H. P.', 'European Space Agency', 'Jan van der Berg', 'Jean de la Fontaine', 'John Smith Jr.', 'Ludwig van Beethoven', 'M. Zhang']);
    expect(work.item.editor).to.deep.equal([{ family: 'The Editors' }]);
  });

  it('keeps an entry without a year, undated', async () => {
    const { result, byKey } = await parseFixture('missing-year.bib');
    expect(result.problems).to.deep.equal([]);
    const undated = entry(byKey, 'noyear');
    expect(undated.title).to.equal('A Work Without a Year');
    expect(names(undated)).to.deep.equal(['Ann Nobody']);
    expect(undated.year).to.equal(undefined);
    expect(undated.date).to.equal(undefined);
    expect(undated.item.issued).to.equal(undefined);
    expect(entry(byKey, 'withyear').year).to.equal(1999);
  });

  it('keeps both entries of a duplicate key: the list key gets a suffix, the item id stays as written', async () => {
    const { result } = await parseFixture('duplicates.bib');
    expect(result.problems).to.deep.equal([]);
    expect(result.entries.map((e) => [e.key, e.item.id, e.title, e.line, e.year])).to.deep.equal([
      ['same2020', 'same2020', 'First of Two', 1, 2020],
      ['same2020~2', 'same2020', 'Second of Two', 8, 2021],
    ]);
    expect(result.entries.map((e) => e.category)).to.deep.equal(['journal', 'conference']);
  });

  it('reports a broken entry (key, line, reason) and keeps every other entry', async () => {
    const { result, byKey } = await parseFixture('broken.bib');
    expect(result.entries.map((e) => e.key)).to.deep.equal(['good1', 'good2', 'good3', 'good4']);
    expect(result.entries.map((e) => e.title)).to.deep.equal(['The First Good Entry', 'The Second Good Entry', 'The Third Good Entry', 'The Fourth Good Entry']);
    expect(names(entry(byKey, 'good2'))).to.deep.equal(['Carol Carter']);
    expect(entry(byKey, 'good3').venue).to.equal('Good Press');
    expect(result.problems.map(({ path, line, source }) => ({ path, line, source }))).to.deep.equal([
      { path: 'missingcomma', line: 8, source: 'broken.bib' },
      { path: 'unclosed', line: 21, source: 'broken.bib' },
      { path: '#6', line: 34, source: 'broken.bib' },
    ]);
    const [comma, unclosed, keyless] = result.problems.map((problem) => problem.message);
    expect(comma).to.equal('missingcomma (line 8): a comma is missing before "author" at line 10');
    expect(unclosed).to.equal('unclosed (line 21): a closing "}" is missing before the next entry (line 27)');
    expect(keyless).to.match(/^#6 \(line 34\): the entry has no key/);
  });

  it('reports an unclosed last entry and a broken @string without losing the rest', async () => {
    const text = [
      '@string{ok = "Fine Venue"}',
      '@string{bad = "no closing quote}',
      '@article{first, title = {First}, journal = ok, year = 2001}',
      '@article{last, title = {Never closed, year = 2002',
    ].join('\n');
    const result = await parseBibtex(text, 'inline');
    expect(result.entries.map((e) => [e.key, e.venue])).to.deep.equal([['first', 'Fine Venue']]);
    expect(result.problems.map((p) => [p.path, p.line])).to.deep.equal([
      ['@string bad', 2],
      ['last', 4],
    ]);
    expect(result.problems[1]!.message).to.equal('last (line 4): a closing "}" is missing before the end of the file');
  });

  it('parses an entry with 1,000 authors in one go', async () => {
    const authors = Array.from({ length: 1000 }, (_, i) => `Aut{\\"o}r${i}, Given${i}`).join(' and ');
    const started = performance.now();
    const result = await parseBibtex(`@article{many, title = {Big Science}, author = {${authors}}, journal = {Physics}, year = 2015}`, 'inline');
    const elapsed = performance.now() - started;
    const [work] = result.entries;
    expect(work!.authors).to.have.length(1000);
    expect(work!.authors[0]).to.deep.equal({ given: 'Given0', family: 'Autör0' });
    expect(work!.authors[999]).to.deep.equal({ given: 'Given999', family: 'Autör999' });
    expect(work!.searchText).to.contain('given999 autor999');
    expect(elapsed, `${Math.round(elapsed)} ms`).to.be.below(3000);
  });

  it('parses 1,200 entries with @string macros entry by entry, without slowing down', async () => {
    const strings = Array.from({ length: 50 }, (_, i) => `@string{venue${i} = "Venue " # "${i}"}`).join('\n');
    const entries = Array.from(
      { length: 1200 },
      (_, i) =>
        `@inproceedings{key${i},\n  title = {Paper {\\"U}ber ${i}},\n  author = {M{\\"u}ller, Hans and Doe, Jane},\n  booktitle = venue${i % 50},\n  year = ${2000 + (i % 20)}, month = mar,\n  pdf = {paper${i}.pdf}\n}`,
    );
    const started = performance.now();
    const result = await parseBibtex(`${strings}\n\n${entries.join('\n\n')}`, 'big.bib');
    const elapsed = performance.now() - started;
    expect(result.problems).to.deep.equal([]);
    expect(result.entries).to.have.length(1200);
    const last = result.entries[1199]!;
    expect([last.key, last.title, last.venue, last.year, last.date?.month]).to.deep.equal(['key1199', 'Paper Über 1199', 'Venue 49', 2019, 3]);
    expect(last.links).to.deep.equal([{ kind: 'pdf', url: 'paper1199.pdf' }]);
    expect(last.line).to.equal(52 + 1199 * 8);
    expect(elapsed, `${Math.round(elapsed)} ms`).to.be.below(8000);
  });

  it('drops unknown LaTeX commands but keeps their argument text', async () => {
    const { result, byKey } = await parseFixture('unknown-commands.bib');
    expect(result.problems).to.deep.equal([]);
    const work = entry(byKey, 'unknown2020');
    expect(work.title).to.equal('Kept Argument and Boxed Text with LaTeX and Emphasis and Bold');
    expect(names(work)).to.deep.equal(['Quinn Quirk']);
    expect(work.venue).to.equal('Obscure Letters');
    expect(work.item.note).to.equal('See https://example.org/a_b and more');
  });

  it('keeps $...$ math in titles exactly as written (and \\$ escaped), converts it elsewhere', async () => {
    const { byKey } = await parseFixture('math.bib');
    const math = entry(byKey, 'math2023');
    expect(math.title).to.equal('R$^3$-SQL: Learning $L_0$ Sparse $\\alpha$-Models with $\\mathcal{O}(n \\log n)$ Cost');
    expect(math.item.title).to.equal(math.title);
    expect(math.venue).to.equal('Conference on π');
    expect(entry(byKey, 'dollars2022').title).to.equal('Costs Below \\$5 and $$E = mc^2$$ Displayed');
  });

  it('drops a raw UTF-8 byte-order mark and reads raw UTF-8 text', async () => {
    const bytes = fixtureBytes(`${FIXTURES}bom.bib`).buffer;
    expect([...new Uint8Array(bytes, 0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    const result = await parseBibtex(text, 'bom.bib');
    expect(result.problems).to.deep.equal([]);
    const [first, second] = result.entries;
    expect([first!.key, first!.line, second!.key, second!.line]).to.deep.equal(['bom2020', 1, 'bom2021', 8]);
    expect(first!.title).to.equal('Zürich and 北京: Raw UTF-8 Text');
    expect(names(first!)).to.deep.equal(['Jürgen Grüber', '伟 张', 'Sigríður Ólafsdóttir']);
    expect(first!.venue).to.equal('Ünicode Journal');
    expect(first!.bibtex!.startsWith('@article{bom2020,')).to.equal(true);
  });

  it('treats __proto__, constructor and hasOwnProperty as ordinary keys', async () => {
    const { result } = await parseFixture('proto.bib');
    expect(result.problems).to.deep.equal([]);
    expect(result.entries.map((e) => [e.key, e.item.id, e.title, e.year, names(e)[0]])).to.deep.equal([
      ['__proto__', '__proto__', 'The Prototype Key', 2020, 'Pat Proto'],
      ['constructor', 'constructor', 'The Constructor Key', 2021, 'Bea Builder'],
      ['hasOwnProperty', 'hasOwnProperty', 'The hasOwnProperty Key', 2022, 'Otto Owner'],
    ]);
    expect(Object.getPrototypeOf(result.entries[0]!.item)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).title).to.equal(undefined);
  });

  it('treats @string macros named __proto__ and constructor as ordinary macros', async () => {
    const text = [
      '@string{constructor = "Built Venue"}',
      '@string{__proto__ = "Proto " # constructor}',
      '@article{p1, title = {constructor = {x}}, journal = __proto__, year = 2020}',
      '@article{p2, title = {Q}, journal = constructor, publisher = "constructor"}',
      '@article{p3, title = {R}, publisher = undefinedmacro # {constructor}}',
    ].join('\n');
    const result = await parseBibtex(text, 'inline');
    expect(result.problems.map((problem) => problem.message)).to.deep.equal([
      'p3 (line 5): publisher: the macro "undefinedmacro" is not defined (no @string{undefinedmacro = …}); it is read as empty text',
    ]);
    expect(result.entries.map((e) => [e.key, e.title, e.venue])).to.deep.equal([
      ['p1', 'constructor = x', 'Proto Built Venue'],
      ['p2', 'Q', 'Built Venue'],
      ['p3', 'R', 'constructor'],
    ]);
    expect(result.entries[1]!.item.publisher).to.equal('constructor');
    // Without a definition, a reference to "constructor" is empty (as for any undefined macro), not Object's source.
    const undefinedMacro = await parseBibtex('@article{p4, title = {T}, journal = constructor, publisher = __proto__}', 'inline');
    expect(undefinedMacro.entries[0]!.item['container-title']).to.equal(undefined);
    expect(undefinedMacro.entries[0]!.item.publisher).to.equal(undefined);
    expect(undefinedMacro.problems.map((problem) => problem.message)).to.deep.equal([
      'p4 (line 1): journal: the macro "constructor" is not defined (no @string{constructor = …}); it is read as empty text',
      'p4 (line 1): publisher: the macro "__proto__" is not defined (no @string{__proto__ = …}); it is read as empty text',
    ]);
  });

  it('reads the custom fields citation-js drops onto the item (al-folio style)', async () => {
    const { result, byKey } = await parseFixture('custom-fields.bib');
    expect(result.problems).to.deep.equal([]);
    const folio = entry(byKey, 'folio2021');
    expect(folio.item.venueShort).to.equal('NeurIPS');
    expect(folio.venueShort).to.equal('NeurIPS');
    expect(folio.item.selected).to.equal(true);
    expect(folio.item.bibtex_show).to.equal(true);
    expect(folio.item.preview).to.equal('folio.png');
    expect(folio.item.DOI).to.equal('10.5555/folio.2021');
    expect(folio.item.awards).to.deep.equal(['Oral, Best Paper Honorable Mention']);
    expect(folio.item.award).to.equal('Selected as one of the top 1% of submissions for an oral talk');
    expect(folio.item.keywords).to.deep.equal(['deep learning', 'inference', 'München']);
    expect(folio.keywords).to.deep.equal(['deep learning', 'inference', 'München']);
    expect(folio.item.note).to.equal('Also presented at Öko-Workshop');
    expect(folio.item.abstract).to.equal('We show that O(n²) becomes linear. Zürich & Genève.');
    expect(folio.links).to.deep.equal([
      { kind: 'pdf', url: 'folio2021.pdf' },
      { kind: 'code', url: 'https://github.com/example/folio' },
      { kind: 'slides', url: 'https://example.org/slides.pdf' },
      { kind: 'video', url: 'https://youtu.be/abc' },
      { kind: 'poster', url: 'poster.pdf' },
      { kind: 'website', url: 'https://example.org/folio' },
      { kind: 'website', url: 'https://example.org/folio.html' },
      { kind: 'supplement', url: 'https://example.org/supp.zip' },
      { kind: 'arxiv', url: 'https://arxiv.org/abs/2201.05596' },
      { kind: 'doi', url: 'https://doi.org/10.5555/folio.2021' },
    ]);
    const plain = entry(byKey, 'plain2019');
    expect(plain.item.selected).to.equal(false);
    expect(plain.item.venueShort).to.equal(undefined);
    expect(plain.item.awards).to.equal(undefined);
    expect(plain.links).to.deep.equal([
      { kind: 'arxiv', url: 'https://arxiv.org/abs/1901.00001' },
      { kind: 'website', url: 'https://example.org/plain' },
    ]);
  });

  it('keeps each entry’s original text and start line', async () => {
    for (const name of ['broken.bib', 'duplicates.bib', 'custom-fields.bib', 'macros.bib']) {
      const { text, result } = await parseFixture(name);
      const lines = text.split('\n');
      for (const e of result.entries) {
        expect(text, `${name} ${e.key}`).to.contain(e.bibtex!);
        expect(e.bibtex!.startsWith('@')).to.equal(true);
        expect(e.bibtex!.endsWith('}')).to.equal(true);
        expect(lines[e.line! - 1]!.startsWith(e.bibtex!.split('\n')[0]!), `${name} ${e.key} line ${e.line}`).to.equal(true);
      }
    }
    const { result } = await parseFixture('duplicates.bib');
    expect(result.entries[1]!.bibtex).to.equal(
      '@inproceedings{same2020,\n  title     = {Second of Two},\n  author    = {Two, Second},\n  booktitle = {Conference B},\n  year      = {2021}\n}',
    );
  });

  it('sets the category from the entry type unless a field says otherwise', async () => {
    const { result } = await parseFixture('categories.bib');
    expect(result.problems).to.deep.equal([]);
    expect(Object.fromEntries(result.entries.map((e) => [e.key, e.item.category]))).to.deep.equal({
      'cat-conf': 'conference',
      'cat-workshop': 'workshop',
      'cat-journal': 'journal',
      'cat-arxiv': 'preprint',
      'cat-corr': 'preprint',
      'cat-report': 'technical-report',
      'cat-phd': 'thesis',
      'cat-ms': 'thesis',
      'cat-patent': 'patent',
      'cat-book': 'book',
      'cat-incollection': 'chapter',
      'cat-inbook': 'chapter',
      'cat-misc-arxiv': 'preprint',
      'cat-misc': 'other',
      'cat-explicit': 'poster',
    });
    expect(result.entries.every((e) => e.category === e.item.category)).to.equal(true);
    expect(result.entries.find((e) => e.key === 'cat-misc-arxiv')!.links).to.deep.equal([{ kind: 'arxiv', url: 'https://arxiv.org/abs/2001.00003' }]);
  });

  it('resolves crossref within the file', async () => {
    const { byKey } = await parseFixture('crossref.bib');
    const child = entry(byKey, 'child2020');
    expect(child.venue).to.equal('Proceedings of the Parent Conference');
    expect(child.year).to.equal(2020);
    expect(child.item.publisher).to.equal('Parent Press');
    expect(entry(byKey, 'parent2020').title).to.equal('Proceedings of the Parent Conference');
  });

  it('skips comments and @preamble, reads parenthesised entries and entries without fields', async () => {
    const text = [
      'Text outside entries is ignored, even an email like someone@example.org.',
      '@comment{ @article{commented, title = {Not an entry}} }',
      '@preamble{ "\\newcommand{\\noop}[1]{}" }',
      '@article(paren, title = "In (Parentheses)", year = 2010)',
      '@misc{bare}',
    ].join('\n');
    const result = await parseBibtex(text, 'inline');
    expect(result.problems).to.deep.equal([]);
    expect(result.entries.map((e) => [e.key, e.title, e.line])).to.deep.equal([
      ['paren', 'In (Parentheses)', 4],
      ['bare', '(untitled)', 5],
    ]);
  });

  it('returns nothing, and no problem, for an empty file', async () => {
    expect(await parseBibtex('', 'empty.bib')).to.deep.equal({ entries: [], problems: [] });
    expect(await parseBibtex('% only a comment\n', 'empty.bib')).to.deep.equal({ entries: [], problems: [] });
  });
});

describe('parseBibtex with hostile or careless input', () => {
  /** A file of three entries, the middle one (`middle`, at line 3) holding `field = {value}` on line 4. */
  const middleEntry = (field: string, value: string) =>
    ['@misc{first, title = {First}, year = 2020}', '', '@article{middle,', `  ${field} = {${value}},`, '  year = {2021}', '}', '@misc{last, title = {Last}, year = 2022}'].join(
      '\n',
    );
  const keysOf = (result: PubImport) => result.entries.map((e) => e.key);

  it('keeps a title whose math no renderer can read exactly as written', async () => {
    const result = await parseBibtex(middleEntry('title', 'Bounds for $x^$ in practice'), 'bad-math.bib');
    expect(result.problems).to.deep.equal([]);
    expect(result.entries.map((e) => [e.key, e.title, e.line])).to.deep.equal([
      ['first', 'First', 1],
      ['middle', 'Bounds for $x^$ in practice', 3],
      ['last', 'Last', 7],
    ]);
  });

  it('reads a lone "$" (and the "$" before "${}$") as a dollar sign, in titles and other fields, without a problem', async () => {
    for (const [written, title, note] of [
      ['A lone $ dollar', 'A lone \\$ dollar', 'A lone $ dollar'],
      ['$', '\\$', '$'],
      ['Empty $${}$ math', 'Empty \\$${}$ math', 'Empty $ math'],
      ['Costs \\$5, or $6', 'Costs \\$5, or \\$6', 'Costs $5, or $6'],
    ] as const) {
      const result = await parseBibtex(
        middleEntry('title', written).replace('year = {2021}', () => `note = {${written}}, year = {2021}`),
        'dollars.bib',
      );
      expect(result.problems, written).to.deep.equal([]);
      expect(keysOf(result), written).to.deep.equal(['first', 'middle', 'last']);
      const middle = result.entries[1]!;
      expect([middle.title, middle.item.note], written).to.deep.equal([title, note]);
    }
  });

  it('leaves out a field whose LaTeX citation-js cannot read, reporting it at the entry’s line, and keeps the entry', async () => {
    for (const note of ['Bounds for $x^$ in practice', '$a_$', 'a $x^{$}$ b']) {
      const result = await parseBibtex(middleEntry('note', note), 'bad-note.bib');
      expect(keysOf(result), note).to.deep.equal(['first', 'middle', 'last']);
      expect(result.entries[1]!.item.note, note).to.equal(undefined);
      expect(result.entries[1]!.year, note).to.equal(2021);
      expect(
        result.problems.map((problem) => [problem.path, problem.line, problem.leftOut]),
        note,
      ).to.deep.equal([['middle', 3, 'value']]);
      expect(result.problems[0]!.message, note).to.match(/^middle \(line 3\): note: its LaTeX could not be read \(.+\); it is left out$/);
      expect(result.problems[0]!.message, note).not.to.match(/line [0-2]\b/);
    }
    const end = await parseBibtex(middleEntry('note', 'Bounds for $x^$ in practice'), 'bad-note.bib');
    expect(end.problems[0]!.message).to.equal('middle (line 3): note: its LaTeX could not be read (expected text but found the end of the value); it is left out');
  });

  it(`refuses an entry whose braces nest deeper than ${MAX_BIBTEX_BRACE_DEPTH} levels, with its line, and keeps the others`, async () => {
    // The value's own braces count: MAX_BIBTEX_BRACE_DEPTH of them in all is the most an entry may have.
    const atLimit = await parseBibtex(middleEntry('title', `${'{'.repeat(MAX_BIBTEX_BRACE_DEPTH - 1)}Deep${'}'.repeat(MAX_BIBTEX_BRACE_DEPTH - 1)}`), 'deep.bib');
    expect(atLimit.problems).to.deep.equal([]);
    expect(atLimit.entries[1]!.title).to.equal('Deep');
    for (const depth of [MAX_BIBTEX_BRACE_DEPTH, 5_000]) {
      const result = await parseBibtex(middleEntry('title', `${'{'.repeat(depth)}Deep${'}'.repeat(depth)}`), 'deep.bib');
      expect(keysOf(result)).to.deep.equal(['first', 'last']);
      expect(result.problems.map((problem) => [problem.path, problem.line, problem.message])).to.deep.equal([
        ['middle', 3, `middle (line 3): braces are nested deeper than ${MAX_BIBTEX_BRACE_DEPTH} levels (line 4); the limit is ${MAX_BIBTEX_BRACE_DEPTH}`],
      ]);
    }
    const deepString = await parseBibtex(`@string{deep = {${'{'.repeat(200)}x${'}'.repeat(200)}}}\n@misc{a, title = {A}}`, 'deep.bib');
    expect(deepString.problems.map((problem) => problem.message)).to.deep.equal([
      `@string deep (line 1): braces are nested deeper than ${MAX_BIBTEX_BRACE_DEPTH} levels (line 1); the limit is ${MAX_BIBTEX_BRACE_DEPTH}`,
    ]);
    expect(keysOf(deepString)).to.deep.equal(['a']);
  });

  it('reports each use of a macro that no @string defines (entry line, field, macro) and reads it as empty text', async () => {
    const text = [
      '@string{conf = "Proceedings of " # society}',
      '',
      '@inproceedings{macros2021,',
      '  title     = {Macros},',
      '  booktitle = jconf,',
      '  publisher = "ACM" # glue # {Press},',
      '  journal   = cacm,',
      '  month     = jan,',
      '  note      = {not = amacro, in # braces},',
      '  year      = 2021',
      '}',
    ].join('\n');
    const result = await parseBibtex(text, 'macros.bib');
    expect(result.problems.map((problem) => [problem.path, problem.line, problem.leftOut, problem.message])).to.deep.equal([
      ['@string conf', 1, 'value', '@string conf (line 1): the macro "society" is not defined (no @string{society = …}); it is read as empty text'],
      ['macros2021', 3, 'value', 'macros2021 (line 3): booktitle: the macro "jconf" is not defined (no @string{jconf = …}); it is read as empty text'],
      ['macros2021', 3, 'value', 'macros2021 (line 3): publisher: the macro "glue" is not defined (no @string{glue = …}); it is read as empty text'],
    ]);
    const entry = result.entries[0]!;
    expect(entry.title).to.equal('Macros');
    expect(entry.item['container-title']).to.equal('Communications of the ACM');
    expect(entry.item.publisher).to.equal('ACMPress');
    expect(entry.date).to.deep.equal({ year: 2021, month: 1 });
  });

  it('reads 20,000 entries that share one key in a second or two, keeping each', async () => {
    const text = Array.from({ length: 20_000 }, (_, index) => `@misc{same, title = {Title ${index}}, year = 2020}`).join('\n');
    const started = performance.now();
    const result = await parseBibtex(text, 'same.bib');
    const seconds = (performance.now() - started) / 1000;
    expect(result.problems).to.deep.equal([]);
    expect(result.entries).to.have.length(20_000);
    expect(new Set(result.entries.map((e) => e.key)).size).to.equal(20_000);
    expect(result.entries[19_999]!.title).to.equal('Title 19999');
    // A quadratic step took over 20 s here; the bound leaves room for a slow, busy machine.
    expect(seconds).to.be.lessThan(8);
  });

  it('reads fields and commands named like Object’s members (constructor, toString…) as ordinary ones, never as links', async () => {
    const result = await parseBibtex('@article{a,\n  constructor = {data:text/html,x}\n}', 'proto-fields.bib');
    expect(result.problems).to.deep.equal([]);
    expect(result.entries[0]!.links).to.deep.equal([]);
    expect(result.entries[0]!.item.links).to.equal(undefined);
    for (const field of ['toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      const read = await parseBibtex(`@misc{b, title = {T}, ${field} = {https://example.org/x}}`, 'proto-fields.bib');
      expect(read.entries[0]!.links, field).to.deep.equal([]);
    }
    // An unknown command is dropped, whatever its name; never the text of a function.
    const title = await parseBibtex('@misc{c, title = {A \\constructor{} and \\toString{} B}}', 'proto-fields.bib');
    expect(title.entries[0]!.title).not.to.match(/function|native code/);
    expect(title.entries[0]!.title.replace(/\s+/g, ' ')).to.equal('A and B');
  });

  it('reads a crossref to a key named like an Object member that the file does not have as a crossref to nothing', async () => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const result = await parseBibtex(`@article{a,\n  crossref = "${key}",\n  title = {A}\n}`, 'crossref.bib');
      expect(result.problems, key).to.deep.equal([]);
      expect(
        result.entries.map((entry) => [entry.key, entry.title]),
        key,
      ).to.deep.equal([['a', 'A']]);
    }
  });

  it('leaves out a link whose address is not http(s), mailto or relative, reporting it at the entry’s line', async () => {
    const text = [
      '@misc{first, title = {First}, year = 2020}',
      '',
      '@article{middle,',
      '  title = {Middle},',
      '  url = {javascript:alert(1)},',
      '  pdf = {data:text/html,x},',
      '  code = {https://example.org/code},',
      '  slides = {slides/middle.pdf},',
      '  eprint = {vbscript:msgbox(1)}, archivePrefix = {arXiv},',
      '  year = {2021}',
      '}',
    ].join('\n');
    const result = await parseBibtex(text, 'links.bib');
    const middle = result.entries.find((entry) => entry.key === 'middle')!;
    // A link kind stays named without its address, as a profile's link may be.
    expect(middle.links).to.deep.equal([{ kind: 'pdf' }, { kind: 'code', url: 'https://example.org/code' }, { kind: 'slides', url: 'slides/middle.pdf' }, { kind: 'arxiv' }]);
    expect(middle.item.URL).to.equal(undefined);
    expect(result.problems.map((problem) => [problem.line, problem.path, problem.leftOut, problem.message])).to.deep.equal([
      [3, 'middle', 'value', 'middle (line 3): pdf: the link "data:text/html,x" is not an http(s), mailto or relative address; it is left out'],
      [3, 'middle', 'value', 'middle (line 3): eprint: the link "vbscript:msgbox(1)" is not an http(s), mailto or relative address; it is left out'],
      [3, 'middle', 'value', 'middle (line 3): url: the link "javascript:alert(1)" is not an http(s), mailto or relative address; it is left out'],
    ]);
    expect(result.entries.map((entry) => entry.key)).to.deep.equal(['first', 'middle']);
  });
});
