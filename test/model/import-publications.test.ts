import { expect } from 'vitest';
import { ScholarLoadError } from '../../src/events/scholar-error.js';
import { detectFormat, importPublications } from '../../src/model/import-publications.js';
import { formatCslName } from '../../src/model/names.js';
import { fixtureText } from './fixture-files.js';

const BIB = '@article{a, title = {T}, year = 2020}';
const CSL = '[{"id": "a", "type": "book", "title": "T"}]';
const PROFILE = '{"basics": {"name": "Ada"}, "publications": []}';
const WRAPPED = '{"items": [{"id": "a", "type": "book", "title": "T"}]}';
const RIS = 'TY  - JOUR\nTI  - T\nER  - \n';
const OPENALEX = fixtureText('/test/fixtures/openalex/works-rajbhandari.json');
const OPENALEX_WORK = fixtureText('/test/fixtures/openalex/work-W3101891451.json');
const ORCID = fixtureText('/test/fixtures/orcid/works.json');
const ORCID_BULK = fixtureText('/test/fixtures/orcid/bulk.json');

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
  it('lets content that clearly is one format win over the content type and extension', () => {
    // A profile or CSL-JSON served as BibTeX (or named .bib) is JSON.
    expect(detectFormat(PROFILE, { contentType: 'application/x-bibtex', url: 'papers.bib' })).to.equal('profile');
    expect(detectFormat(CSL, { contentType: 'application/x-bibtex', url: 'papers.json' })).to.equal('csl-json');
    expect(detectFormat(PROFILE, { contentType: 'application/vnd.citationstyles.csl+json', url: 'x.bib' })).to.equal('profile');
    expect(detectFormat(BIB, { contentType: 'application/json', url: 'x.json' })).to.equal('bibtex');
    expect(detectFormat(RIS, { contentType: 'application/x-bibtex', url: 'x.bib' })).to.equal('ris');
    // Text labelled JSON that does not start like JSON is judged by its name and content.
    expect(detectFormat('% JabRef\n' + BIB, { contentType: 'application/json', url: 'refs.json' })).to.equal('bibtex');
    expect(detectFormat('Exported\n' + RIS, { contentType: 'application/json' })).to.equal('ris');
    expect(detectFormat('oops', { contentType: 'application/json', url: 'p.json' })).to.equal('profile');
  });

  it('reads a text labelled BibTeX that starts like JSON but is not JSON as BibTeX', () => {
    const strayBrace = '{ {\n' + BIB;
    for (const hints of [{ contentType: 'application/x-bibtex' }, { contentType: 'text/x-bibtex; charset=utf-8' }, { url: 'https://example.org/papers.bib?v=2' }]) {
      expect(detectFormat(strayBrace, hints), JSON.stringify(hints)).to.equal('bibtex');
      expect(detectFormat('[1, 2\n' + BIB, hints), JSON.stringify(hints)).to.equal('bibtex');
      // Valid JSON labelled BibTeX is still the JSON it is.
      expect(detectFormat(CSL, hints), JSON.stringify(hints)).to.equal('csl-json');
      expect(detectFormat(PROFILE, hints), JSON.stringify(hints)).to.equal('profile');
    }
    // Not labelled BibTeX: text that starts like JSON is JSON, and its JSON error says what is wrong.
    expect(detectFormat(strayBrace, { contentType: 'application/json' })).to.equal('profile');
    expect(detectFormat(strayBrace, {})).to.equal('profile');
  });

  it('trusts a specific content type when the content is not clear', () => {
    expect(detectFormat('% comment\n' + BIB, { contentType: 'application/x-bibtex', url: 'papers.json' })).to.equal('bibtex');
    expect(detectFormat('% comment\n' + BIB, { contentType: 'text/x-bibtex; charset=utf-8' })).to.equal('bibtex');
    expect(detectFormat('Exported\n' + RIS, { contentType: 'application/x-research-info-systems', url: 'x.bib' })).to.equal('ris');
    expect(detectFormat('', { contentType: 'application/vnd.citationstyles.csl+json' })).to.equal('csl-json');
  });

  it('recognises OpenAlex and ORCID responses by their shape', () => {
    expect(detectFormat(OPENALEX, { contentType: 'application/json' })).to.equal('openalex');
    expect(detectFormat(OPENALEX_WORK)).to.equal('openalex');
    expect(detectFormat(ORCID, { contentType: 'application/vnd.orcid+json' })).to.equal('orcid');
    expect(detectFormat(ORCID_BULK, { url: 'bulk.json' })).to.equal('orcid');
  });

  it('recognises RIS by content type, extension or content', () => {
    expect(detectFormat('\nTY  - JOUR', { contentType: 'application/x-research-info-systems' })).to.equal('ris');
    expect(detectFormat('Exported by EndNote\n\n' + RIS, { url: '/data/refs.ris?v=1' })).to.equal('ris');
    expect(detectFormat('Exported by EndNote\n\n' + RIS)).to.equal('ris');
    expect(detectFormat('\uFEFF' + RIS)).to.equal('ris');
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
    const text = fixtureText('/test/fixtures/bibtex/names.bib');
    const result = await importPublications(text, { source: '/test/fixtures/bibtex/names.bib' });
    expect(result.problems).to.deep.equal([]);
    expect(result.entries.map((entry) => [entry.key, entry.title, entry.line, entry.source])).to.deep.equal([
      ['names2018', 'Names in Braces', 1, '/test/fixtures/bibtex/names.bib'],
    ]);
    expect(result.entries[0]!.authors.slice(0, 2).map(formatCslName)).to.deep.equal(['Osborn, H. P.', 'European Space Agency']);
  });

  it('imports CSL-JSON, with its problems', async () => {
    const text = fixtureText('/test/fixtures/csl/edge-cases.json');
    const result = await importPublications(text, { source: 'edge.json', contentType: 'application/json' });
    expect(result.entries).to.have.length(7);
    expect(result.entries[0]!.title).to.equal('Date Parts Written as Text');
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['[4]', '[6]', '[7]', '[8]']);
  });

  it('imports a profile’s publications and carries its problems over', async () => {
    const text = fixtureText('/test/fixtures/partly-bad.json');
    const result = await importPublications(text, { source: 'partly-bad.json' });
    expect(result.entries.map((entry) => [entry.key, entry.title])).to.deep.equal([
      ['good1', 'A good paper'],
      ['good2', 'Another good paper'],
    ]);
    expect(result.problems.map((problem) => problem.path)).to.include('/publications/1');
    expect(result.problems.every((problem) => problem.source === 'partly-bad.json')).to.equal(true);
    const ada = await importPublications(fixtureText('/test/fixtures/ada.json'), { source: 'ada.json' });
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

  it('imports an OpenAlex list response, with citation counts', async () => {
    const result = await importPublications(OPENALEX, { source: 'https://api.openalex.org/works?filter=author.id:A5029543468', contentType: 'application/json' });
    expect(result.problems).to.deep.equal([]);
    expect(result.entries.map((entry) => [entry.key, entry.category, entry.year, entry.venue])).to.deep.equal([
      ['W3101891451', 'conference', 2020, 'SC20: International Conference for High Performance Computing, Networking, Storage and Analysis'],
      ['W3081168214', 'conference', 2020, 'Proceedings of the 26th ACM SIGKDD International Conference on Knowledge Discovery & Data Mining'],
      ['W3123404437', 'preprint', 2021, 'arXiv (Cornell University)'],
      ['W2884398327', 'conference', 2018, 'USENIX Annual Technical Conference'],
    ]);
    expect(result.entries[0]!.item.metrics?.citations).to.equal(1021);
    expect(result.entries[0]!.links.map((link) => link.kind)).to.deep.equal(['pdf', 'arxiv', 'doi']);
  });

  it('imports ORCID works, bulk errors as problems', async () => {
    const works = await importPublications(ORCID, { source: 'works.json' });
    expect(works.entries.map((entry) => entry.key)).to.deep.equal(['orcid-87654321', 'orcid-87654322', 'orcid-99123456', 'orcid-71234568']);
    const bulk = await importPublications(ORCID_BULK, { source: 'bulk.json' });
    expect(bulk.entries.map((entry) => entry.authors.length)).to.deep.equal([4, 4]);
    expect(bulk.problems.map((problem) => problem.path)).to.deep.equal(['/bulk/2']);
  });

  it('imports RIS with the line of each entry and of each problem', async () => {
    const result = await importPublications(fixtureText('/test/fixtures/ris/broken.ris'), { source: 'broken.ris' });
    expect(result.entries.map((entry) => [entry.key, entry.line])).to.deep.equal([
      ['good-one', 3],
      ['bad-values', 16],
      ['never-ended', 29],
      ['odd-type', 34],
    ]);
    expect(result.problems.map((problem) => problem.line)).to.deep.equal([1, 10, 20, 21, 22, 34]);
  });

  it('keeps every entry of a BibTeX file with a stray brace before its first entry', async () => {
    const text = '{ {\n@article{k,\n  title = {T}\n}';
    for (const options of [
      { source: 'x.bib', contentType: 'application/x-bibtex' },
      { source: 'inline', contentType: 'application/x-bibtex' },
      { source: 'https://example.org/x.bib' },
    ]) {
      const result = await importPublications(text, options);
      expect(
        result.entries.map((entry) => [entry.key, entry.title, entry.line]),
        options.source,
      ).to.deep.equal([['k', 'T', 2]]);
    }
  });

  it('reads a profile served with a BibTeX content type as the profile it is', async () => {
    const result = await importPublications(fixtureText('/test/fixtures/ada.json'), { source: 'ada.bib', contentType: 'application/x-bibtex' });
    expect(result.entries.map((entry) => entry.title)).to.deep.equal(['Notes on the Analytical Engine']);
  });

  it('throws a clear error for a binary file given as text', async () => {
    const error = await thrown(importPublications('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj', { source: 'https://example.org/papers.bib' }));
    expect(error.message).to.equal('papers.bib is a PDF file, not BibTeX text.');
  });
});
