/** `scholar-elements import` of files: every format becomes one valid profile, with a summary on stderr. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Link, Profile } from '../../src/model/types.js';
import { commandFixture, fixture, run, tempFolder } from './helpers.js';

const SCHEMA_URL = 'https://scholar-elements.dev/schema/profile.schema.json';

async function readProfile(path: string): Promise<Profile & { $schema?: string }> {
  return JSON.parse(await readFile(path, 'utf8')) as Profile & { $schema?: string };
}

/** The written profile passes `validate` with no problem. */
async function expectValid(path: string): Promise<void> {
  const check = await run(['validate', path]);
  expect(check.stdout).to.include('No problems in 1 file.');
  expect(check.code).to.equal(0);
}

describe('scholar-elements import', () => {
  it('turns BibTeX into a profile with $schema, keeping al-folio’s custom fields', async () => {
    const out = join(await tempFolder(), 'profile.json');
    const result = await run(['import', fixture('bibtex/custom-fields.bib'), '--name', 'Minjia Zhang', '-o', out]);
    expect(result.code).to.equal(0);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.include('Added 2 publications; matched 0 already there; skipped 0.');
    const profile = await readProfile(out);
    expect(Object.keys(profile)[0]).to.equal('$schema');
    expect(profile.$schema).to.equal(SCHEMA_URL);
    expect(profile.basics).to.deep.equal({ name: 'Minjia Zhang' });
    const [folio, plain] = profile.publications!;
    // The fields people look for first come first, whatever order the importer wrote them in.
    expect(Object.keys(folio!).slice(0, 5)).to.deep.equal(['id', 'type', 'title', 'author', 'issued']);
    expect(folio!.id).to.equal('folio2021');
    expect(folio!.venueShort).to.equal('NeurIPS');
    expect(folio!.selected).to.equal(true);
    expect(folio!.DOI).to.equal('10.5555/folio.2021');
    const kinds = (folio!.links as Link[]).map((link) => link.kind);
    for (const kind of ['pdf', 'code', 'slides', 'video', 'poster', 'supplement', 'arxiv']) expect(kinds).to.include(kind);
    expect(folio!.awards?.join(' ')).to.include('Best Paper Honorable Mention');
    expect(plain!.selected ?? false).to.equal(false);
    await expectValid(out);
  });

  it('imports a JSON Resume as a profile', async () => {
    const out = join(await tempFolder(), 'profile.json');
    const result = await run(['import', fixture('json-resume/sample.resume.json'), '-o', out]);
    expect(result.stderr).to.include('sample.resume.json (JSON Resume');
    const profile = await readProfile(out);
    expect(profile.$schema).to.equal(SCHEMA_URL);
    expect(profile.basics.name).to.equal('Richard Hendriks');
    expect(profile.work?.[0]?.organization).to.equal('Pied Piper');
    expect(profile.work?.[0]?.position).to.equal('CEO/President');
    expect(profile.education?.length).to.be.greaterThan(0);
    await expectValid(out);
  });

  for (const [format, file, count] of [
    ['RIS', 'ris/papers.ris', 4],
    ['CSL-JSON', 'csl/edge-cases.json', 7],
    ['OpenAlex works', 'openalex/works-rajbhandari.json', 4],
    ['ORCID works', 'orcid/bulk.json', 2],
  ] as const) {
    it(`imports ${format}, naming the profile after the file unless --name says`, async () => {
      const out = join(await tempFolder(), 'profile.json');
      const result = await run(['import', fixture(file), '-o', out]);
      expect(result.stderr).to.include(`(${format}, ${count} publications read`);
      const stem = file.replace(/^.*\//, '').replace(/\.\w+$/, '');
      expect(result.stderr).to.include(`basics.name is "${stem}" (from the file name); edit it, or pass --name.`);
      const profile = await readProfile(out);
      expect(profile.basics.name).to.equal(stem);
      expect(profile.publications).to.have.length(count);
      await expectValid(out);
    });
  }

  it('reports what it skipped, with each reason and place, and exits 1', async () => {
    const folder = await tempFolder();
    const result = await run(['import', 'papers-problems.bib', 'profile-problems.json', '-o', join(folder, 'profile.json')], { cwd: commandFixture('') });
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include('papers-problems.bib (BibTeX, 1 publication read; 2 problems)\n');
    expect(result.stderr).to.include('  papers-problems.bib:14:3 error entry "smith2020": a comma is missing before "author"\n');
    expect(result.stderr).to.include('  profile-problems.json:23:7 error /publications/1/title: expected a string, got a number\n');
    expect(result.stderr).to.match(/skipped 5 \(problems above\)\.$/m);
    const profile = await readProfile(join(folder, 'profile.json'));
    // The profile's name wins over the file name; the readable entries of both files are there.
    expect(profile.basics.name).to.equal('Grace Example');
    expect(profile.publications!.map((publication) => publication.id)).to.deep.equal(['good2021', 'good']);
    expect(profile.work!.some((job) => job.organization === 'Example Company')).to.equal(true);
  });

  it('gives a publication whose id is taken by another work an id of its own', async () => {
    const folder = await tempFolder();
    const other = [{ id: 'folio2021', type: 'article-journal', title: 'A Different Work', author: [{ family: 'Other', given: 'Ann' }], issued: { 'date-parts': [[2015]] } }];
    await writeFile(join(folder, 'other.json'), JSON.stringify(other));
    const result = await run(['import', fixture('bibtex/custom-fields.bib'), 'other.json', '--name', 'N. N.'], { cwd: folder });
    expect(result.code).to.equal(0);
    const profile = JSON.parse(result.stdout) as Profile;
    expect(profile.publications!.map((publication) => [publication.id, publication.title])).to.deep.equal([
      ['folio2021', 'Custom Fields from al-folio'],
      ['plain2019', 'No Custom Fields'],
      ['folio2021-2', 'A Different Work'],
    ]);
  });

  it('reads standard input and writes to standard output', async () => {
    const bibtex = await readFile(fixture('bibtex/custom-fields.bib'), 'utf8');
    const result = await run(['import', '-', '--name', 'Piped Person'], { input: bibtex });
    expect(result.code).to.equal(0);
    const profile = JSON.parse(result.stdout) as Profile;
    expect(profile.basics.name).to.equal('Piped Person');
    expect(profile.publications).to.have.length(2);
  });

  it('refuses a lab and a file that cannot be read, and still writes what it could import', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'broken.bib'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01]));
    const result = await run(['import', fixture('links/lab.json'), 'broken.bib', fixture('bibtex/custom-fields.bib'), '-o', 'profile.json'], { cwd: folder });
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include('lab.json is a lab: import reads profiles and publication lists');
    expect(result.stderr).to.include('broken.bib error a PDF file, not BibTeX text');
    expect((await readProfile(join(folder, 'profile.json'))).publications).to.have.length(2);

    const nothing = await run(['import', 'broken.bib'], { cwd: folder });
    expect(nothing.code).to.equal(1);
    expect(nothing.stdout).to.equal('');
    expect(nothing.stderr).to.include('nothing could be imported; no profile was written.');
  });
});
