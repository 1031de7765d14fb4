import { expect } from 'vitest';
import { isOrcidWorks, orcidToItems } from '../../src/model/orcid.js';
import { fixtureJson } from './fixture-files.js';

const WORKS = fixtureJson('/test/fixtures/orcid/works.json') as Record<string, unknown>;
const WORK = fixtureJson('/test/fixtures/orcid/work-87654321.json') as Record<string, unknown>;
const BULK = fixtureJson('/test/fixtures/orcid/bulk.json') as Record<string, unknown>;

/** A work summary in ORCID's shape, with the fields a test names changed. */
function summary(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'put-code': 1,
    title: { title: { value: 'A Work' }, subtitle: null, 'translated-title': null },
    'external-ids': { 'external-id': [] },
    url: null,
    type: 'journal-article',
    'publication-date': { year: { value: '2021' }, month: null, day: null },
    'journal-title': null,
    ...fields,
  };
}

const works = (...summaries: unknown[]) => ({ group: summaries.map((one) => ({ 'work-summary': [one] })), path: '/0000-0002-1825-0097/works' });

describe('isOrcidWorks', () => {
  it('recognises a works summary, a full record, a bulk response and a whole record', () => {
    expect(isOrcidWorks(WORKS)).to.equal(true);
    expect(isOrcidWorks(WORK)).to.equal(true);
    expect(isOrcidWorks(BULK)).to.equal(true);
    expect(isOrcidWorks({ 'orcid-identifier': {}, 'activities-summary': { works: WORKS } })).to.equal(true);
    expect(isOrcidWorks({ group: [], path: '/0000-0002-1825-0097/works' })).to.equal(true);
  });

  it('does not take other JSON for ORCID works', () => {
    expect(isOrcidWorks([{ id: 'a', type: 'book', title: 'T' }])).to.equal(false);
    expect(isOrcidWorks({ basics: { name: 'A' } })).to.equal(false);
    expect(isOrcidWorks({ group: [{ members: [] }] })).to.equal(false);
    expect(isOrcidWorks({ meta: {}, results: [] })).to.equal(false);
  });
});

