/** Filtering, sorting, grouping and facet counts for a publication list. Pure, and never re-parses anything. */
import { dateKey } from './dates.js';
import { foldText } from './names.js';
import { authorTest, citationCount, mostCitedEntries } from './pub-filters.js';
import { CATEGORY_LABELS, type PubEntry } from './publications.js';
import { sortInSteps } from './sort-in-steps.js';
import { prepareTitleKeys, sortByTitle, titleComparison } from './title-order.js';
import type { CslName, PublicationCategory } from './types.js';

export { compareTitles, prepareTitleKeys, titleKeysFor } from './title-order.js';
export { authorTest, citationCount, mostCitedEntries } from './pub-filters.js';

export type GroupBy = 'year' | 'category' | 'none';
/** `cited`: most cited first (the works' `metrics.citations`), then newest. */
export type SortOrder = 'newest' | 'oldest' | 'title' | 'cited';

/** The sort orders, in the order a menu lists them. */
export const SORT_ORDERS: readonly SortOrder[] = ['newest', 'oldest', 'title', 'cited'];

export interface PubFilter {
  /** Free text; every word must occur in the title, authors, venue or keywords. */
  text?: string;
  /** Only these categories (empty or absent: all). */
  categories?: readonly PublicationCategory[];
  /** Inclusive year range; entries without a year are left out once either bound is set. */
  yearFrom?: number;
  yearTo?: number;
  /** Only entries with all of these keywords. */
  keywords?: readonly string[];
  /** Only selected/featured entries. */
  selectedOnly?: boolean;
  /**
   * Only works one of whose authors is this person, recognised under every form author lists use ("M. Zhang",
   * "Zhang, Minjia") with the same rules as highlighting (names.ts `personMatcher`).
   */
  author?: string;
  /** Only the list's N most cited works (see {@link mostCitedEntries}); 0 or absent: off. */
  mostCited?: number;
}

/**
 * The facets besides the text, each of which the facet counts leave out in turn: one bit each in what
 * {@link failedFacets} returns.
 */
const CATEGORIES = 1;
const YEARS = 2;
const KEYWORDS = 4;
const SELECTED = 8;
const AUTHOR = 16;
const MOST_CITED = 32;

/** A filter's facets, made ready once to test thousands of entries against. */
interface FacetTest {
  categories: ReadonlySet<string> | undefined;
  years: boolean;
  yearFrom: number | undefined;
  yearTo: number | undefined;
  keywords: readonly string[];
  selectedOnly: boolean;
  /** Whether an author of the entry is the filter's `author`. */
  author: ((authors: readonly CslName[]) => boolean) | undefined;
  /** The list's most cited works, when `mostCited` is set. */
  mostCited: ReadonlySet<PubEntry> | undefined;
}

/** The filter's `author`, when it names someone. */
const authorOf = (filter: PubFilter) => filter.author?.trim() || undefined;
/** The filter's `mostCited`, when it is on (a whole number above 0). */
const mostCitedOf = (filter: PubFilter) => (filter.mostCited !== undefined && filter.mostCited >= 1 ? Math.floor(filter.mostCited) : undefined);

/** Whether the filter sets any facet besides the text. */
export function hasFacets(filter: PubFilter): boolean {
  return !!(
    filter.categories?.length ||
    filter.keywords?.length ||
    filter.selectedOnly ||
    filter.yearFrom !== undefined ||
    filter.yearTo !== undefined ||
    authorOf(filter) ||
    mostCitedOf(filter)
  );
}

/** Whether the filter sets anything at all, the text included ("Clear filters" is offered then). */
export function hasFilters(filter: PubFilter): boolean {
  return !!filter.text?.trim() || hasFacets(filter);
}

