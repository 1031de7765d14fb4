import { expect } from 'vitest';
import {
  compareTitles,
  titleKeysFor,
  countsPerYear,
  facetCounts,
  filterEntries,
  groupEntries,
  matchWords,
  MAX_CHART_SPAN,
  narrows,
  queryWords,
  sortEntries,
  type PubFilter,
} from '../../src/model/pub-query.js';
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

  it('sorts by citations: most cited first, works without a count last, the newest first among equals', () => {
    const counted = entriesFromItems(
      items.map((item, index) => (index === 3 ? item : { ...item, metrics: { citations: [5, 40, 5, 0, 0][index]!, source: 'OpenAlex' } })),
      'test',
    );
    // c (2022) and a (2020) both have 5; e has 0; d has no count.
    expect(keys(sortEntries(counted, 'cited'))).to.deep.equal(['b', 'c', 'a', 'e', 'd']);
    expect(keys(sortEntries(entries, 'cited'))).to.deep.equal(keys(sortEntries(entries, 'newest')));
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

  describe('at scale', () => {
    const WORDS = ['sparse', 'attention', 'quantization', 'memory', 'graph', 'search', 'élan', 'zero'];
    const CATEGORIES = ['paper-conference', 'article-journal', 'article', 'report'] as const;
    const many: PubEntry[] = entriesFromItems(
      Array.from({ length: 600 }, (_, index): Publication => ({
        id: `m${index}`,
        type: CATEGORIES[index % 4]!,
        title: `${WORDS[index % 8]} ${WORDS[(index * 3) % 8]} study ${index}`,
        ...(index % 7 ? { issued: { 'date-parts': [[1990 + (index % 23), 1 + (index % 12)]] } } : {}),
        keywords: [WORDS[(index * 5) % 8]!],
        ...(index % 5 === 0 ? { selected: true } : {}),
      })),
      'test',
    );

    /** Facet counts as the plain definition says: per facet, the entries every other filter leaves. */
    function naiveCounts(list: readonly PubEntry[], filter: PubFilter) {
      const without = (facet: keyof PubFilter): PubFilter => ({ ...filter, [facet]: undefined, ...(facet === 'yearFrom' ? { yearTo: undefined } : {}) });
      const tally = <K>(entries: PubEntry[], keyOf: (entry: PubEntry) => K[]) => {
        const map = new Map<K, number>();
        for (const entry of entries) for (const key of keyOf(entry)) map.set(key, (map.get(key) ?? 0) + 1);
        return map;
      };
      return {
        categories: tally(filterEntries(list, without('categories')), (entry) => [entry.category]),
        years: tally(filterEntries(list, without('yearFrom')), (entry) => (entry.year === undefined ? [] : [entry.year])),
        keywords: tally(filterEntries(list, without('keywords')), (entry) => entry.keywords),
        selected: filterEntries(list, without('selectedOnly')).filter((entry) => entry.item.selected === true).length,
      };
    }

    it('counts every facet in one pass exactly as the per-facet definition does', () => {
      const filters: PubFilter[] = [
        {},
        { text: 'sparse' },
        { categories: ['journal'] },
        { categories: ['journal', 'preprint'], yearFrom: 1995, yearTo: 2005 },
        { keywords: ['memory'], selectedOnly: true },
        { text: 'study 1', categories: ['conference'], keywords: ['graph'], yearFrom: 2000, selectedOnly: true },
      ];
      for (const filter of filters) {
        const counts = facetCounts(many, filter);
        const expected = naiveCounts(many, filter);
        const sorted = <K>(map: Map<K, number>) => [...map].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        expect(sorted(counts.categories), JSON.stringify(filter)).to.deep.equal(sorted(expected.categories));
        expect(sorted(counts.years), JSON.stringify(filter)).to.deep.equal(sorted(expected.years));
        expect(sorted(counts.keywords), JSON.stringify(filter)).to.deep.equal(sorted(expected.keywords));
        expect(counts.selected, JSON.stringify(filter)).to.equal(expected.selected);
      }
    });

    it('finds a query typed on among the entries the shorter one left: the same entries as a fresh search', () => {
      const sorted = sortEntries(many, 'newest');
      let previous = queryWords('');
      let left = matchWords(sorted, previous);
      for (const text of ['q', 'qu', 'quant', 'quantization', 'quantization s', 'quantization study 1', 'quantization study 12']) {
        const words = queryWords(text);
        expect(narrows(words, previous), text).to.equal(true);
        left = matchWords(left, words);
        expect(keys(left), text).to.deep.equal(keys(filterEntries(sorted, { text })));
        previous = words;
      }
      // Not a narrowing: a word taken away, or changed.
      expect(narrows(queryWords('quant'), queryWords('quantization'))).to.equal(false);
      expect(narrows(queryWords('memory'), queryWords('graph'))).to.equal(false);
      expect(narrows(queryWords('Élan zero'), queryWords('elan'))).to.equal(true);
    });

    it('sorts many entries as a comparison of their dates would, undated last and ties in source order', () => {
      for (const order of ['newest', 'oldest'] as const) {
        const direction = order === 'oldest' ? 1 : -1;
        const key = (entry: PubEntry) => entry.date!.year * 10000 + (entry.date!.month ?? 0) * 100 + (entry.date!.day ?? 0);
        const expected = [...many].sort((a, b) => (!a.date || !b.date ? (a.date ? 0 : 1) - (b.date ? 0 : 1) : direction * (key(a) - key(b))));
        expect(keys(sortEntries(many, order))).to.deep.equal(keys(expected));
      }
    });

    it('orders titles exactly as the collator does, numbers by value, case and accents aside', () => {
      const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
      // A seeded generator (mulberry32): the same strings every run.
      let state = 0x5eed;
      const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = Math.imul(state ^ (state >>> 15), state | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const alphabet = [...' -_.,:;!?\'"()[]{}@*/\\&#%`^+<=>|~$', ...'aAbBzZ', ...'0000123456789', 'é', 'Ö', 'ß', '\u00a0', '–'];
      const titles = Array.from({ length: 3000 }, () => Array.from({ length: 1 + Math.floor(random() * 7) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
      titles.push('Model 2', 'Model 10', 'model 02', 'Model 1.5', 'Model 1.10', 'Árbol search', 'arbol search', 'A', 'a', '', '1' + '0'.repeat(40), '2');
      let disagreements = 0;
      for (let index = 0; index < titles.length; index++) {
        for (const other of [titles[(index * 7) % titles.length]!, titles[(index + 1) % titles.length]!, titles[(index * 31 + 5) % titles.length]!]) {
          if (compareTitles(titles[index]!, other) !== Math.sign(collator.compare(titles[index]!, other))) disagreements++;
        }
      }
      expect(disagreements).to.equal(0);
      // Keys stand in for the collator in English; not where the collation treats some ASCII otherwise.
      const options = { sensitivity: 'base', numeric: true } as const;
      expect(titleKeysFor(new Intl.Collator('en', options)) !== null).to.equal(true);
      expect(titleKeysFor(new Intl.Collator('cs', options)) !== null).to.equal(false);
      expect(titleKeysFor(new Intl.Collator('da', options)) !== null).to.equal(false);
      // Sorting entries by title gives the collator's order, ties in source order.
      const items = titles.slice(0, 800).map((title, index): Publication => ({ id: `t${index}`, type: 'article', title: title.trim() || 'x' }));
      const list = entriesFromItems(items, 'test');
      const expected = [...list].sort((a, b) => collator.compare(a.title, b.title));
      expect(keys(sortEntries(list, 'title'))).to.deep.equal(keys(expected));
    });
  });
});
