import { expect } from 'vitest';
import { countsPerYear, facetCounts, filterEntries, groupEntries, MAX_CHART_SPAN, sortEntries } from '../../src/model/pub-query.js';
import { entriesFromItems, type PubEntry } from '../../src/model/publications.js';
import type { Publication } from '../../src/model/types.js';

const items: Publication[] = [
  {
    id: 'a',
    type: 'paper-conference',
    title: 'Zero redundancy optimizers',
    author: [{ given: 'Samyam', family: 'Rajbhandari' }],
    issued: { 'date-parts': [[2020, 11]] },
    'container-title': 'SC',
    keywords: ['memory'],
    selected: true,
  },
  {
    id: 'b',
    type: 'article-journal',
    title: 'Árbol search',
    author: [{ given: 'Minjia', family: 'Zhang' }],
    issued: { 'date-parts': [[2019]] },
    'container-title': 'TOCS',
    keywords: ['search', 'memory'],
  },
  { id: 'c', type: 'article', title: 'Preprint on scaling', author: [{ given: 'Heyang', family: 'Qin' }], issued: { 'date-parts': [[2022, 1]] }, 'container-title': 'arXiv' },
  { id: 'd', type: 'report', title: 'Undated report', category: 'technical-report' },
  { id: 'e', type: 'paper-conference', title: 'Another conference paper', issued: { 'date-parts': [[2020, 3]] }, category: 'workshop' },
];
const entries: PubEntry[] = entriesFromItems(items, 'test');
const keys = (list: PubEntry[]) => list.map((entry) => entry.key);

describe('publication queries', () => {
  it('infers categories from CSL types unless the item says', () => {
    expect(entries.map((entry) => entry.category)).to.deep.equal(['conference', 'journal', 'preprint', 'technical-report', 'workshop']);
  });

  it('searches titles, authors and venues, every word, ignoring case and accents', () => {
    expect(keys(filterEntries(entries, { text: 'arbol' }))).to.deep.equal(['b']);
    expect(keys(filterEntries(entries, { text: 'zhang TOCS' }))).to.deep.equal(['b']);
    expect(keys(filterEntries(entries, { text: 'memory' }))).to.deep.equal(['a', 'b']);
    expect(keys(filterEntries(entries, { text: 'zhang sc' }))).to.deep.equal([]);
  });

  it('filters by category, year range, keyword and selected', () => {
    expect(keys(filterEntries(entries, { categories: ['conference', 'preprint'] }))).to.deep.equal(['a', 'c']);
    expect(keys(filterEntries(entries, { yearFrom: 2020, yearTo: 2020 }))).to.deep.equal(['a', 'e']);
    expect(keys(filterEntries(entries, { yearFrom: 2021 }))).to.deep.equal(['c']);
    expect(keys(filterEntries(entries, { keywords: ['search'] }))).to.deep.equal(['b']);
    expect(keys(filterEntries(entries, { selectedOnly: true }))).to.deep.equal(['a']);
  });

  it('sorts newest, oldest (undated last both ways) and by title', () => {
    expect(keys(sortEntries(entries, 'newest'))).to.deep.equal(['c', 'a', 'e', 'b', 'd']);
    expect(keys(sortEntries(entries, 'oldest'))).to.deep.equal(['b', 'e', 'a', 'c', 'd']);
    expect(keys(sortEntries(entries, 'title'))).to.deep.equal(['e', 'b', 'c', 'd', 'a']);
  });

  it('groups by year (no date last) and by category in a fixed order', () => {
    const byYear = groupEntries(sortEntries(entries, 'newest'), 'year');
    expect(byYear.map((group) => [group.label, keys(group.entries)])).to.deep.equal([
      ['2022', ['c']],
      ['2020', ['a', 'e']],
      ['2019', ['b']],
      ['No date', ['d']],
    ]);
    const byCategory = groupEntries(entries, 'category');
    expect(byCategory.map((group) => group.label)).to.deep.equal(['Conference', 'Journal', 'Workshop', 'Preprint', 'Technical report']);
    expect(groupEntries(entries, 'none')).to.have.length(1);
  });

  it('counts each facet under the other active filters', () => {
    const counts = facetCounts(entries, { categories: ['conference'], text: 'memory' });
    // Category counts ignore the category filter itself but respect the search.
    expect([...counts.categories]).to.deep.equal([
      ['conference', 1],
      ['journal', 1],
    ]);
    // Year counts respect both.
    expect([...counts.years]).to.deep.equal([[2020, 1]]);
    expect(counts.selected).to.equal(1);
    expect(counts.keywords.get('memory')).to.equal(1);
  });

  it('counts per year over the whole span, gaps included', () => {
    expect(countsPerYear(entries)).to.deep.equal([
      { year: 2019, count: 1 },
      { year: 2020, count: 2 },
      { year: 2021, count: 0 },
      { year: 2022, count: 1 },
    ]);
  });

  it('counts a span of up to MAX_CHART_SPAN years year by year, and a wider one only where there are publications', () => {
    const at = (...years: number[]) =>
      entriesFromItems(
        years.map((year, index): Publication => ({ id: `y${index}`, type: 'article', title: `Y${year}`, issued: { 'date-parts': [[year]] } })),
        'test',
      );
    const span = countsPerYear(at(1800, 1800 + MAX_CHART_SPAN - 1));
    expect(span.length).to.equal(MAX_CHART_SPAN);
    expect(span.filter((row) => row.count > 0).map((row) => row.year)).to.deep.equal([1800, 1800 + MAX_CHART_SPAN - 1]);
    expect(countsPerYear(at(1000, 2999, 2020, 2020))).to.deep.equal([
      { year: 1000, count: 1 },
      { year: 2020, count: 2 },
      { year: 2999, count: 1 },
    ]);
  });

  it('never makes a row per year of a huge span, whatever years entries carry', () => {
    // Entries made elsewhere may carry any number; the rows stay as few as the distinct years.
    const base = entriesFromItems([{ id: 'a', type: 'article', title: 'A' }], 'test')[0]!;
    const far = [2019, 99999999, -5, 123456, 2021].map((year, index) => ({ ...base, key: `k${index}`, year }));
    const rows = countsPerYear(far);
    expect(rows.map((row) => row.year)).to.deep.equal([-5, 2019, 2021, 123456, 99999999]);
    const many = Array.from({ length: 100_000 }, (_, index) => ({ ...base, key: `m${index}`, year: 2000 + (index % 3) }));
    expect(countsPerYear(many)).to.deep.equal([
      { year: 2000, count: 33334 },
      { year: 2001, count: 33333 },
      { year: 2002, count: 33333 },
    ]);
  });
});
