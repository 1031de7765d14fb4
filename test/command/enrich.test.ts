/**
 * `enrich --openalex` against the local server replaying recorded OpenAlex answers (test/fixtures/api/): every seed
 * profile looked up by title and year, a profile with DOIs looked up in batches (and page by page), hand-entered
 * values kept, dry runs, rate limits; and the enriched seed the elements' tests show is what enrich writes today.
 */
import { access, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Profile, Publication } from '../../src/model/types.js';
import { startApiServer, type ApiServer, type ExtraHandler } from './api-server.js';
import { commandFixture, fixture, projectRoot, run, tempFolder } from './helpers.js';

let server: ApiServer | undefined;

async function serve(extra?: ExtraHandler, scenario?: string): Promise<ApiServer> {
  server = await startApiServer({ ...(extra ? { extra } : {}), ...(scenario ? { scenario } : {}) });
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

  it('follows OpenAlex’s cursor paging when a DOI batch has more works than one page holds', async () => {
    const api = await serve(undefined, 'doi-pages');
    const file = await copyOf(commandFixture('enrich-dois.json'));
    const result = await run(['enrich', file, '--openalex'], { env: api.env });
    expect(result.code, result.stderr).to.equal(0);
    const batch = api.requests.filter((request) => request.query.filter?.startsWith('doi:'));
    expect(batch.map((request) => request.query.cursor)).to.deep.equal(['*', 'IlsxNjA4OTQ3MjAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzQxMDAwMDAwMDknXSI=']);
    expect(result.stderr).to.include('OpenAlex knows 4 of 4 publications (3 by DOI, 1 by title and year).');
    // The work on the second page (DeepSpeed-MoE's DOI) was found by DOI: no title search for it.
    expect((await read(file)).publications!.map((publication) => publication.metrics?.citations)).to.deep.equal([1630, 527, 999, 21]);
  });

  it('waits as long as OpenAlex asks when it answers 429 with Retry-After, then fills the metrics', async () => {
    const api = await serve(undefined, 'enrich-rate-limited');
    const file = await copyOf(join(projectRoot, 'demo/profiles/heyang-qin.json'));
    const result = await run(['enrich', file, '--openalex'], { env: api.env });
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.match(/OpenAlex answered 429 Too Many Requests \(You have exceeded the rate limit.*\); trying again in 1 s \(attempt 2 of 5\)\./);
    const asked = api.requests.filter((request) => request.query.filter?.startsWith('title.search:SimiGrad'));
    expect(asked).to.have.length(2);
    expect(asked[1]!.time - asked[0]!.time).to.be.at.least(900);
    expect(result.stderr).to.include('OpenAlex knows 3 of 4 publications');
    const simigrad = (await read(file)).publications!.find((publication) => publication.id === 'qin2021simigrad')!;
    expect(simigrad.metrics).to.include({ citations: 87, source: 'OpenAlex' });
  });

  it('reports an OpenAlex that keeps refusing, exits 1 and writes nothing', async () => {
    const api = await serve(undefined, 'enrich-refused');
    const file = await copyOf(join(projectRoot, 'demo/profiles/heyang-qin.json'));
    const before = await readFile(file, 'utf8');
    const out = join(await tempFolder(), 'enriched.json');
    const result = await run(['enrich', file, '--openalex', '-o', out], { env: api.env });
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/scholar-elements: OpenAlex answered 429 Too Many Requests .* gave up after 5 attempts\. Nothing was written\./);
    expect(result.stderr).to.include('OpenAlex is limiting how often it answers: try again later, with --mailto you@example.org for its polite pool.');
    expect(api.requests.filter((request) => request.query.filter?.startsWith('title.search:SimiGrad'))).to.have.length(5);
    expect(await readFile(file, 'utf8')).to.equal(before);
    await expect(access(out)).rejects.toThrow();
    expect(result.stderr).to.not.include('Wrote');
  });
});

/** What each seed's recorded answers give (test/fixtures/api/README.md): citations by publication id, and the rest. */
interface SeedCase {
  seed: string;
  author?: string;
  found: Record<string, number>;
  /** Publications OpenAlex does not know (or not confidently): reported, left without metrics. */
  unmatched: string[];
  researcher?: string;
}

