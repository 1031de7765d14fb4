/**
 * `scholar-elements prerender` of publication lists: a .bib (or RIS, CSL-JSON, OpenAlex, ORCID) file becomes a
 * publications page. Profiles are covered by test/cli/prerender.test.ts, which renders them in a browser.
 */
import { expect } from 'vitest';
import { commandFixture, fixture, run } from './helpers.js';

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const citationTitles = (html: string) => [...html.matchAll(/<meta name="citation_title" content="([^"]*)">/g)].map((match) => match[1]);

describe('scholar-elements prerender of a publication list', () => {
  it('makes a .bib file a publications page named after the file, every entry in the HTML', async () => {
    const result = await run(['prerender', fixture('bibtex/custom-fields.bib')]);
    expect(result.code).to.equal(0);
    expect(result.stderr).to.equal('');
    expect(result.stdout).to.match(/^<!doctype html>/);
    expect(titleOf(result.stdout)).to.equal('custom-fields');
    expect(result.stdout).to.include('shadowrootmode="open"');
    expect(citationTitles(result.stdout)).to.deep.equal(['Custom Fields from al-folio', 'No Custom Fields']);
    expect(result.stdout).to.include('Custom Fields from al-folio');
  });

  it('takes the name from --name, and lists what it left out with file:line:column', async () => {
    const result = await run(['prerender', 'papers-problems.bib', '--name', 'Grace Example'], { cwd: commandFixture('') });
    expect(result.code).to.equal(0);
    expect(titleOf(result.stdout)).to.equal('Grace Example');
    expect(citationTitles(result.stdout)).to.deep.equal(['A Readable Paper']);
    expect(result.stderr).to.include('papers-problems.bib: 2 problems in the data; the entries and values they concern are left out of the page:\n');
    expect(result.stderr).to.include('  papers-problems.bib:14:3 error entry "smith2020": a comma is missing before "author"\n');
  });

  it('says a lab is not one profile', async () => {
    const result = await run(['prerender', fixture('links/lab.json')]);
    expect(result.code).to.equal(1);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.include("lab.json is a lab: prerender makes the page of one profile; prerender each member's profile.");
  });

  it('renders OpenAlex and ORCID works, and RIS', async () => {
    for (const file of ['openalex/works-rajbhandari.json', 'orcid/bulk.json', 'ris/papers.ris']) {
      const result = await run(['prerender', fixture(file), '--name', 'Samyam Rajbhandari']);
      expect(result.code, file).to.equal(0);
      expect(
        citationTitles(result.stdout).some((title) => title!.startsWith('ZeRO')),
        file,
      ).to.equal(true);
    }
  });
});
