/**
 * The filters of a publication list that are no facets of their own (pub-query.ts): the works of one author, and the
 * list's most cited works.
 */
import { personMatcher } from './names.js';
import type { PubEntry } from './publications.js';
import type { CslName } from './types.js';

/** A work's citation count, when its data has one. */
export function citationCount(entry: PubEntry): number | undefined {
  const citations = entry.item.metrics?.citations;
  return typeof citations === 'number' && Number.isFinite(citations) && citations >= 0 ? citations : undefined;
}

/** Author matchers by name: a list filtered by one person asks for the same matcher on every change. */
const authorMatchers = new Map<string, (authors: readonly CslName[]) => boolean>();

/** Whether one of a work's authors is `name` (names.ts `personMatcher`, the rules highlighting uses). */
export function authorTest(name: string): (authors: readonly CslName[]) => boolean {
  let test = authorMatchers.get(name);
  if (!test) {
    const matches = personMatcher(name);
    test = (authors) => authors.some((author) => !!author && typeof author === 'object' && matches(author));
    // A handful of names in a page's life; a bound keeps a page that filters by hundreds from holding them all.
    if (authorMatchers.size >= 100) authorMatchers.clear();
    authorMatchers.set(name, test);
  }
  return test;
}

/** The most cited sets worked out, by list of entries and N. */
const mostCitedSets = new WeakMap<readonly PubEntry[], Map<number, ReadonlySet<PubEntry>>>();

/**
 * The `count` most cited of `entries` (by {@link citationCount}; works without a count are never among them), and
 * every work cited as often as the last of those (ties at the cut are all in). Worked out once per list and count.
 */
export function mostCitedEntries(entries: readonly PubEntry[], count: number): ReadonlySet<PubEntry> {
  let sets = mostCitedSets.get(entries);
  if (!sets) mostCitedSets.set(entries, (sets = new Map<number, ReadonlySet<PubEntry>>()));
  let set = sets.get(count);
  if (!set) {
    const counted = entries.flatMap((entry) => {
      const citations = citationCount(entry);
      return citations === undefined ? [] : [{ entry, citations }];
    });
    counted.sort((a, b) => b.citations - a.citations);
    const cut = counted[Math.min(count, counted.length) - 1]?.citations ?? Infinity;
    set = new Set(counted.filter(({ citations }) => citations >= cut).map(({ entry }) => entry));
    sets.set(count, set);
  }
  return set;
}