const SEEDS: SeedCase[] = [
  {
    seed: 'samyam-rajbhandari',
    author: 'A5029543468',
    found: {
      'rajbhandari2022deepspeed-inference': 412,
      'rajbhandari2022deepspeed-moe': 318,
      arxiv2022using: 689,
      'ren2021zero-offload': 527,
      arxiv2020apmsqueeze: 21,
      arxiv2020zero: 1630,
    },
    unmatched: ['arxiv2026moe-prefill'],
    researcher: 'The researcher: 3,010 citations, h-index 4, i10-index 4.',
  },
  {
    seed: 'minjia-zhang',
    author: 'A5031004152',
    found: {
      thorpe2022bamboo: 31,
      lee2022hierarchical: 33,
      // Only the preprint of the year before: a year apart is accepted.
      zhang2022adversarial: 177,
      zhang2022grasp: 14,
      holmes2021nxmtransformer: 3,
      zhang2021dynatune: 78,
      zhang2021duet: 19,
      ren2021efficient: 7,
      zhang2020accelerating: 74,
      li2020adatune: 61,
      li2020improving: 52,
      zhang2019grip: 98,
      zhang2019accelerating: 41,
      zhang2018navigating: 69,
      // OpenAlex spells the title in lower case.
      zhang2018deepcpu: 54,
      wen2018learning: 173,
      zhang2017avoiding: 52,
      biswas2017lightweight: 3,
      zhang2016relaxed: 11,
      zhang2017poster: 38,
      cao2016drinking: 105,
      // Two records of one work: the one of the same year, not the more cited one of the year after.
      biswas2015valor: 344,
      // Only a record of the year after.
      zhang2015sire: 183,
      zhang2015low: 143,
      sengupta2015hybrid: 32,
      bond2013octet: 176,
      jose2011memcached: 23,
      zhang2010virtcft: 70,
      yazdani2022sharp: 82,
      cao2017hybridizing: 19,
      yu2022powering: 25,
      yu2022survey: 108,
      ren2021hmann: 90,
      cao2014drinking: 99,
      rajbhandari2022deepspeed: 318,
      zhu2021understanding: 246,
      yazdani2019lstm: 54,
      zhang2012larktm: 5,
      // The 2020 entry of the NeurIPS 2021 paper: the 2021 record is a year apart.
      ren2020hmann: 90,
      'ren2021hmann-2': 90,
    },
    unmatched: [
      // OpenAlex has the work under another title ("DeepSpeed Inference: …", "DeepSpeed-MoE: …", "ZeRO-Offload: …").
      'rajbhandari2022enabling',
      'rajbhandari2022advancing',
      'ren2021optimizer',
      // Reports and patents OpenAlex does not have.
      'zhang2016all',
      'zhang2015optimizing',
      'biswas2015efficient',
      'biswas2015lightweight',
      'zhang2019multilayer',
      'zhang2019graph',
      // The same title by other authors.
      'zhang2019deep',
    ],
    researcher: 'The researcher: 4,127 citations, h-index 27, i10-index 41.',
  },
  {
    seed: 'yuxiong-he',
    author: 'A5040612273',
    found: {
      // A 2025 preprint for the 2026 entry.
      'arxiv2026arctic-text2sql-r1': 21,
      arxiv2022compressing: 8,
      'rajbhandari2022deepspeed-inference': 412,
      'rajbhandari2022deepspeed-moe': 318,
      arxiv2022extreme: 67,
      arxiv2022maximizing: 20,
      arxiv2022scala: 291,
      arxiv2022using: 689,
      arxiv2022zeroquant: 47,
      'ren2021zero-offload': 527,
      arxiv2020apmsqueeze: 21,
      arxiv2020zero: 1630,
    },
    unmatched: ['arxiv2026moe-prefill', 'arxiv2026r3-sql', 'arxiv2022leap'],
    researcher: 'The researcher: 14,862 citations, h-index 48, i10-index 121.',
  },
  {
    seed: 'heyang-qin',
    // A 2021 record of the 2020 article.
    found: { qin2023zero: 80, qin2021simigrad: 87, qin2020reinforcement: 10 },
    unmatched: ['qin2019swift'],
  },
];

interface RecordedWork {
  cited_by_count: number;
  counts_by_year: Array<{ year: number; cited_by_count: number }>;
}

/** The recorded answer to the title search for a publication (the request enrich makes for it). */
async function recordedSearch(title: string, year: number): Promise<RecordedWork[]> {
  const { routes } = JSON.parse(await readFile(fixture('api/routes.json'), 'utf8')) as {
    routes: Array<{ scenario?: string; query?: { filter?: string }; responses: Array<{ body: string }> }>;
  };
  const filter = `title.search:${title.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()},publication_year:${year - 1}-${year + 1}`;
  const route = routes.find((candidate) => !candidate.scenario && candidate.query?.filter === filter);
  expect(route, filter).to.not.equal(undefined);
  return (JSON.parse(await readFile(fixture(`api/${route!.responses[0]!.body}`), 'utf8')) as { results: RecordedWork[] }).results;
}

