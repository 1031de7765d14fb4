/** The author and "most cited" filters of a publication list (pub-query.ts, pub-filters.ts). */
import { expect } from 'vitest';
import minjia from '../../demo/profiles/minjia-zhang.json' with { type: 'json' };
import { collaborators } from '../../src/model/collaborators.js';
import { readPublicationSources, type PublicationsRead } from '../../src/model/publication-sources.js';
import { facetCounts, filterEntries, groupEntries, hasFacets, hasFilters, mostCitedEntries, sortEntries, SORT_ORDERS } from '../../src/model/pub-query.js';
import { entriesFromItems, type PubEntry } from '../../src/model/publications.js';
import type { Profile, Publication } from '../../src/model/types.js';

const work = (id: string, year: number, citations: number | undefined, authors: Publication['author'], extra: Partial<Publication> = {}): Publication => ({
  id,
  type: 'article-journal',
  title: `Work ${id}`,
  author: authors,
  issued: { 'date-parts': [[year]] },
  ...(citations === undefined ? {} : { metrics: { citations, source: 'OpenAlex' } }),
  ...extra,
});

const ada = { given: 'Ada', family: 'Lovelace' };
const charles = { given: 'Charles', family: 'Babbage' };
const items: Publication[] = [
  work('a', 2020, 50, [ada, charles]),
  work('b', 2021, 10, [ada, { literal: 'C. Babbage' }], { type: 'paper-conference' }),
  work('c', 2022, 10, [ada, { family: 'Babbage', given: 'C.' }]),
  work('d', 2019, 3, [ada, { given: 'Mary', family: 'Somerville' }]),
  work('e', 2023, undefined, [ada, { given: 'Charles', family: 'Babbage' }]),
  work('f', 2018, 0, [{ given: 'Clara', family: 'Babbage' }]),
];
const entries: PubEntry[] = entriesFromItems(items, 'test');
const keys = (list: Iterable<PubEntry>) => [...list].map((entry) => entry.key);

describe('the author filter', () => {
  it('keeps the works of one person under every form author lists use, with the rules highlighting uses', () => {
    expect(keys(filterEntries(entries, { author: 'Charles Babbage' }))).toEqual(['a', 'b', 'c', 'e']);
    expect(keys(filterEntries(entries, { author: 'Babbage, C.' }))).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(keys(filterEntries(entries, { author: 'M. Somerville' }))).toEqual(['d']);
    expect(keys(filterEntries(entries, { author: 'somerville, mary' }))).toEqual(['d']);
    expect(keys(filterEntries(entries, { author: 'Nobody Else' }))).toEqual([]);
    // A blank name is no filter.
    expect(keys(filterEntries(entries, { author: '  ' }))).toEqual(keys(entries));
    expect(hasFacets({ author: '  ' })).toBe(false);
    expect(hasFacets({ author: 'Ada' })).toBe(true);
    expect(hasFilters({ author: 'Ada' })).toBe(true);
    expect(hasFilters({ text: 'x' })).toBe(true);
    expect(hasFilters({})).toBe(false);
  });

  it('combines with the other filters, and the facet counts count only that person’s works', () => {
    expect(keys(filterEntries(entries, { author: 'Charles Babbage', categories: ['journal'], yearFrom: 2021 }))).toEqual(['c', 'e']);
    const counts = facetCounts(entries, { author: 'Charles Babbage', categories: ['journal'] });
    expect(Object.fromEntries(counts.categories)).toEqual({ journal: 3, conference: 1 });
    expect([...counts.years.keys()].sort()).toEqual([2020, 2022, 2023]);
  });

  it('matches as many of Minjia Zhang’s works as her collaborators section counts for each co-author', () => {
    const profile = minjia as unknown as Profile;
    const read = readPublicationSources([{ input: profile, source: 'test' }]) as PublicationsRead;
    const people = collaborators(profile.publications ?? [], { name: profile.basics.name, variants: profile.basics.nameVariants ?? [] });
    expect(people.length).toBeGreaterThan(20);
    for (const person of people) {
      const listed = filterEntries(read.data.entries, { author: person.name });
      expect(listed.length, person.name).toBe(person.count);
    }
  });
});

describe('the most cited filter', () => {
  it('keeps the N most cited works, every work tied at the cut, never a work without a count', () => {
    expect(keys(filterEntries(entries, { mostCited: 1 }))).toEqual(['a']);
    // b and c tie at the cut.
    expect(keys(filterEntries(entries, { mostCited: 2 }))).toEqual(['a', 'b', 'c']);
    expect(keys(filterEntries(entries, { mostCited: 3 }))).toEqual(['a', 'b', 'c']);
    expect(keys(filterEntries(entries, { mostCited: 10 }))).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect(keys(filterEntries(entries, { mostCited: 0 }))).toEqual(keys(entries));
    expect(hasFacets({ mostCited: 0 })).toBe(false);
    expect(hasFacets({ mostCited: 2 })).toBe(true);
    expect(keys(mostCitedEntries(entriesFromItems([work('x', 2020, undefined, [ada])], 't'), 5))).toEqual([]);
    // The same set for the same list and N.
    expect(mostCitedEntries(entries, 2)).toBe(mostCitedEntries(entries, 2));
  });

  it('counts among the whole list, then the other filters apply; any sort and grouping keeps the same works', () => {
    // The list's two most cited (a, b, c) that are journal articles: a and c, not the two most cited journal articles.
    expect(keys(filterEntries(entries, { mostCited: 2, categories: ['journal'] }))).toEqual(['a', 'c']);
    // Entries some filter left already: the most cited are still the whole list's.
    const some = entries.filter((entry) => entry.key !== 'a');
    expect(keys(filterEntries(some, { mostCited: 1 }, entries))).toEqual([]);
    expect(keys(filterEntries(some, { mostCited: 1 }))).toEqual(['b', 'c']);
    expect(keys(filterEntries(entries, { mostCited: 2, author: 'C. Babbage' }))).toEqual(['a', 'b', 'c']);
    for (const order of SORT_ORDERS) {
      const sorted = sortEntries(entries, order);
      const shown = filterEntries(sorted, { mostCited: 2 }, entries);
      expect(keys(shown).sort(), order).toEqual(['a', 'b', 'c']);
      expect(keys(shown), order).toEqual(keys(sorted).filter((key) => ['a', 'b', 'c'].includes(key)));
      for (const groupBy of ['year', 'category', 'none'] as const) {
        expect(
          groupEntries(shown, groupBy)
            .flatMap((group) => keys(group.entries))
            .sort(),
        ).toEqual(['a', 'b', 'c']);
      }
    }
    const counts = facetCounts(entries, { mostCited: 2, categories: ['journal'] });
    expect(Object.fromEntries(counts.categories)).toEqual({ journal: 2, conference: 1 });
  });
});
