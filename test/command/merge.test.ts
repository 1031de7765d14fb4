/** `import --merge`: only what is new is added, nothing there is overwritten, and a second run changes nothing. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Profile } from '../../src/model/types.js';
import { commandFixture, fixture, run, tempFolder } from './helpers.js';

const SOURCES = [fixture('json-resume/sample.resume.json'), fixture('bibtex/custom-fields.bib'), fixture('openalex/works-rajbhandari.json'), fixture('ris/papers.ris')];

async function readProfile(path: string): Promise<Profile> {
  return JSON.parse(await readFile(path, 'utf8')) as Profile;
}

describe('scholar-elements import --merge', () => {
  it('adds nothing the second time: the same bytes, every entry matched', async () => {
    const folder = await tempFolder();
    const out = join(folder, 'profile.json');
    const first = await run(['import', ...SOURCES, '--name', 'Samyam Rajbhandari', '-o', out]);
    const written = await readFile(out);
    const profile = await readProfile(out);
    // The RIS file and OpenAlex list the same papers: matched across formats by DOI or title, not added twice.
    expect(first.stderr).to.match(
      /matched "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models" \(2020\): already there as publications\[\d+\] \(same DOI 10\.1109\/sc41405\.2020\.00024\)/,
    );
    const titles = profile.publications!.map((publication) => publication.title.toLowerCase());
    expect(new Set(titles).size).to.equal(titles.length);

    const again = await run(['import', ...SOURCES, '--merge', out, '-o', out]);
    expect(again.stderr).to.match(/^Added nothing new; matched \d+ already there; skipped \d+/m);
    expect(Buffer.compare(await readFile(out), written)).to.equal(0);

    const third = await run(['import', ...SOURCES, '--merge', out]);
    expect(Buffer.compare(Buffer.from(third.stdout), written)).to.equal(0);
  });

  it('never overwrites a field that is there, fills in one that is missing, and adds new works', async () => {
    const folder = await tempFolder();
    const out = join(folder, 'profile.json');
    await run(['import', fixture('openalex/works-rajbhandari.json'), '--name', 'Samyam Rajbhandari', '-o', out]);
    const profile = await readProfile(out);
    const zero = profile.publications!.findIndex((publication) => publication.DOI?.toLowerCase() === '10.1109/sc41405.2020.00024');
    expect(zero).to.be.greaterThan(-1);
    // Edited by hand: a new title and a badge kept, the abstract deleted, a note added, the name changed.
    profile.publications![zero]!.title = 'ZeRO (the version on my page)';
    profile.publications![zero]!.venueShort = 'SC 2020';
    delete profile.publications![zero]!.abstract;
    profile.publications![zero]!.note = 'Best paper finalist';
    profile.basics.name = 'S. Rajbhandari';
    await writeFile(out, `${JSON.stringify(profile, null, 2)}\n`);

    const result = await run(['import', fixture('openalex/works-rajbhandari.json'), fixture('bibtex/custom-fields.bib'), '--merge', out, '-o', out, '--name', 'Someone Else']);
    expect(result.code).to.equal(0);
    expect(result.stderr).to.include('already names "S. Rajbhandari"; --name is not used');
    expect(result.stderr).to.match(/matched "ZeRO: Memory Optimizations.*already there as publications\[\d+\] \(same DOI [^)]+\); filled in abstract$/m);
    expect(result.stderr).to.include('Added 2 publications; matched 4 already there; skipped 0.');
    const merged = await readProfile(out);
    const edited = merged.publications![zero]!;
    expect(edited.title).to.equal('ZeRO (the version on my page)');
    expect(edited.venueShort).to.equal('SC 2020');
    expect(edited.note).to.equal('Best paper finalist');
    expect(edited.abstract).to.be.a('string');
    expect(merged.basics.name).to.equal('S. Rajbhandari');
    expect(merged.publications).to.have.length(6);
  });

  it('keeps everything else in the file as written: its indentation, its own fields, entries that do not validate', async () => {
    const folder = await tempFolder();
    const existing = {
      basics: { name: 'Grace Example', 'x-favourite': 'kept' },
      work: [{ position: 'Researcher', organization: 'Example Lab', startDate: 'whenever' }],
      publications: [{ id: 'good2021', type: 'paper-conference', title: 'A Readable Paper', author: [{ family: 'Example', given: 'Grace' }], issued: { 'date-parts': [[2021]] } }],
    };
    await writeFile(join(folder, 'profile.json'), `${JSON.stringify(existing, null, 4)}\n`);
    const result = await run(['import', commandFixture('papers-problems.bib'), '--merge', 'profile.json', '-o', 'profile.json'], { cwd: folder });
    // The .bib file has problems of its own.
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include('profile.json has 1 problem of its own, left as it is');
    expect(result.stderr).to.match(/matched "A Readable Paper" \(2021\): already there as publications\[0\] \(same title, a shared author and year\); filled in .*container-title/);
    const text = await readFile(join(folder, 'profile.json'), 'utf8');
    expect(text).to.match(/^\{\n {4}"\$schema": "https:\/\/scholar-elements\.dev\/schema\/profile\.schema\.json",\n {4}"basics": \{\n {8}"name"/);
    const merged = JSON.parse(text) as Profile;
    expect(merged.basics['x-favourite']).to.equal('kept');
    expect(merged.work).to.deep.equal(existing.work);
    expect(merged.publications).to.have.length(1);
    expect(merged.publications![0]!.venueShort).to.equal('EXCONF');
  });

  it('matches another version of a work without taking its fields: a preprint does not give a conference paper its DOI', async () => {
    const folder = await tempFolder();
    const preprint = [
      {
        id: 'readable-arxiv',
        type: 'article',
        title: 'A Readable Paper',
        'container-title': 'arXiv',
        DOI: '10.48550/arXiv.2101.00001',
        author: [{ family: 'Example', given: 'Grace' }],
        issued: { 'date-parts': [[2021]] },
      },
    ];
    await writeFile(join(folder, 'preprint.json'), JSON.stringify(preprint));
    const result = await run(['import', 'preprint.json', '--merge', commandFixture('profile-good.json')], { cwd: folder });
    expect(result.code).to.equal(0);
    expect(result.stderr).to.include(
      'matched "A Readable Paper" (2021): already there as publications[0] (same title, a shared author and year), as another version (conference, not preprint); nothing filled in',
    );
    const merged = JSON.parse(result.stdout) as Profile;
    expect(merged.publications).to.have.length(1);
    expect(merged.publications![0]!.DOI).to.equal(undefined);
  });

  it('fills in what the basics lack from a CV, keeping what they have', async () => {
    const result = await run(['import', fixture('json-resume/sample.resume.json'), '--merge', commandFixture('profile-good.json')]);
    const merged = JSON.parse(result.stdout) as Profile;
    expect(merged.basics.name).to.equal('Grace Example');
    expect(merged.basics.label).to.equal('Researcher');
    expect(merged.basics.phone).to.equal('(912) 555-4321');
    expect(result.stderr).to.match(/^ {2}filled in .*basics\.phone/m);
  });

  it('matches CV entries too: a JSON Resume merged twice has each job once', async () => {
    const folder = await tempFolder();
    const out = join(folder, 'profile.json');
    await run(['import', fixture('json-resume/sample.resume.json'), '-o', out]);
    const before = await readProfile(out);
    const result = await run(['import', fixture('json-resume/sample.resume.json'), '--merge', out]);
    expect(result.stderr).to.match(/matched work Pied Piper, CEO\/President, 2013-12-01: already there as work\[0\]/);
    expect((JSON.parse(result.stdout) as Profile).work).to.deep.equal(before.work);
  });

  it('fails without writing when the file to merge into is not a profile', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'profile.json'), '{ "basics": ');
    const result = await run(['import', fixture('bibtex/custom-fields.bib'), '--merge', 'profile.json', '-o', 'out.json'], { cwd: folder });
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/profile\.json is not valid JSON: line 1, column \d+/);
    expect(result.stderr).to.include('Nothing was written.');
  });
});