describe('orcidToItems', () => {
  it('reads the works summary: one item per group, from its first (preferred) summary', async () => {
    const { items, problems } = await orcidToItems(WORKS, 'works.json');
    expect(problems).to.deep.equal([]);
    expect(items.map((item) => [item.id, item.type, item.title])).to.deep.equal([
      ['orcid-87654321', 'paper-conference', 'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models'],
      ['orcid-87654322', 'paper-conference', 'DeepSpeed: System Optimizations Enable Training Deep Learning Models with Over 100 Billion Parameters'],
      ['orcid-99123456', 'article', 'ZeRO-Offload: Democratizing Billion-Scale Model Training'],
      ['orcid-71234568', 'paper-conference', 'DeepCPU: Serving RNN-based Deep Learning Models 10x Faster'],
    ]);
  });

  it('maps a summary: date, journal title (entities decoded), DOI, ISBN, arXiv link, URL', async () => {
    const [zero, deepspeed, offload, deepcpu] = (await orcidToItems(WORKS, 'works.json')).items;
    expect(zero!.issued).to.deep.equal({ 'date-parts': [[2020, 11]] });
    expect(zero!.DOI).to.equal('10.1109/SC41405.2020.00024');
    // The URL is the DOI's own page: no second link.
    expect(zero!.URL).to.equal(undefined);
    expect(deepspeed!['container-title']).to.equal('Proceedings of the 26th ACM SIGKDD International Conference on Knowledge Discovery & Data Mining');
    expect(deepspeed!.ISBN).to.equal('9781450379984');
    expect(deepspeed!.issued).to.deep.equal({ 'date-parts': [[2020, 8, 20]] });
    expect(offload!.links).to.deep.equal([{ kind: 'arxiv', url: 'https://arxiv.org/abs/2101.06840' }]);
    expect(offload!['container-title']).to.equal('arXiv');
    expect(deepcpu!.URL).to.equal('https://www.usenix.org/conference/atc18/presentation/zhang-minjia');
  });

  it('reads a full work record with its contributors', async () => {
    const { items, problems } = await orcidToItems(WORK, 'work.json');
    expect(problems).to.deep.equal([]);
    expect(items).to.have.length(1);
    expect(items[0]!.author).to.deep.equal([
      { family: 'Rajbhandari', given: 'Samyam' },
      { family: 'Rasley', given: 'Jeff' },
      { family: 'Ruwase', given: 'Olatunji' },
      { family: 'He', given: 'Yuxiong' },
    ]);
    expect(items[0]!.language).to.equal('en');
  });

  it('reads a bulk response: works, authors from a BibTeX citation when the record lists none, and errors as problems', async () => {
    const { items, problems } = await orcidToItems(BULK, 'bulk.json');
    expect(items.map((item) => item.id)).to.deep.equal(['orcid-87654321', 'orcid-71234568']);
    const deepcpu = items[1]!;
    expect(deepcpu.author!.map((name) => `${name.given} ${name.family}`)).to.deep.equal(['Minjia Zhang', 'Samyam Rajbhandari', 'Wenhan Wang', 'Yuxiong He']);
    expect(deepcpu.page).to.equal('951-965');
    expect(deepcpu.abstract).to.equal('We present DeepCPU, a fast RNN serving library for CPUs.');
    expect(problems).to.deep.equal([
      { source: 'bulk.json', path: '/bulk/2', message: '/bulk/2: ORCID could not give this work (404: The resource was not found.); it is left out.' },
    ]);
  });

  it('maps ORCID work types to CSL types', async () => {
    const types = [
      'journal-article',
      'conference-paper',
      'preprint',
      'book-chapter',
      'dissertation-thesis',
      'dissertation',
      'report',
      'working-paper',
      'patent',
      'data-set',
      'software',
      'JOURNAL_ARTICLE',
      'lecture-speech',
      'other',
    ];
    const { items } = await orcidToItems(works(...types.map((type, index) => summary({ 'put-code': index, type }))), 'w');
    expect(items.map((item) => item.type)).to.deep.equal([
      'article-journal',
      'paper-conference',
      'article',
      'chapter',
      'thesis',
      'thesis',
      'report',
      'report',
      'patent',
      'dataset',
      'software',
      'article-journal',
      'speech',
      'document',
    ]);
  });

  it('sorts contributors by role and keeps their ORCID iDs', async () => {
    const contributor = (name: string, role: string, orcid?: string) => ({
      'contributor-orcid': orcid ? { uri: `https://orcid.org/${orcid}`, path: orcid, host: 'orcid.org' } : null,
      'credit-name': { value: name },
      'contributor-attributes': { 'contributor-sequence': null, 'contributor-role': role },
    });
    const { items, problems } = await orcidToItems(
      summary({
        contributors: {
          contributor: [
            contributor('Josiah Carberry', 'author', '0000-0002-1825-0097'),
            contributor('Ada Lovelace', 'http://credit.niso.org/contributor-roles/writing-original-draft/'),
            contributor('Grace Hopper', 'editor'),
            { 'credit-name': null, 'contributor-attributes': { 'contributor-role': 'author' } },
          ],
        },
      }),
      'work.json',
    );
    expect(items[0]!.author).to.deep.equal([
      { family: 'Carberry', given: 'Josiah', ORCID: 'https://orcid.org/0000-0002-1825-0097' },
      { family: 'Lovelace', given: 'Ada' },
    ]);
    expect(items[0]!.editor).to.deep.equal([{ family: 'Hopper', given: 'Grace' }]);
    expect(problems.map((problem) => problem.path)).to.deep.equal(['/contributors/contributor/3']);
  });

  it('leaves out a work without a title with its JSON path; the rest load', async () => {
    const { items, problems } = await orcidToItems(works(summary(), summary({ 'put-code': 9, title: { title: null } }), summary({ 'put-code': 3 })), 'works.json');
    expect(items.map((item) => item.id)).to.deep.equal(['orcid-1', 'orcid-3']);
    expect(problems).to.deep.equal([
      { source: 'works.json', path: '/group/1/work-summary/0', message: '/group/1/work-summary/0: the work (put-code 9) has no title; it is left out.' },
    ]);
  });

  it('loses only a bad value: a month, a DOI, a link with another scheme', async () => {
    const { items, problems } = await orcidToItems(
      works(
        summary({
          'publication-date': { year: { value: '2021' }, month: { value: '13' }, day: null },
          'external-ids': { 'external-id': [{ 'external-id-type': 'doi', 'external-id-value': 'not-a-doi', 'external-id-relationship': 'self' }] },
          url: { value: 'javascript:alert(1)' },
        }),
      ),
      'works.json',
    );
    expect(items[0]!.issued).to.deep.equal({ 'date-parts': [[2021]] });
    expect(items[0]!.DOI).to.equal(undefined);
    expect(items[0]!.URL).to.equal(undefined);
    expect(problems.map((problem) => problem.path)).to.deep.equal([
      '/group/0/work-summary/0/publication-date/month',
      '/group/0/work-summary/0/external-ids/external-id/0/external-id-value',
      '/group/0/work-summary/0/url',
    ]);
  });

  it('reads the works inside a whole record, with paths into it', async () => {
    const { items, problems } = await orcidToItems({ 'activities-summary': { works: works(summary(), summary({ 'put-code': 2, title: null })) } }, 'record.json');
    expect(items).to.have.length(1);
    expect(problems[0]!.path).to.equal('/activities-summary/works/group/1/work-summary/0');
  });

  it('adds a subtitle to the title', async () => {
    const { items } = await orcidToItems(summary({ title: { title: { value: 'DeepSpeed' }, subtitle: { value: 'Training at Scale' } } }), 'w');
    expect(items[0]!.title).to.equal('DeepSpeed: Training at Scale');
  });
});
