import { expect } from 'vitest';
import { ScholarLoadError } from '../../src/events/scholar-error.js';
import { parseCslJson } from '../../src/model/csl-json.js';
import { mergeEntries } from '../../src/model/dedupe.js';
import { toBibtex, toCslJson, toRis } from '../../src/model/export.js';
import { MAX_JSON_DEPTH } from '../../src/model/json.js';
import { formatCslName } from '../../src/model/names.js';
import type { PubEntry } from '../../src/model/publications.js';
import { fixtureJson } from './fixture-files.js';

async function edgeCases(): Promise<unknown[]> {
  return fixtureJson('/test/fixtures/csl/edge-cases.json') as unknown[];
}

describe('parseCslJson', () => {
  it('keeps every usable item and reports the others by index and reason', async () => {
    const result = parseCslJson(await edgeCases(), 'edge-cases.json');
    expect(result.entries.map((entry) => entry.key)).to.deep.equal(['text-date-parts', 'flat-date-parts', 'raw-date', 'literal-date', '42', 'string-date', 'text-date-parts~2']);
    expect(result.problems).to.deep.equal([
      { source: 'edge-cases.json', path: '[4]', message: '[4] (id "no-title"): missing required field "title"' },
      { source: 'edge-cases.json', path: '[6]', message: '[6] (id "no-type"): missing required field "type"' },
      { source: 'edge-cases.json', path: '[7]', message: '[7]: expected an object, got a string' },
      { source: 'edge-cases.json', path: '[8]', message: '[8] (id "object-title"): "title" must be non-empty text, got an object' },
    ]);
  });

  it('reads text and numeric date parts, flat date parts, raw, literal and string dates', async () => {
    const { entries } = parseCslJson(await edgeCases(), 'edge-cases.json');
    const byKey = new Map<string, PubEntry>(entries.map((entry) => [entry.key, entry]));
    expect(byKey.get('text-date-parts')!.item.issued).to.deep.equal({ 'date-parts': [[2021, 6, 15]] });
    expect(byKey.get('text-date-parts')!.date).to.deep.equal({ year: 2021, month: 6, day: 15 });
    expect(byKey.get('flat-date-parts')!.item.issued).to.deep.equal({ 'date-parts': [[2020, 3]] });
    expect(byKey.get('flat-date-parts')!.date).to.deep.equal({ year: 2020, month: 3 });
    expect(byKey.get('raw-date')!.item.issued).to.deep.equal({ raw: '2019-05-17' });
    expect(byKey.get('raw-date')!.date).to.deep.equal({ year: 2019, month: 5, day: 17 });
    expect(byKey.get('literal-date')!.item.issued).to.deep.equal({ literal: 'Spring 2018', season: 1 });
    expect(byKey.get('literal-date')!.year).to.equal(2018);
    expect(byKey.get('string-date')!.item.issued).to.deep.equal({ raw: '2016-11' });
    expect(byKey.get('string-date')!.date).to.deep.equal({ year: 2016, month: 11 });
    // A part that is not a number ends the date there.
    expect(byKey.get('string-date')!.item.accessed).to.deep.equal({ 'date-parts': [[2024]] });
  });

  it('reads literal (organisation) names, particles and suffixes; drops names with no text', async () => {
    const { entries } = parseCslJson(await edgeCases(), 'edge-cases.json');
    const authors = (key: string) => entries.find((entry) => entry.key === key)!.authors.map(formatCslName);
    expect(authors('text-date-parts')).to.deep.equal(['Jan van der Berg']);
    expect(authors('flat-date-parts')).to.deep.equal(['Jean de la Fontaine', 'OpenAI Research Team']);
    expect(entries[1]!.authors[1]).to.deep.equal({ literal: 'OpenAI Research Team' });
    expect(authors('raw-date')).to.deep.equal(['World Health Organization']);
    expect(authors('literal-date')).to.deep.equal(['John Smith Jr.']);
    expect(authors('42')).to.deep.equal(['Ayşe Özdemir']);
    expect(entries[0]!.authors[0]).to.deep.equal({ family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' });
  });

  it('keeps every unknown field, the numeric id and the extensions as written', async () => {
    const { entries } = parseCslJson(await edgeCases(), 'edge-cases.json');
    const thesis = entries.find((entry) => entry.key === '42')!;
    expect(thesis.item.id).to.equal(42);
    expect(thesis.item.custom).to.deep.equal({ anything: ['kept', 1] });
    expect(thesis.item.scholarNote).to.equal('kept too');
    expect(thesis.item.author).to.deep.equal([{ family: 'Özdemir', given: 'Ayşe', orcid: '0000-0002-1825-0097' }]);
    expect(thesis.category).to.equal('thesis');
    expect(thesis.links).to.deep.equal([{ kind: 'pdf', url: 'https://example.org/thesis.pdf' }]);
    expect(thesis.title).to.equal('A Numeric Id With Extra Fields');
    expect(entries.find((entry) => entry.key === 'raw-date')!.category).to.equal('technical-report');
    expect(entries.find((entry) => entry.key === 'flat-date-parts')!.venue).to.equal('Conference on Shapes');
  });

  it('does not modify its input', async () => {
    const input = await edgeCases();
    const copy = structuredClone(input);
    parseCslJson(input, 'edge-cases.json');
    expect(input).to.deep.equal(copy);
  });

  it('reads {"items": [...]} and gives items without an id one', () => {
    const result = parseCslJson({ items: [{ type: 'book', title: 'Wrapped', issued: { 'date-parts': [[1999]] } }] }, 'zotero.json');
    expect(result.problems).to.deep.equal([]);
    expect(result.entries.map((entry) => [entry.key, entry.item.id, entry.title, entry.year, entry.source])).to.deep.equal([['item-1', 'item-1', 'Wrapped', 1999, 'zotero.json']]);
  });

  it('throws a schema error when the document is not a list of items', () => {
    for (const value of [{ basics: { name: 'A' } }, 'text', null, { items: 'no' }]) {
      let error: unknown;
      try {
        parseCslJson(value, 'wrong.json');
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(ScholarLoadError);
      expect((error as ScholarLoadError).detail.kind).to.equal('schema');
      expect((error as ScholarLoadError).detail.message).to.match(/^wrong\.json is not a CSL-JSON list/);
    }
  });

  it('gives an empty list no entries and no problems', () => {
    expect(parseCslJson([], 'empty.json')).to.deep.equal({ entries: [], problems: [] });
  });
});

describe('parseCslJson with values of the wrong kind', () => {
  /** Everything a list and its downloads make from the entries: none of it may throw. */
  async function madeFrom(entries: PubEntry[]): Promise<void> {
    mergeEntries(entries);
    toRis(entries);
    toCslJson(entries);
    await toBibtex(entries);
  }

  it('leaves out each bad extension value with a problem at its path, and keeps the item and its other values', async () => {
    const items = [
      { id: 'known', type: 'article-journal', title: 'Known good', keywords: ['kept'], awards: ['Best Paper'] },
      { id: 'k', type: 'article-journal', title: 'Deep', keywords: [false, 'graphs', 0, null] },
      { id: 'l', type: 'article', title: 'Links', URL: 'https://x.org', links: [null, 5, 'x', { kind: 1 }, { kind: 'pdf', url: 'https://x.org/p.pdf' }] },
      { id: 'a', type: 'article-journal', title: 'Awards', awards: 5, notes: 'one note', selected: 'yes', venueShort: { short: 'X' } },
      { id: 'c', type: 'article-journal', title: 'Category', category: [{ toString: '' }], metrics: { citations: 'many' } },
    ];
    const { entries, problems } = parseCslJson(items, 'items.json');
    expect(entries.map((entry) => entry.key)).to.deep.equal(['known', 'k', 'l', 'a', 'c']);
    expect(problems.map((problem) => [problem.path, problem.leftOut, problem.message])).to.deep.equal([
      ['[1]', 'value', '[1].keywords[0]: expected a string, got true/false'],
      ['[1]', 'value', '[1].keywords[2]: expected a string, got a number'],
      ['[2]', 'value', '[2].links[1]: expected an object, got a number'],
      ['[2]', 'value', '[2].links[2]: expected an object, got a string'],
      ['[2]', 'value', '[2].links[3].kind: expected a string, got a number'],
      ['[3]', 'value', '[3].awards: expected a list, got a number'],
      ['[3]', 'value', '[3].selected: expected a boolean, got a string'],
      ['[3]', 'value', '[3].venueShort: expected a string, got an object'],
      ['[4]', 'value', '[4].category: expected one of the documented values, got [{"toString":""}]'],
      ['[4]', 'value', '[4].metrics.citations: expected a whole number, got a string'],
    ]);
    const [known, keywords, links, awards, category] = entries;
    expect(known!.item.awards).to.deep.equal(['Best Paper']);
    expect(keywords!.keywords).to.deep.equal(['graphs']);
    expect(links!.links).to.deep.equal([
      { kind: 'pdf', url: 'https://x.org/p.pdf' },
      { kind: 'website', url: 'https://x.org' },
    ]);
    // One text where a list of texts is expected is a list of one, as in a profile.
    expect(awards!.item.notes).to.deep.equal(['one note']);
    expect([awards!.item.awards, awards!.item.selected, awards!.item.venueShort]).to.deep.equal([undefined, undefined, undefined]);
    expect(category!.category).to.equal('journal');
    expect(category!.item.metrics).to.deep.equal({});
    await madeFrom(entries);
  });

  it('reads "" and null as not given, as in a profile: an empty award list renders', () => {
    const { entries, problems } = parseCslJson([{ type: 'article-journal', title: 'A', awards: '', keywords: null }], 'property');
    expect(problems).to.deep.equal([]);
    expect(entries[0]!.item.awards).to.equal(undefined);
    expect(entries[0]!.keywords).to.deep.equal([]);
  });

  it(`leaves out a value nested deeper than ${MAX_JSON_DEPTH} levels, so the CSL-JSON download can be written`, async () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level++) deep = [deep];
    const { entries, problems } = parseCslJson(
      [
        { type: 'a', title: 'Deep', links: deep },
        { type: 'a', title: 'Next' },
      ],
      'p',
    );
    expect(entries.map((entry) => entry.title)).to.deep.equal(['Deep', 'Next']);
    expect(problems.map((problem) => [problem.path, problem.message])).to.deep.equal([
      ['[0]', `[0].links[0]: nested deeper than ${MAX_JSON_DEPTH} levels; the limit is ${MAX_JSON_DEPTH}`],
    ]);
    expect(JSON.parse(toCslJson(entries))).to.have.length(2);
    await madeFrom(entries);
  });

  it('writes an RIS record for an item whose note is an object, leaving the note out', () => {
    const { entries, problems } = parseCslJson([{ type: 'article-journal', title: 'T', note: { toString: '' } }], 'p');
    expect(problems.map((problem) => problem.message)).to.deep.equal(['[0].note: expected a string, got an object']);
    expect(toRis(entries)).to.equal('TY  - JOUR\r\nTI  - T\r\nER  - \r\n');
  });

  it('leaves out links that are not http(s), mailto or relative, reporting each once', () => {
    const document = {
      items: [
        5,
        {
          id: 'x',
          type: 'article-journal',
          title: 'T',
          URL: 'javascript:alert(1)',
          links: [
            { kind: 'pdf', url: 'data:text/html,x' },
            { kind: 'code', url: 'https://example.org/code' },
          ],
          extra: { url: ['vbscript:x', 'https://example.org/ok'] },
        },
      ],
    };
    const before = structuredClone(document);
    const { entries, problems } = parseCslJson(document, 'p');
    expect(document).to.deep.equal(before);
    expect(problems.map((problem) => [problem.path, problem.message])).to.deep.equal([
      ['[0]', '[0]: expected an object, got a number'],
      ['[1]', '[1].URL: the link "javascript:alert(1)" is not an http(s), mailto or relative address; it is left out'],
      ['[1]', '[1].links[0].url: the link "data:text/html,x" is not an http(s), mailto or relative address; it is left out'],
      ['[1]', '[1].extra.url[0]: the link "vbscript:x" is not an http(s), mailto or relative address; it is left out'],
    ]);
    expect(entries[0]!.links).to.deep.equal([{ kind: 'pdf' }, { kind: 'code', url: 'https://example.org/code' }]);
    expect(entries[0]!.item.URL).to.equal(undefined);
    expect(entries[0]!.item.extra).to.deep.equal({ url: ['https://example.org/ok'] });
  });
});
