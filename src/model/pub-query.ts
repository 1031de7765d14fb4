/** Filtering, sorting, grouping and facet counts for a publication list. Pure, and never re-parses anything. */
import { dateKey } from './dates.js';
import { foldText } from './names.js';
import { CATEGORY_LABELS, type PubEntry } from './publications.js';
import type { PublicationCategory } from './types.js';

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
}

/** The facets besides the text, each of which the facet counts leave out in turn. */
const FACETS = ['categories', 'years', 'keywords', 'selectedOnly'] as const;
type Facet = (typeof FACETS)[number];

/** Whether the entry passes one facet of the filter. */
function matchesFacet(entry: PubEntry, filter: PubFilter, facet: Facet): boolean {
  switch (facet) {
    case 'categories':
      return !filter.categories?.length || filter.categories.includes(entry.category);
    case 'years':
      if (filter.yearFrom === undefined && filter.yearTo === undefined) return true;
      if (entry.year === undefined) return false;
      return !(filter.yearFrom !== undefined && entry.year < filter.yearFrom) && !(filter.yearTo !== undefined && entry.year > filter.yearTo);
    case 'keywords':
      return !filter.keywords?.length || filter.keywords.every((keyword) => entry.keywords.includes(keyword));
    default:
      return !filter.selectedOnly || entry.item.selected === true;
  }
}

function matches(entry: PubEntry, filter: PubFilter, words: readonly string[]): boolean {
  if (words.some((word) => !entry.searchText.includes(word))) return false;
  return FACETS.every((facet) => matchesFacet(entry, filter, facet));
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
  return entries.filter((entry) => words.every((word) => entry.searchText.includes(word)));
}

export function filterEntries(entries: readonly PubEntry[], filter: PubFilter): PubEntry[] {
  const words = queryWords(filter.text);
  return entries.filter((entry) => matches(entry, filter, words));
}

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A work's citation count, when its data has one. */
export function citationCount(entry: PubEntry): number | undefined {
  const citations = entry.item.metrics?.citations;
  return typeof citations === 'number' && Number.isFinite(citations) && citations >= 0 ? citations : undefined;
}

export function sortEntries(entries: readonly PubEntry[], order: SortOrder): PubEntry[] {
  const sorted = [...entries];
  if (order === 'title') return sorted.sort((a, b) => byTitle.compare(a.title, b.title));
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
 * counts, so choosing a value never leads to an empty list it did not announce.
 */
export function facetCounts(entries: readonly PubEntry[], filter: PubFilter): FacetCounts {
  const words = queryWords(filter.text);
  const counts: FacetCounts = { categories: new Map(), years: new Map(), keywords: new Map(), selected: 0 };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  // One pass: an entry that fails no facet counts for every facet; one that fails exactly one counts for that one
  // only (the others still leave it out); one that fails two or more counts for none.
  for (const entry of entries) {
    if (words.length && !words.every((word) => entry.searchText.includes(word))) continue;
    let failed: Facet | undefined;
    let failures = 0;
    for (const facet of FACETS) {
      if (matchesFacet(entry, filter, facet)) continue;
      failed = facet;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    if (!failed || failed === 'categories') bump(counts.categories, entry.category);
    if (entry.year !== undefined && (!failed || failed === 'years')) bump(counts.years, entry.year);
    if (!failed || failed === 'keywords') for (const keyword of entry.keywords) bump(counts.keywords, keyword);
    if (entry.item.selected === true && (!failed || failed === 'selectedOnly')) counts.selected++;
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
