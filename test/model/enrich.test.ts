import { describe, expect, it } from 'vitest';
import { applyMetrics, authorMetrics, confidentMatch, lookups, normaliseDoi, workMetrics } from '../../src/model/enrich.js';

const work = (title: string, year: number, cited: number, ...authors: string[]) => ({
  title,
  publication_year: year,
  cited_by_count: cited,
  authorships: authors.map((name) => ({ author: { display_name: name } })),
});

describe('enrich (OpenAlex metrics)', () => {
  it('reads DOIs in every usual form, and nothing else', () => {
    expect(['10.1145/ABC.1', 'https://doi.org/10.1145/abc.1', 'http://dx.doi.org/10.1145/abc.1', 'doi: 10.1145/abc.1'].map(normaliseDoi)).to.deep.equal(
      Array(4).fill('10.1145/abc.1'),
    );
    expect([undefined, 42, '', 'arXiv:2101.06840', 'https://example.org/10.1/x'].map(normaliseDoi)).to.deep.equal(Array(5).fill(undefined));
  });

  it('lists what to look up: title, year, DOI and authors’ family names, skipping works without a title', () => {
    const profile = {
      publications: [
        {
          id: 'a',
          title: ' Notes on the Engine ',
          issued: { 'date-parts': [[1843]] },
          DOI: 'https://doi.org/10.1000/N',
          author: [{ given: 'Ada', family: 'Lovelace' }, { literal: 'Charles Babbage' }],
        },
        { id: 'b', title: '' },
        'not a work',
      ],
    };
    expect(lookups(profile)).to.deep.equal([{ index: 0, title: 'Notes on the Engine', year: 1843, doi: '10.1000/n', families: ['lovelace', 'babbage'] }]);
  });

  it('accepts only the same title, a year at most one apart and an author in common; prefers the same year, then the most cited', () => {
    const lookup = { index: 0, title: 'Notes on the {E}ngine', year: 1843, families: ['lovelace'] };
    expect(confidentMatch(lookup, [work('Notes on the engine, revisited', 1843, 9, 'Ada Lovelace')])).to.equal(undefined);
    expect(confidentMatch(lookup, [work('Notes on the Engine', 1850, 9, 'Ada Lovelace')])).to.equal(undefined);
    expect(confidentMatch(lookup, [work('Notes on the Engine', 1843, 9, 'Mary Somerville')])).to.equal(undefined);
    const preprint = work('Notes on the Engine.', 1842, 50, 'A. Lovelace');
    const paper = work('NOTES ON THE ENGINE', 1843, 7, 'Ada Lovelace');
    expect(confidentMatch(lookup, [preprint, paper])).to.equal(paper);
    expect(confidentMatch(lookup, [preprint])).to.equal(preprint);
    // Without authors on either side the title and year decide.
    expect(confidentMatch({ ...lookup, families: [] }, [work('Notes on the Engine', 1844, 1, 'Someone Else')])).to.not.equal(undefined);
  });

  it('reads a work’s and an author’s counts as of today, and leaves out what is not a count', () => {
    expect(
      workMetrics(
        {
          cited_by_count: 12,
          counts_by_year: [
            { year: 2025, cited_by_count: 5 },
            { year: 2024, cited_by_count: 7 },
          ],
        },
        '2026-11-29',
      ),
    ).to.deep.equal({
      citations: 12,
      source: 'OpenAlex',
      retrieved: '2026-11-29',
      countsByYear: [
        { year: 2024, citations: 7 },
        { year: 2025, citations: 5 },
      ],
    });
    expect(workMetrics({ cited_by_count: -1 }, '2026-11-29')).to.equal(undefined);
    expect(authorMetrics({ cited_by_count: 3010, summary_stats: { h_index: 4, i10_index: 'x' } }, '2026-11-29')).to.deep.equal({
      citations: 3010,
      hIndex: 4,
      source: 'OpenAlex',
      retrieved: '2026-11-29',
    });
    expect(authorMetrics({ summary_stats: {} }, '2026-11-29')).to.equal(undefined);
  });

  it('sets metrics on a copy, keeps hand-entered ones unless forced, and touches nothing else', () => {
    const profile = {
      basics: { name: 'A' },
      metrics: { hIndex: 9 },
      publications: [{ title: 'One' }, { title: 'Two', metrics: { citations: 5, source: 'Google Scholar' } }, { title: 'Three', metrics: { citations: 1, source: 'OpenAlex' } }],
    };
    const fresh = { citations: 10, source: 'OpenAlex', retrieved: '2026-11-29' };
    const found = new Map([
      [0, fresh],
      [1, fresh],
      [2, fresh],
    ]);
    const { profile: kept, changes } = applyMetrics(profile, found, { citations: 100, source: 'OpenAlex' });
    expect((kept.publications as Array<{ metrics?: unknown }>).map((publication) => publication.metrics)).to.deep.equal([fresh, { citations: 5, source: 'Google Scholar' }, fresh]);
    expect(kept.metrics).to.deep.equal({ hIndex: 9 });
    expect(changes.map((change) => [change.index, change.before, change.after, !!change.kept])).to.deep.equal([
      [0, undefined, 10, false],
      [1, 5, 10, true],
      [2, 1, 10, false],
      [-1, undefined, 100, true],
    ]);
    expect(profile.publications[0]).to.deep.equal({ title: 'One' });
    const forced = applyMetrics(profile, found, { citations: 100, source: 'OpenAlex' }, true).profile;
    expect((forced.publications as Array<{ metrics?: unknown }>)[1]!.metrics).to.deep.equal(fresh);
    expect(forced.metrics).to.deep.equal({ citations: 100, source: 'OpenAlex' });
  });
});
