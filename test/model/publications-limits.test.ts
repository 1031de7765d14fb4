/**
 * Publications at the edges: years far outside the bounds dates may have, and thousands of entries sharing one id.
 * Each far year costs its entry its date, with a problem naming the value and the bounds; every entry is kept.
 */
import { expect } from 'vitest';
import { parseBibtex } from '../../src/model/bibtex.js';
import { parseCslJson } from '../../src/model/csl-json.js';
import { EARLIEST_YEAR, LATEST_YEAR } from '../../src/model/dates.js';
import { countsPerYear } from '../../src/model/pub-query.js';
import { entriesFromItems, toEntry, uniqueKey } from '../../src/model/publications.js';
import { buildTimeline } from '../../src/model/timeline.js';
import type { Problem, Profile, Publication } from '../../src/model/types.js';
import { validateProfile } from '../../src/model/validate.js';
import { fixtureText } from './fixture-files.js';

const FAR_YEARS_BIB = fixtureText('/test/fixtures/bibtex/far-years.bib');

describe('publications with far-away years', () => {
  it('keeps every BibTeX entry, leaving out only the far years, each reported with its value, line and the bounds', async () => {
    const { entries, problems } = await parseBibtex(FAR_YEARS_BIB, 'far.bib');
    expect(entries.map((entry) => [entry.key, entry.year])).to.deep.equal([
      ['before2019', 2019],
      ['farfuture', undefined],
      ['sixdigits', undefined],
      ['ancient', undefined],
      ['after2021', 2021],
    ]);
    for (const entry of entries.slice(1, 4)) {
      expect(entry.date, entry.key).to.be.undefined;
      expect(entry.item.issued, `${entry.key}: the item carries no date the list cannot place`).to.be.undefined;
    }
    expect(problems.map((problem) => [problem.path, problem.line])).to.deep.equal([
      ['farfuture', 6],
      ['sixdigits', 11],
      ['ancient', 17],
    ]);
    expect(problems[0]!.message).to.equal('farfuture (line 6): the year 99999999 is outside 1000–2999, the years a date may have; the entry is kept without its date.');
    expect(problems[1]!.message).to.contain('123456').and.to.contain(`${EARLIEST_YEAR}–${LATEST_YEAR}`);
    expect(problems[2]!.message).to.contain('the year 50 ');
    // The chart has a row per year of the real span, not a hundred million.
    expect(countsPerYear(entries)).to.deep.equal([
      { year: 2019, count: 1 },
      { year: 2020, count: 0 },
      { year: 2021, count: 1 },
    ]);
  });

  it('reports a CSL-JSON item’s far year at its index and keeps the item', () => {
    const { entries, problems } = parseCslJson(
      [
        { id: 'far', type: 'article', title: 'Far', issued: { 'date-parts': [[123456, 1]] } },
        { id: 'near', type: 'article', title: 'Near', issued: { 'date-parts': [[2020]] } },
      ],
      'items.json',
    );
    expect(entries.map((entry) => entry.year)).to.deep.equal([undefined, 2020]);
    expect(problems).to.deep.equal([
      // Checked as a profile's publication is: the date is left out of the item, which is kept.
      {
        source: 'items.json',
        path: '[0]',
        message: '[0].issued: expected a date that exists, got [[123456,1]] (the year 123456 is outside 1000–2999, the years a date may have)',
        leftOut: 'value',
      },
    ]);
  });

  it('reports through whatever list the caller gives, at the path it names; without one, the entry is still kept', () => {
    const item: Publication = { id: 'x', type: 'article', title: 'X', issued: { 'date-parts': [[5000]] } };
    const problems: Problem[] = [];
    const entry = toEntry(item, 'x', 'profile.json', { path: '/publications/4', problems });
    expect(entry.year).to.be.undefined;
    expect(item.issued, 'the given item is not modified').to.deep.equal({ 'date-parts': [[5000]] });
    expect(problems.map((problem) => [problem.path, problem.source])).to.deep.equal([['/publications/4', 'profile.json']]);
    expect(entriesFromItems([item], 'elsewhere')[0]!.title).to.equal('X');
    const listed: Problem[] = [];
    entriesFromItems([item, item], 'openalex.json', { problems: listed, pathOf: (index) => `/results/${index}` });
    expect(listed.map((problem) => problem.path)).to.deep.equal(['/results/0', '/results/1']);
  });

  it('leaves a profile’s far dates out with a problem, and never places "0050-06" in 1950', () => {
    const profile = {
      basics: { name: 'Ada' },
      work: [
        { position: 'Ancient', organization: 'Rome', startDate: '0050-06', endDate: '0051' },
        { position: 'Modern', organization: 'Lab', startDate: '2019-06', endDate: '2021' },
      ],
      publications: [
        { title: 'Far', issued: 5000 },
        { title: 'Far in parts', issued: { 'date-parts': [[99999999]] } },
        { title: 'Near', issued: 2020 },
      ],
    };
    const result = validateProfile(profile, 'ada.json');
    const messages = result.problems.map((problem) => `${problem.path}: ${problem.message}`);
    expect(
      messages.some((message) => message.startsWith('/work/0/startDate') && message.includes('0050-06') && message.includes('1000–2999')),
      messages.join('\n'),
    ).to.equal(true);
    expect(
      messages.some((message) => message.startsWith('/publications/0/issued') && message.includes('5000')),
      messages.join('\n'),
    ).to.equal(true);
    expect(
      messages.some((message) => message.startsWith('/publications/1/issued') && message.includes('99999999')),
      messages.join('\n'),
    ).to.equal(true);
    expect(result.profile!.work!.map((work) => work.position)).to.deep.equal(['Ancient', 'Modern']);
    expect(result.profile!.publications!.map((publication) => publication.title)).to.deep.equal(['Far', 'Far in parts', 'Near']);

    const timeline = buildTimeline(result.profile!, { kinds: ['experience', 'publications'], today: { year: 2025, month: 1, day: 1 } });
    expect(timeline.entries.map((entry) => entry.start.year)).to.deep.equal([2019, 2020]);
    expect(timeline.undated.map((entry) => entry.path)).to.deep.equal(['/work/0', '/publications/0', '/publications/1']);
    // Even read without validation, a far date is no date: nothing is placed in 1950.
    const raw = buildTimeline(profile as unknown as Profile, { kinds: ['experience'], today: { year: 2025, month: 1, day: 1 } });
    expect(raw.entries.map((entry) => entry.start.year)).to.deep.equal([2019]);
  });
});

