/** `scholar-elements validate`: one line per problem with file:line:column, a summary, --json, exit codes. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { commandFixture, fixture, run, tempFolder } from './helpers.js';

const fixtures = commandFixture('');

interface Report {
  ok: boolean;
  problemCount: number;
  files: Array<{
    file: string;
    format?: string;
    entries: number;
    problems: Array<{ line?: number; column?: number; pointer?: string; label?: string; severity: string; message: string; fatal?: boolean }>;
  }>;
}

describe('scholar-elements validate', () => {
  it('places each problem of a profile at its line and column, with its JSON path', async () => {
    const result = await run(['validate', 'profile-problems.json'], { cwd: fixtures });
    expect(result.code).to.equal(1);
    expect(result.stderr).to.equal('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).to.deep.equal([
      'profile-problems.json:4:37 error /basics/emails/1: expected an email address, got "not-an-email"',
      'profile-problems.json:10:7 error /work/0/startDate: expected a date such as "2021", "2021-06" or "2021-06-15", got "June-ish"',
      'profile-problems.json:23:7 error /publications/1/title: expected a string, got a number',
    ]);
    expect(result.stdout).to.match(/^profile-problems\.json: profile, \d+ entries, 3 problems$/m);
    expect(lines.filter(Boolean).at(-1)).to.equal('3 problems in 1 file: what they concern would be left out.');
  });

  it('places BibTeX problems at the entry and the text where reading stopped', async () => {
    const result = await run(['validate', 'papers-problems.bib'], { cwd: fixtures });
    expect(result.code).to.equal(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).to.equal('papers-problems.bib:14:3 error entry "smith2020": a comma is missing before "author"');
    // Read, but without the title a publication cannot do without.
    expect(lines[1]).to.match(/^papers-problems\.bib:19:1 error entry "untitled2019": .*title/);
    expect(result.stdout).to.include('papers-problems.bib: BibTeX, 1 publication, 2 problems');
  });

  it('reads every format the elements read, and exits 0 when nothing would be left out', async () => {
    const files = [
      commandFixture('profile-good.json'),
      fixture('bibtex/custom-fields.bib'),
      fixture('ris/papers.ris'),
      fixture('openalex/works-rajbhandari.json'),
      fixture('orcid/works.json'),
      fixture('links/lab.json'),
    ];
    const result = await run(['validate', '--json', ...files]);
    expect(result.stderr).to.equal('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.files.map((file) => file.format)).to.deep.equal(['profile', 'bibtex', 'ris', 'openalex', 'orcid', 'lab']);
    expect(report.files.map((file) => file.entries)).to.deep.equal([1, 2, 4, 4, 4, 2]);
    expect(report.ok).to.equal(true);
    expect(report.problemCount).to.equal(0);
    expect(result.code).to.equal(0);

    const text = await run(['validate', ...files]);
    expect(text.code).to.equal(0);
    expect(text.stdout.trim().split('\n').at(-1)).to.equal('No problems in 6 files.');
  });

  it('reports RIS, CSL-JSON and ORCID problems with their line and column', async () => {
    const result = await run(['validate', 'test/fixtures/ris/broken.ris', 'test/fixtures/csl/edge-cases.json', 'test/fixtures/orcid/bulk.json']);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.include('test/fixtures/ris/broken.ris:10:1 error record "no-title": the record has no title (TI or T1); it is left out\n');
    expect(result.stdout).to.match(/^test\/fixtures\/csl\/edge-cases\.json:\d+:3 error \/4: missing required field "title" \(id "no-title"\)$/m);
    expect(result.stdout).to.match(/^test\/fixtures\/orcid\/bulk\.json:\d+:5 error \/bulk\/2: ORCID could not give this work/m);
  });

  it("checks a lab's members and the profiles it embeds, placed in the lab file", async () => {
    const result = await run(['validate', 'lab-problems.json'], { cwd: fixtures });
    expect(result.code).to.equal(1);
    expect(result.stdout.split('\n').slice(0, 2)).to.deep.equal([
      'lab-problems.json:8:85 error /members/faculty/0/profile/work/0/startDate: expected a date such as "2021", "2021-06" or "2021-06-15", got "sometime"',
      'lab-problems.json:13:7 error /members/students/0: missing required field "profile"',
    ]);
    expect(result.stdout).to.include('lab-problems.json: lab, 2 members, 2 problems');
  });

  it('--json gives every problem with line, column, pointer and message', async () => {
    const result = await run(['validate', '--json', 'profile-problems.json', 'papers-problems.bib'], { cwd: fixtures });
    expect(result.code).to.equal(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.ok).to.equal(false);
    expect(report.problemCount).to.equal(5);
    expect(report.files[0]!.problems[1]).to.deep.equal({
      line: 10,
      column: 7,
      pointer: '/work/0/startDate',
      severity: 'error',
      message: '/work/0/startDate: expected a date such as "2021", "2021-06" or "2021-06-15", got "June-ish"',
    });
    expect(report.files[1]!.problems[0]).to.deep.equal({
      line: 14,
      column: 3,
      label: 'entry "smith2020"',
      severity: 'error',
      message: 'entry "smith2020": a comma is missing before "author"',
    });
  });

  it('says why a file cannot be read at all, and goes on with the others', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'broken.json'), '{\n  "basics": {\n    "name": "X",\n  }\n}\n');
    await writeFile(join(folder, 'paper.bib'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'));
    await writeFile(join(folder, 'nameless.json'), '{ "basics": { "label": "Nobody" } }\n');
    await writeFile(join(folder, 'good.json'), '{ "basics": { "name": "Somebody" } }\n');
    const result = await run(['validate', 'broken.json', 'missing.json', 'paper.bib', 'nameless.json', 'good.json'], { cwd: folder });
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/^broken\.json:4:3 error not valid JSON: .+$/m);
    expect(result.stdout).to.include('missing.json error cannot read the file: no such file\n');
    expect(result.stdout).to.include('paper.bib error a PDF file, not BibTeX text\n');
    expect(result.stdout).to.include('nameless.json:1:3 error /basics: missing required field "name"\n');
    expect(result.stdout).to.include('good.json: profile, 0 entries\n');
    expect(result.stdout).to.include('4 problems in 4 of 5 files');
  });

  it('reads standard input for "-"', async () => {
    const result = await run(['validate', '-'], { input: '{ "basics": { "name": "Piped", "url": "javascript:alert(1)" } }' });
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/^standard input:1:\d+ error \/basics\/url: the link "javascript:alert\(1\)" is not an http\(s\), mailto or relative address; it is left out$/m);
  });
});
