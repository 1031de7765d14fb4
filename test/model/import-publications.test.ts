import { expect } from '@open-wc/testing';
import { ScholarLoadError } from '../../src/events/scholar-error.js';
import { detectFormat, importPublications } from '../../src/model/import-publications.js';
import { formatCslName } from '../../src/model/names.js';

const BIB = '@article{a, title = {T}, year = 2020}';
const CSL = '[{"id": "a", "type": "book", "title": "T"}]';
const PROFILE = '{"basics": {"name": "Ada"}, "publications": []}';
const WRAPPED = '{"items": [{"id": "a", "type": "book", "title": "T"}]}';

async function thrown(promise: Promise<unknown>): Promise<ScholarLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ScholarLoadError);
    return error as ScholarLoadError;
  }
  throw new Error('expected a ScholarLoadError');
}

describe('detectFormat', () => {
  it('trusts a specific content type first', () => {
    expect(detectFormat(CSL, { contentType: 'application/x-bibtex', url: 'papers.json' })).to.equal('bibtex');
    expect(detectFormat(CSL, { contentType: 'text/x-bibtex; charset=utf-8' })).to.equal('bibtex');
    expect(detectFormat(PROFILE, { contentType: 'application/vnd.citationstyles.csl+json', url: 'x.bib' })).to.equal('csl-json');
  });

  it('tells a JSON content type apart by content: list or items → CSL-JSON, basics → profile', () => {
    expect(detectFormat(CSL, { contentType: 'application/json; charset=utf-8', url: 'a.bib' })).to.equal('csl-json');
    expect(detectFormat(WRAPPED, { contentType: 'application/json' })).to.equal('csl-json');
    expect(detectFormat(PROFILE, { contentType: 'application/ld+json' })).to.equal('profile');
    expect(detectFormat('{"basics": {"name": "A"}, "x": {"items": []}}', { contentType: 'application/json' })).to.equal('profile');
  });

  it('then uses the file extension, ignoring query and hash', () => {
    expect(detectFormat('% comment first\n' + BIB, { contentType: 'text/plain', url: '/data/papers.bib?v=2#top' })).to.equal('bibtex');
    expect(detectFormat(BIB, { url: 'https://example.org/refs.bibtex' })).to.equal('bibtex');
    expect(detectFormat(CSL, { contentType: 'application/octet-stream', url: 'items.json' })).to.equal('csl-json');
    expect(detectFormat(PROFILE, { url: 'me.json' })).to.equal('profile');
  });

  it('then the content: "@" → BibTeX, "[" → CSL-JSON, "{" with basics → profile, with items → CSL-JSON', () => {
    expect(detectFormat(BIB)).to.equal('bibtex');
    expect(detectFormat('\uFEFF\n  ' + BIB, { url: 'inline' })).to.equal('bibtex');
    expect(detectFormat('  \n' + CSL)).to.equal('csl-json');
    expect(detectFormat(PROFILE)).to.equal('profile');
    expect(detectFormat(WRAPPED)).to.equal('csl-json');
    expect(detectFormat('% exported by JabRef\n\n' + BIB)).to.equal('bibtex');
    expect(detectFormat('not json and no entries')).to.equal('profile');
  });
});

describe('importPublications', () => {
  it('imports BibTeX through the BibTeX parser', async () => {
    const text = await (await fetch('/test/fixtures/bibtex/names.bib')).text();
    const result = await importPublications(text, { source: '/test/fixtures/bibtex/names.bib' });
    expect(result.problems).to.deep.equal([]);
    expect(result.entries.map((entry) => [entry.key, entry.title, entry.line, entry.source])).to.deep.equal([
      ['names2018', 'Names in Braces', 1, '/test/fixtures/bibtex/names.bib'],
    ]);
    expect(result.entries[0]!.authors.slice(0, 2).map(formatCslName)).to.deep.equal(['Osborn, H. P.', 'European Space Agency']);
  });

  it('imports CSL-JSON, with its problems', async () => {
    const text = await (await fetch('/test/fixtures/csl/edge-cases.json')).text();
    const result = await importPublications(text, { source: 'edge.json', contentType: 'application/json' });
    expect(result.entries).to.have.length(7);
    expect(result.entries[0]!.title).to.equal('Date Parts Written as Text');
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['[4]', '[6]', '[7]', '[8]']);
  });

  it('imports a profile’s publications and carries its problems over', async () => {
    const text = await (await fetch('/test/fixtures/partly-bad.json')).text();
    const result = await importPublications(text, { source: 'partly-bad.json' });
    expect(result.entries.map((entry) => [entry.key, entry.title])).to.deep.equal([
      ['good1', 'A good paper'],
      ['good2', 'Another good paper'],
    ]);
    expect(result.problems.map((problem) => problem.path)).to.include('/publications/1');
    expect(result.problems.every((problem) => problem.source === 'partly-bad.json')).to.equal(true);
    const ada = await importPublications(await (await fetch('/test/fixtures/ada.json')).text(), { source: 'ada.json' });
    expect(ada.entries.map((entry) => [entry.key, entry.title, entry.year])).to.deep.equal([['lovelace1843notes', 'Notes on the Analytical Engine', 1843]]);
  });

  it('throws a parse error naming the line and column for invalid JSON', async () => {
    // A missing comma: the engine names the position of the next property.
    const error = await thrown(importPublications('[\n  {"id": "a"\n   "title": "x"}\n]', { source: 'bad.json' }));
    expect(error.detail).to.include({ kind: 'parse', source: 'bad.json', line: 3, column: 4 });
    expect(error.message).to.match(/^bad\.json is not valid JSON: line 3, column 4: Expected ',' or '}' after property value\.$/);
  });

  it('throws a schema error for JSON that is neither a profile nor a list', async () => {
    const error = await thrown(importPublications('{"basics": {}}', { source: 'no-name.json' }));
    expect(error.detail.kind).to.equal('schema');
    expect(error.message).to.match(/^no-name\.json is not a usable profile or publication list: /);
  });
});
