import { expect } from 'vitest';
import { ScholarLoadError } from '../../src/events/scholar-error.js';
import { parseCslJson } from '../../src/model/csl-json.js';
import { formatCslName } from '../../src/model/names.js';
import type { PubEntry } from '../../src/model/publications.js';
import { fixtureJson } from './fixture-files.js';

async function edgeCases(): Promise<unknown[]> {
  return fixtureJson('/test/fixtures/csl/edge-cases.json') as unknown[];
}

describe('parseCslJson', () => {
  it('keeps every usable item and reports the others by index and reason', async () => {
    const result = parseCslJson(await edgeCases(), 'edge-cases.json');
    expect(result.entries.map((entry) => entry.key)).to.deep.equal([
      'text-date-parts',
      'flat-date-parts',
      'raw-date',
      'literal-date',
      '42',
      'string-date',
      'text-date-parts~2',
    ]);
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
    expect(result.entries.map((entry) => [entry.key, entry.item.id, entry.title, entry.year, entry.source])).to.deep.equal([
      ['item-1', 'item-1', 'Wrapped', 1999, 'zotero.json'],
    ]);
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