describe('publications sharing one id', () => {
  it('keeps the first key and numbers the rest, skipping keys already taken', () => {
    const taken = new Set<string>(['a~3']);
    expect(['a', 'a', 'a', 'a', 'b', 'a'].map((id) => uniqueKey(id, taken))).to.deep.equal(['a', 'a~2', 'a~4', 'a~5', 'b', 'a~6']);
    const blank = new Set<string>();
    expect(['', '', ''].map((id) => uniqueKey(id, blank))).to.deep.equal(['entry', 'entry~2', 'entry~3']);
  });

  it('gives 200,000 entries that share one id their own keys in linear time (counting from 2 each time would take hours)', () => {
    const taken = new Set<string>();
    const keys = Array.from({ length: 200_000 }, () => uniqueKey('smith2020', taken));
    expect(new Set(keys).size).to.equal(200_000);
    expect(keys.slice(0, 3)).to.deep.equal(['smith2020', 'smith2020~2', 'smith2020~3']);
    expect(keys[keys.length - 1]).to.equal('smith2020~200000');
  });

  it('reads 20,000 CSL items that share one id, each kept with a key of its own', () => {
    const items = Array.from({ length: 20_000 }, (_, index): Publication => ({ id: 'dup', type: 'article', title: `Paper ${index}` }));
    const entries = entriesFromItems(items, 'items.json');
    expect(entries.length).to.equal(20_000);
    expect(new Set(entries.map((entry) => entry.key)).size).to.equal(20_000);
    expect(entries[19_999]!.title).to.equal('Paper 19999');
  });
});
