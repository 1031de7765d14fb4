/**
 * `import --openalex` and `import --orcid` against a local server replaying recorded API answers
 * (test/fixtures/api/): cursor paging, bulk requests, retries on 429 and 5xx, and failures.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Profile } from '../../src/model/types.js';
import { startApiServer, type ApiServer, type ExtraHandler } from './api-server.js';
import { fixture, run, tempFolder } from './helpers.js';

const AUTHOR = 'A5029543468';
const ORCID = '0000-0002-1825-0097';

let server: ApiServer | undefined;

async function serve(options: { scenario?: string; extra?: ExtraHandler } = {}): Promise<ApiServer> {
  server = await startApiServer(options);
  return server;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function readProfile(path: string): Promise<Profile> {
  return JSON.parse(await readFile(path, 'utf8')) as Profile;
}

describe('scholar-elements import --openalex', () => {
  it("reads every page of an author's works, 200 a page, in OpenAlex's polite pool", async () => {
    const api = await serve();
    const out = join(await tempFolder(), 'profile.json');
    const result = await run(['import', '--openalex', AUTHOR, '--mailto', 'me@example.org', '-o', out], { env: api.env });
    expect(result.stderr).to.include(`openalex:${AUTHOR} (OpenAlex works, 4 publications read)`);
    expect(result.code).to.equal(0);
    const [author, ...pages] = api.requests;
    expect(author!.path).to.equal(`/openalex/authors/${AUTHOR}`);
    expect(pages.map((request) => request.query.cursor)).to.deep.equal([
      '*',
      'IlsxNjA0MjY4ODAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzMxMDE4OTE0NTEnXSI=',
      'IlsxNTMwNDAzMjAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzI4ODQzOTgzMjcnXSI=',
    ]);
    for (const page of pages) {
      expect(page.path).to.equal('/openalex/works');
      expect(page.query.filter).to.equal(`author.id:${AUTHOR}`);
      expect(page.query['per-page']).to.equal('200');
      expect(page.query.mailto).to.equal('me@example.org');
      expect(page.headers['user-agent']).to.match(/^scholar-elements\/\S+ \(.*mailto:me@example\.org\)$/);
    }
    const profile = await readProfile(out);
    expect(profile.basics.name).to.equal('Samyam Rajbhandari');
    expect(profile.publications!.map((publication) => publication.openalex)).to.deep.equal(['W3101891451', 'W3081168214', 'W3123404437', 'W2884398327']);
    expect(profile.publications![0]!.metrics?.source).to.equal('OpenAlex');
    expect((await run(['validate', out])).code).to.equal(0);
  });

  it('waits as Retry-After asks when OpenAlex answers 429, then goes on', async () => {
    const api = await serve({ scenario: 'rate-limited' });
    const result = await run(['import', '--openalex', AUTHOR, '--name', 'S. R.'], { env: api.env });
    expect(result.code).to.equal(0);
    expect(result.stderr).to.include('scholar-elements: OpenAlex answered 429 Too Many Requests (You have exceeded the rate limit');
    expect(result.stderr).to.include('trying again in 1 s (attempt 2 of 5).');
    const secondPage = api.requests.filter((request) => request.query.cursor?.startsWith('IlsxNjA0'));
    expect(secondPage).to.have.length(2);
    expect(secondPage[1]!.time - secondPage[0]!.time).to.be.greaterThanOrEqual(950);
    // With --name given, the author record is not asked for.
    expect(api.requests.some((request) => request.path.startsWith('/openalex/authors/'))).to.equal(false);
    expect((JSON.parse(result.stdout) as Profile).publications).to.have.length(4);
  });

  it('says what failed when OpenAlex does not know the author, and exits 1', async () => {
    const api = await serve();
    const result = await run(['import', '--openalex', 'https://openalex.org/A5000000001'], { env: api.env });
    expect(result.code).to.equal(1);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.include(
      'cannot import the works of OpenAlex author https://openalex.org/A5000000001: OpenAlex answered 404 Not Found (The requested URL was not found on the server.',
    );
    expect(result.stderr).to.include(`for ${api.env.SCHOLAR_ELEMENTS_OPENALEX_URL}/authors/A5000000001.`);
    expect(result.stderr).to.include('nothing could be imported; no profile was written.');
  });

  it('fails at once, saying so, when the API cannot be reached at all', async () => {
    // A port nothing listens on: one the system just gave out and took back.
    const closed = await startApiServer();
    const base = closed.env.SCHOLAR_ELEMENTS_OPENALEX_URL!;
    await closed.close();
    const result = await run(['import', '--openalex', AUTHOR, '--name', 'S. R.'], { env: { SCHOLAR_ELEMENTS_OPENALEX_URL: base } });
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include(`cannot import the works of OpenAlex author A5029543468: OpenAlex could not be reached (ECONNREFUSED) at ${base}/works?`);
    expect(result.stderr).not.to.include('trying again');

    const badBase = await run(['import', '--orcid', ORCID, '--name', 'J. C.'], { env: { SCHOLAR_ELEMENTS_ORCID_URL: 'ftp://mirror.example.org/orcid' } });
    expect(badBase.code).to.equal(1);
    expect(badBase.stderr).to.include('SCHOLAR_ELEMENTS_ORCID_URL must be an http or https address: ftp://mirror.example.org/orcid');
  });

  it('gives the same bytes when the works are merged again', async () => {
    const api = await serve();
    const out = join(await tempFolder(), 'profile.json');
    await run(['import', '--openalex', AUTHOR, '-o', out], { env: api.env });
    const first = await readFile(out);
    const again = await run(['import', '--openalex', AUTHOR, '--merge', out, '-o', out], { env: api.env });
    expect(again.stderr).to.include('Added nothing new; matched 4 already there; skipped 0.');
    expect(Buffer.compare(await readFile(out), first)).to.equal(0);
  });
});

describe('scholar-elements import --orcid', () => {
  it("reads the works list, then the full records in bulk, and the person's name", async () => {
    const api = await serve();
    const out = join(await tempFolder(), 'profile.json');
    const result = await run(['import', '--orcid', `https://orcid.org/${ORCID}`, '-o', out], { env: api.env });
    expect(result.code).to.equal(0);
    expect(api.requests.map((request) => request.path)).to.deep.equal([
      `/orcid/v3.0/${ORCID}/person`,
      `/orcid/v3.0/${ORCID}/works`,
      `/orcid/v3.0/${ORCID}/works/87654321,87654322,99123456,71234568`,
    ]);
    expect(api.requests.every((request) => request.headers.accept === 'application/json')).to.equal(true);
    const profile = await readProfile(out);
    expect(profile.basics.name).to.equal('Josiah Carberry');
    expect(profile.basics.profiles).to.deep.equal([{ network: 'ORCID', username: ORCID, url: `https://orcid.org/${ORCID}` }]);
    expect(profile.publications).to.have.length(4);
    // Authors come from the full record (here its BibTeX citation), which the summary lacks.
    const deepCpu = profile.publications!.find((publication) => publication.title.startsWith('DeepCPU'))!;
    expect(deepCpu.author!.map((name) => name.family)).to.deep.equal(['Zhang', 'Rajbhandari', 'Wang', 'He']);
    expect((await run(['validate', out])).code).to.equal(0);
  });

  it('asks for at most 100 records at a time', async () => {
    // A record with 150 works: its summary and bulk answers are built from the recorded full records.
    const iD = '0000-0009-9999-9980';
    const recorded = JSON.parse(await readFile(fixture(`api/orcid/bulk-${ORCID}.json`), 'utf8')) as { bulk: Array<{ work: Record<string, unknown> }> };
    const record = (code: number) => {
      const work = structuredClone(recorded.bulk[code % recorded.bulk.length]!.work);
      work['put-code'] = code;
      work.title = { title: { value: `${(work.title as { title: { value: string } }).title.value} (part ${code})` }, subtitle: null, 'translated-title': null };
      work['external-ids'] = { 'external-id': [] };
      return work;
    };
    const codes = Array.from({ length: 150 }, (_, index) => 1000 + index);
    const api = await serve({
      extra: (request) => {
        if (request.path === `/orcid/v3.0/${iD}/works`)
          return {
            body: { 'last-modified-date': null, group: codes.map((code) => ({ 'external-ids': { 'external-id': [] }, 'work-summary': [record(code)] })), path: `/${iD}/works` },
          };
        const bulk = new RegExp(`^/orcid/v3\\.0/${iD}/works/([\\d,]+)$`).exec(request.path);
        if (bulk) return { body: { bulk: bulk[1]!.split(',').map((code) => ({ work: record(Number(code)) })) } };
        return undefined;
      },
    });
    const result = await run(['import', '--orcid', iD, '--name', 'Many Works'], { env: api.env });
    expect(result.code).to.equal(0);
    const batches = api.requests.filter((request) => request.path.startsWith(`/orcid/v3.0/${iD}/works/`)).map((request) => request.path.split('/').pop()!.split(','));
    expect(batches.map((batch) => batch.length)).to.deep.equal([100, 50]);
    expect(batches.flat()).to.deep.equal(codes.map(String));
    expect((JSON.parse(result.stdout) as Profile).publications).to.have.length(150);
  });

  it('tries again after a 503, with backoff', async () => {
    const api = await serve({ scenario: 'unavailable' });
    const result = await run(['import', '--orcid', ORCID, '--name', 'J. C.'], { env: api.env });
    expect(result.code).to.equal(0);
    expect(result.stderr).to.include('scholar-elements: ORCID answered 503 Service Unavailable (The service is temporarily unavailable.); trying again in 1 s (attempt 2 of 5).');
    expect(api.requests.filter((request) => request.path === `/orcid/v3.0/${ORCID}/works`)).to.have.length(2);
    expect((JSON.parse(result.stdout) as Profile).publications).to.have.length(4);
  });

  it('says what failed for a record ORCID does not have, and keeps what the files gave', async () => {
    const api = await serve();
    const result = await run(['import', fixture('bibtex/custom-fields.bib'), '--orcid', '0000-0009-9999-9999', '--name', 'Nobody Known'], { env: api.env });
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include('cannot import the works of ORCID 0000-0009-9999-9999: ORCID answered 404 Not Found (The resource was not found.)');
    expect((JSON.parse(result.stdout) as Profile).publications).to.have.length(2);
  });
});
