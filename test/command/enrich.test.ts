/**
 * `enrich --openalex` against the local server replaying recorded OpenAlex answers (test/fixtures/api/): a seed
 * profile looked up by title and year, a profile with DOIs looked up in batches, hand-entered values kept, dry runs.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Profile } from '../../src/model/types.js';
import { startApiServer, type ApiServer, type ExtraHandler } from './api-server.js';
import { commandFixture, projectRoot, run, tempFolder } from './helpers.js';

let server: ApiServer | undefined;

async function serve(extra?: ExtraHandler): Promise<ApiServer> {
  server = await startApiServer(extra ? { extra } : {});
  return server;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A copy of a profile in a folder of the test's own. */
async function copyOf(path: string): Promise<string> {
  const file = join(await tempFolder(), 'profile.json');
  await copyFile(path, file);
  return file;
}

const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Profile;
const TODAY = /^\d{4}-\d{2}-\d{2}$/;

/** The profile without any `metrics`: what enrich must leave exactly as it was. */
function withoutMetrics(profile: Profile): Profile {
  const copy = structuredClone(profile);
  delete copy.metrics;
  for (const publication of copy.publications ?? []) delete publication.metrics;
  return copy;
}

describe('scholar-elements enrich --openalex', () => {
  it('fills a seed profile’s metrics by title and year, accepting only confident matches, and the researcher’s own', async () => {
    const api = await serve();
    const seed = join(projectRoot, 'demo/profiles/samyam-rajbhandari.json');
    const file = await copyOf(seed);
    const result = await run(['enrich', file, '--openalex', '--author', 'A5029543468', '--mailto', 'me@example.org'], { env: api.env });
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.include('OpenAlex knows 6 of 7 publications (0 by DOI, 6 by title and year).');
    expect(result.stderr).to.include('“MoE-Prefill: Zero Redundancy Overheads in MoE Prefill Serving” (2026)');
    expect(result.stderr).to.include('The researcher: 3,010 citations, h-index 4, i10-index 4.');
    const profile = await read(file);
    const citations = Object.fromEntries(profile.publications!.map((publication) => [publication.id, publication.metrics?.citations]));
    expect(citations).to.deep.equal({
      'arxiv2026moe-prefill': undefined,
      'rajbhandari2022deepspeed-inference': 412,
      // Two records of one work: the one of the same year.
      'rajbhandari2022deepspeed-moe': 318,
      arxiv2022using: 689,
      // A similar title that is another work comes first in the answer: not taken.
      'ren2021zero-offload': 527,
      arxiv2020apmsqueeze: 21,
      arxiv2020zero: 1630,
    });
    const zero = profile.publications!.find((publication) => publication.id === 'arxiv2020zero')!.metrics!;
    expect(zero.source).to.equal('OpenAlex');
    expect(zero.retrieved).to.match(TODAY);
    expect(zero.countsByYear).to.deep.equal([
      { year: 2023, citations: 326 },
      { year: 2024, citations: 408 },
      { year: 2025, citations: 489 },
    ]);
    expect(profile.metrics).to.include({ citations: 3010, hIndex: 4, i10Index: 4, source: 'OpenAlex' });
    expect(withoutMetrics(profile)).to.deep.equal(withoutMetrics(await read(seed)));
    const searches = api.requests.filter((request) => request.path === '/openalex/works');
    expect(searches).to.have.length(7);
    for (const search of searches) {
      expect(search.query.filter).to.match(/^title\.search:[^,|]+,publication_year:\d{4}-\d{4}$/);
      expect(search.query.select).to.include('cited_by_count');
      expect(search.query.mailto).to.equal('me@example.org');
    }
    expect((await run(['validate', file])).code).to.equal(0);
  });

  it('looks DOIs up in one request, keeps metrics entered by hand, refreshes its own, and keeps the rest of the file', async () => {
    const api = await serve();
    const file = await copyOf(commandFixture('enrich-dois.json'));
    const before = await readFile(file, 'utf8');
    const result = await run(['enrich', file, '--openalex'], { env: api.env });
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.include('OpenAlex knows 4 of 4 publications (3 by DOI, 1 by title and year).');
    expect(result.stderr).to.include('kept the metrics entered by hand (999 citations; OpenAlex: 88; --force replaces them)');
    const [batch] = api.requests;
    expect(batch!.query.filter).to.equal('doi:10.1109/sc41405.2020.00024|10.48550/arxiv.2101.06840|10.48550/arxiv.2201.05596');
    // The researcher's own, by the ORCID link in basics.profiles.
    expect(api.requests.at(-1)!.path).to.equal('/openalex/authors/orcid:0000-0002-1825-0097');
    const profile = await read(file);
    expect(profile.publications!.map((publication) => publication.metrics?.citations)).to.deep.equal([1630, 527, 999, 21]);
    expect(profile.publications![1]!.metrics!.retrieved).to.match(TODAY);
    expect(profile.publications![2]!.metrics).to.deep.equal({ citations: 999, source: 'Google Scholar', retrieved: '2025-06-01' });
    expect(withoutMetrics(profile)).to.deep.equal(withoutMetrics(JSON.parse(before) as Profile));
    expect((await readFile(file, 'utf8')).startsWith('{\n  "$schema"')).to.equal(true);

    const forced = await run(['enrich', file, '--openalex', '--force'], { env: api.env });
    expect(forced.code).to.equal(0);
    expect((await read(file)).publications![2]!.metrics).to.include({ citations: 88, source: 'OpenAlex' });
  });

  it('shows what would change with --dry-run and writes nothing; writes elsewhere with --out', async () => {
    const api = await serve();
    const file = await copyOf(commandFixture('enrich-dois.json'));
    const before = await readFile(file, 'utf8');
    const dry = await run(['enrich', file, '--openalex', '--dry-run'], { env: api.env });
    expect(dry.code).to.equal(0);
    expect(dry.stderr).to.include('Would change (--dry-run; nothing was written):');
    expect(dry.stderr).to.include('“ZeRO-Offload: Democratizing Billion-Scale Model Training”: 3 → 527 citations.');
    expect(await readFile(file, 'utf8')).to.equal(before);
    const out = join(await tempFolder(), 'enriched.json');
    const written = await run(['enrich', file, '--openalex', '-o', out], { env: api.env });
    expect(written.code).to.equal(0);
    expect(await readFile(file, 'utf8')).to.equal(before);
    expect((await read(out)).publications![0]!.metrics!.citations).to.equal(1630);
  });

  it('asks OpenAlex for at most 50 DOIs at a time', async () => {
    const api = await serve((request) => (request.path === '/openalex/works' ? { body: { meta: { count: 0 }, results: [] } } : undefined));
    const publications = Array.from({ length: 120 }, (_, index) => ({ id: `p${index}`, type: 'article', title: `Work ${index}`, DOI: `10.5555/work.${index}` }));
    const file = join(await tempFolder(), 'many.json');
    await writeFile(file, JSON.stringify({ basics: { name: 'Many Works' }, publications }));
    const result = await run(['enrich', file, '--openalex'], { env: api.env });
    expect(result.code, result.stderr).to.equal(0);
    const batches = api.requests.filter((request) => request.query.filter?.startsWith('doi:'));
    expect(batches.map((request) => request.query.filter!.split('|').length)).to.deep.equal([50, 50, 20]);
    expect(result.stderr).to.include('OpenAlex knows 0 of 120 publications');
  });

  it('fails without writing when OpenAlex does not know the author, and explains a wrong command line', async () => {
    const api = await serve();
    const file = await copyOf(commandFixture('enrich-dois.json'));
    const before = await readFile(file, 'utf8');
    const missing = await run(['enrich', file, '--openalex', '--author', 'A5000000001'], { env: api.env });
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.match(/OpenAlex answered 404.*Nothing was written\./);
    expect(await readFile(file, 'utf8')).to.equal(before);
    const noSource = await run(['enrich', file], { env: api.env });
    expect(noSource.code).to.equal(2);
    expect(noSource.stderr).to.include('--openalex');
    const badAuthor = await run(['enrich', file, '--openalex', '--author', 'Samyam'], { env: api.env });
    expect(badAuthor.code).to.equal(2);
  });
});