function facetTest(filter: PubFilter, entries: readonly PubEntry[]): FacetTest {
  const author = authorOf(filter);
  const mostCited = mostCitedOf(filter);
  return {
    categories: filter.categories?.length ? new Set(filter.categories) : undefined,
    years: filter.yearFrom !== undefined || filter.yearTo !== undefined,
    yearFrom: filter.yearFrom,
    yearTo: filter.yearTo,
    keywords: filter.keywords ?? [],
    selectedOnly: filter.selectedOnly === true,
    author: author ? authorTest(author) : undefined,
    mostCited: mostCited ? mostCitedEntries(entries, mostCited) : undefined,
  };
}

/**
 * The facets the entry fails, one bit each (0: it passes them all). Entries without a year fail the years once either
 * bound is set.
 */
function failedFacets(entry: PubEntry, test: FacetTest): number {
  let failed = 0;
  if (test.categories && !test.categories.has(entry.category)) failed |= CATEGORIES;
  if (test.years) {
    const { year } = entry;
    if (year === undefined || (test.yearFrom !== undefined && year < test.yearFrom) || (test.yearTo !== undefined && year > test.yearTo)) failed |= YEARS;
  }
  for (const keyword of test.keywords) {
    if (!entry.keywords.includes(keyword)) {
      failed |= KEYWORDS;
      break;
    }
  }
  if (test.selectedOnly && entry.item.selected !== true) failed |= SELECTED;
  if (test.author && !test.author(entry.authors)) failed |= AUTHOR;
  if (test.mostCited && !test.mostCited.has(entry)) failed |= MOST_CITED;
  return failed;
}

/** Whether the entry's search text holds every one of `words`. */
function hasWords(entry: PubEntry, words: readonly string[]): boolean {
  for (const word of words) if (!entry.searchText.includes(word)) return false;
  return true;
}