const yearOf = (publication: Publication) => publication.issued?.['date-parts']?.[0]?.[0] as number;

describe('scholar-elements enrich --openalex on the seed profiles', () => {
  for (const { seed, author, found, unmatched, researcher } of SEEDS) {
    it(`fills ${seed}’s metrics from the recorded answers, lists what it did not find and keeps what was entered by hand`, async () => {
      const api = await serve();
      const original = await read(join(projectRoot, `demo/profiles/${seed}.json`));
      // One publication OpenAlex knows carries a count entered by hand.
      const byHand = Object.keys(found)[0]!;
      const handCount = { citations: 7, source: 'Google Scholar', retrieved: '2025-01-15' };
      const input = structuredClone(original);
      input.publications!.find((publication) => publication.id === byHand)!.metrics = handCount;
      const file = join(await tempFolder(), `${seed}.json`);
      await writeFile(file, `${JSON.stringify(input, null, 2)}\n`);

      const result = await run(['enrich', file, '--openalex', ...(author ? ['--author', author] : [])], { env: api.env });
      expect(result.code, result.stderr).to.equal(0);
      const total = original.publications!.length;
      expect(Object.keys(found).length + unmatched.length).to.equal(total);
      expect(result.stderr).to.include(`OpenAlex knows ${Object.keys(found).length} of ${total} publications (0 by DOI, ${Object.keys(found).length} by title and year).`);
      expect(result.stderr).to.include(researcher ?? 'the researcher’s own metrics were not looked up');
      expect(result.stderr).to.include(`kept the metrics entered by hand (7 citations; OpenAlex: ${found[byHand]}; --force replaces them)`);
      const notFound = result.stderr.slice(result.stderr.indexOf('Not found'));
      for (const id of unmatched) {
        const publication = original.publications!.find((candidate) => candidate.id === id)!;
        expect(notFound, id).to.include(`“${publication.title}” (${yearOf(publication)})`);
      }

      const profile = await read(file);
      for (const publication of profile.publications!) {
        const id = String(publication.id);
        const { metrics } = publication;
        if (id === byHand) expect(metrics).to.deep.equal(handCount);
        else if (unmatched.includes(id)) expect(metrics, id).to.equal(undefined);
        else {
          expect(metrics, id).to.include({ citations: found[id], source: 'OpenAlex' });
          expect(metrics!.retrieved).to.match(TODAY);
          // The counts per year of the record it was matched with, oldest first.
          const work = (await recordedSearch(publication.title, yearOf(publication))).find((candidate) => candidate.cited_by_count === found[id])!;
          const years = work.counts_by_year.map(({ year, cited_by_count }) => ({ year, citations: cited_by_count })).sort((a, b) => a.year - b.year);
          expect(metrics!.countsByYear ?? [], id).to.deep.equal(years);
        }
      }
      if (author) expect(profile.metrics).to.include({ source: 'OpenAlex' }).and.to.have.property('hIndex');
      else expect(profile.metrics).to.equal(undefined);
      expect(withoutMetrics(profile)).to.deep.equal(withoutMetrics(input));
      const check = await run(['validate', file]);
      expect(check.code, check.stdout + check.stderr).to.equal(0);
    });
  }

  /**
   * The elements' tests (test/components/researcher-card/enriched-seeds.test.ts) show this file: what enrich writes
   * for minjia-zhang.json from the recordings. `node scripts/record-enriched-seed.mjs` writes it again.
   */
  it('wrote the enriched seed the elements’ tests show (test/fixtures/api/enriched/minjia-zhang.json) as enrich writes it today', async () => {
    const api = await serve();
    const out = join(await tempFolder(), 'minjia-zhang.json');
    const result = await run(['enrich', join(projectRoot, 'demo/profiles/minjia-zhang.json'), '--openalex', '--author', 'A5031004152', '-o', out], {
      env: api.env,
    });
    expect(result.code, result.stderr).to.equal(0);
    const written = await readFile(out, 'utf8');
    const committed = fixture('api/enriched/minjia-zhang.json');
    if (process.env.SCHOLAR_ELEMENTS_RECORD_ENRICHED) {
      await mkdir(dirname(committed), { recursive: true });
      await writeFile(committed, written);
    }
    // The day it was read aside.
    const undated = (text: string) => text.replace(/"retrieved": "\d{4}-\d{2}-\d{2}"/g, '"retrieved": "…"');
    expect(undated(written), 'run `node scripts/record-enriched-seed.mjs`').to.equal(undated(await readFile(committed, 'utf8')));
  });
});