/** The words of a search text, folded as entries' `searchText` is (every one must occur in an entry). */
export function queryWords(text: string | undefined): string[] {
  return foldText(text ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Whether every entry that `words` match is matched by `previous` too (each earlier word is part of a new word, as
 * when the query is typed on): the entries the new words leave can then be looked for among the earlier ones only.
 */
export function narrows(words: readonly string[], previous: readonly string[]): boolean {
  return previous.every((old) => words.some((word) => word.includes(old)));
}

/** The entries (in their order) whose search text holds every one of `words`. */
export function matchWords(entries: readonly PubEntry[], words: readonly string[]): PubEntry[] {
  if (!words.length) return [...entries];
  return entries.filter((entry) => hasWords(entry, words));
}

/**
 * The entries (in their order) the filter leaves. `mostCited` counts among `all` (the whole list, when `entries` are
 * some of it already: the list's most cited works, not the most cited of what other filters left).
 */
export function filterEntries(entries: readonly PubEntry[], filter: PubFilter, all: readonly PubEntry[] = entries): PubEntry[] {
  const words = queryWords(filter.text);
  const test = facetTest(filter, all);
  return entries.filter((entry) => hasWords(entry, words) && failedFacets(entry, test) === 0);
}

export function sortEntries(entries: readonly PubEntry[], order: SortOrder): PubEntry[] {
  const sorted = [...entries];
  if (order === 'title') return sortByTitle(sorted);
  // Most cited first; works without a count after those with one, newest first among equals.
  if (order === 'cited') return stableByCitations(sortEntries(entries, 'newest'));
  const direction = order === 'oldest' ? 1 : -1;
  // Undated entries go last in both directions; ties keep source order (Array.prototype.sort is stable). Each date's
  // key is worked out once, not once per comparison.
  const keys = new Map<PubEntry, number>();
  for (const entry of sorted) if (entry.date) keys.set(entry, dateKey(entry.date));
  return sorted.sort((a, b) => {
    const keyA = keys.get(a);
    const keyB = keys.get(b);
    if (keyA === undefined || keyB === undefined) return (keyA === undefined ? 1 : 0) - (keyB === undefined ? 1 : 0);
    return direction * (keyA - keyB);
  });
}

/** Each array of entries in each sort order asked for so far (see {@link sortedEntries}). */
const sortedLists = new WeakMap<readonly PubEntry[], Map<SortOrder, readonly PubEntry[]>>();

/**
 * `sortEntries(entries, order)`, sorted once per array of entries and order: the same array for the same entries and
 * order (going back to an order costs no sorting). Neither `entries` nor the result may be changed.
 */
export function sortedEntries(entries: readonly PubEntry[], order: SortOrder): readonly PubEntry[] {
  let lists = sortedLists.get(entries);
  if (!lists) sortedLists.set(entries, (lists = new Map<SortOrder, readonly PubEntry[]>()));
  let list = lists.get(order);
  if (!list) lists.set(order, (list = sortEntries(entries, order)));
  return list;
}

/** Whether {@link sortedEntries} has `entries` in `order` already. */
export function isSorted(entries: readonly PubEntry[], order: SortOrder): boolean {
  return sortedLists.get(entries)?.has(order) ?? false;
}

/** The sorts under way ahead of need (see {@link sortAhead}), by array of entries and order. */
const sortsAhead = new WeakMap<readonly PubEntry[], Map<SortOrder, (stop: () => boolean) => PubEntry[] | undefined>>();

/** The comparison `sortEntries` sorts the entries by in `order` (for `cited`: the entries sorted newest first). */
function comparisonFor(order: SortOrder): (a: PubEntry, b: PubEntry) => number {
  if (order === 'title') return titleComparison();
  if (order === 'cited') {
    const counts = new Map<PubEntry, number>();
    const countOf = (entry: PubEntry) => {
      let count = counts.get(entry);
      if (count === undefined) counts.set(entry, (count = citationCount(entry) ?? -1));
      return count;
    };
    return (a, b) => countOf(b) - countOf(a);
  }
  const direction = order === 'oldest' ? 1 : -1;
  const keys = new Map<PubEntry, number | undefined>();
  const keyOf = (entry: PubEntry) => {
    if (!keys.has(entry)) keys.set(entry, entry.date ? dateKey(entry.date) : undefined);
    return keys.get(entry);
  };
  return (a, b) => {
    const keyA = keyOf(a);
    const keyB = keyOf(b);
    if (keyA === undefined || keyB === undefined) return (keyA === undefined ? 1 : 0) - (keyB === undefined ? 1 : 0);
    return direction * (keyA - keyB);
  };
}

/**
 * Sorts `entries` in `order` ahead of need, a little at a time: each call goes on until `stop()` says to stop (well
 * before a long task, whatever the list's length); whether {@link sortedEntries} has them in that order now. The same
 * order as `sortEntries`.
 */
export function sortAhead(entries: readonly PubEntry[], order: SortOrder, stop: () => boolean): boolean {
  if (isSorted(entries, order)) return true;
  // Most cited first is the newest first, sorted again by citations.
  if (order === 'cited' && !sortAhead(entries, 'newest', stop)) return false;
  if (order === 'title' && !prepareTitleKeys(entries, stop)) return false;
  let sorts = sortsAhead.get(entries);
  if (!sorts) sortsAhead.set(entries, (sorts = new Map<SortOrder, (stop: () => boolean) => PubEntry[] | undefined>()));
  let sort = sorts.get(order);
  if (!sort) sorts.set(order, (sort = sortInSteps(order === 'cited' ? sortedEntries(entries, 'newest') : entries, comparisonFor(order))));
  const list = sort(stop);
  if (!list) return false;
  sorts.delete(order);
  let lists = sortedLists.get(entries);
  if (!lists) sortedLists.set(entries, (lists = new Map<SortOrder, readonly PubEntry[]>()));
  lists.set(order, list);
  return true;
}

function stableByCitations(newest: PubEntry[]): PubEntry[] {
  const counts = new Map<PubEntry, number>();
  for (const entry of newest) counts.set(entry, citationCount(entry) ?? -1);
  return newest.sort((a, b) => counts.get(b)! - counts.get(a)!);
}

export interface PubGroup {
  /** "2021", "conference", or "all". */
  key: string;
  label: string;
  entries: PubEntry[];
}

const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as PublicationCategory[];

/** Groups already-sorted entries; year groups follow the sort, category groups a fixed order. */
export function groupEntries(entries: readonly PubEntry[], groupBy: GroupBy): PubGroup[] {
  if (groupBy === 'none') return [{ key: 'all', label: 'All', entries: [...entries] }];
  const groups = new Map<string, PubGroup>();
  for (const entry of entries) {
    const key = groupBy === 'year' ? (entry.year === undefined ? 'undated' : String(entry.year)) : entry.category;
    let group = groups.get(key);
    if (!group) {
      const label = groupBy === 'year' ? (key === 'undated' ? 'No date' : key) : CATEGORY_LABELS[entry.category];
      group = { key, label, entries: [] };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  const list = [...groups.values()];
  if (groupBy === 'category') list.sort((a, b) => CATEGORY_ORDER.indexOf(a.key as PublicationCategory) - CATEGORY_ORDER.indexOf(b.key as PublicationCategory));
  else {
    // "No date" always last.
    const undated = list.findIndex((group) => group.key === 'undated');
    if (undated >= 0) list.push(...list.splice(undated, 1));
  }
  return list;
}

export interface FacetCounts {
  categories: Map<PublicationCategory, number>;
  years: Map<number, number>;
  keywords: Map<string, number>;
  selected: number;
}

/**
 * How many entries each facet value would show, given every other active filter: the usual faceted-search
 * counts, so choosing a value never leads to an empty list it did not announce. `all`: as in {@link filterEntries}.
 */
export function facetCounts(entries: readonly PubEntry[], filter: PubFilter, all: readonly PubEntry[] = entries): FacetCounts {
  const words = queryWords(filter.text);
  // The author and the most cited are no facets of their own: an entry either fails counts for none.
  const test = facetTest(filter, all);
  const counts: FacetCounts = { categories: new Map(), years: new Map(), keywords: new Map(), selected: 0 };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  // One pass: an entry that fails no facet counts for every facet; one that fails exactly one counts for that one
  // only (the others still leave it out); one that fails two or more counts for none.
  for (const entry of entries) {
    if (words.length && !hasWords(entry, words)) continue;
    const failed = failedFacets(entry, test);
    // Two facets or more failed (more than one bit set).
    if (failed & (failed - 1)) continue;
    if (!failed || failed === CATEGORIES) bump(counts.categories, entry.category);
    if (entry.year !== undefined && (!failed || failed === YEARS)) bump(counts.years, entry.year);
    if (!failed || failed === KEYWORDS) for (const keyword of entry.keywords) bump(counts.keywords, keyword);
    if (entry.item.selected === true && (!failed || failed === SELECTED)) counts.selected++;
  }
  return counts;
}

/**
 * The widest span of years, first to last, that the chart shows year by year (gaps as zero). Over a wider span it
 * shows only the years that have publications, so the number of bars never exceeds the number of distinct years.
 */
export const MAX_CHART_SPAN = 200;

/**
 * Publications per year, for the chart, oldest first: every year of the span (gaps as zero) when it is at most
 * {@link MAX_CHART_SPAN} years wide, else only the years that have publications. Never more rows than
 * `max(MAX_CHART_SPAN, distinct years)`, whatever the years are.
 */
export function countsPerYear(entries: readonly PubEntry[]): Array<{ year: number; count: number }> {
  const years = new Map<number, number>();
  for (const entry of entries) if (entry.year !== undefined) years.set(entry.year, (years.get(entry.year) ?? 0) + 1);
  if (!years.size) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const year of years.keys()) {
    if (year < first) first = year;
    if (year > last) last = year;
  }
  if (last - first < MAX_CHART_SPAN) {
    const rows = [];
    for (let year = first; year <= last; year++) rows.push({ year, count: years.get(year) ?? 0 });
    return rows;
  }
  return [...years].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
}
