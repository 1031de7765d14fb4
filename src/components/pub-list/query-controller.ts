/**
 * What a publication list shows of its data: the search, facets and sort its attributes and controls describe, the
 * entries they leave (filtered once per change, never re-parsed), and how many of those `limit` lets through.
 *
 * A change costs what it changes: the entries are sorted once per sort order (then filtering keeps that order; a long
 * list is sorted in the other orders ahead, while the page is idle), the search words are looked up in each entry's
 * folded `searchText`, a query typed on is looked for only among the entries the shorter one left, and the facet
 * counts are worked out in one pass, once per change, when asked for.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { authorFilter, mostCitedFilter } from './list-inputs.js';
import { LIST_SEPARATOR, readListAttribute, type LegacySeparator } from '../../internal/list-attributes.js';
import {
  citationCount,
  facetCounts,
  filterEntries,
  hasFacets,
  isSorted,
  matchWords,
  narrows,
  queryWords,
  sortAhead,
  sortedEntries,
  type FacetCounts,
  type GroupBy,
  type PubFilter,
  type SortOrder,
} from '../../model/pub-query.js';
import type { PubEntry } from '../../model/publications.js';
import type { PublicationCategory } from '../../model/types.js';

/** The element's properties the query reads and writes. */
export interface PubQueryHost extends ReactiveControllerHost, Element {
  query: string;
  category: string;
  keyword: string;
  yearFrom: number | undefined;
  yearTo: number | undefined;
  selectedOnly: boolean;
  /** Only the works of this person (a name). */
  author: string;
  /** Only the list's N most cited works (0: off). */
  mostCited: number;
  sort: SortOrder;
  groupBy: GroupBy;
  limit: number;
}

/** The list attributes of `<pub-list>`, each with the separator it used to take and a comma example. */
const LIST_ATTRIBUTES = {
  category: { legacy: 'whitespace', example: 'category="conference, journal"' },
  keyword: { legacy: 'semicolon', example: 'keyword="compression, inference"' },
  highlight: { legacy: 'semicolon', example: 'highlight="M. Zhang, Minjia Zhang"' },
} as const satisfies Record<string, { legacy: LegacySeparator; example: string }>;

/**
 * The items of one of the list's list attributes (comma-separated). The old separator (spaces in `category`, ";" in
 * `keyword` and `highlight`) still works, with a deprecation warning once per page.
 */
export function listAttribute(host: Element, name: keyof typeof LIST_ATTRIBUTES, value: string | undefined): string[] {
  const { legacy, example } = LIST_ATTRIBUTES[name];
  return readListAttribute(host, name, value, legacy, example);
}

/** Two lists of values hold the same values in the same order (`Object.is`). */
const same = (a: readonly unknown[], b: readonly unknown[]) => a === b || (a.length === b.length && a.every((value, index) => Object.is(value, b[index])));

/** The N the "Most cited" checkbox asks for when the list has not been given one. */
export const DEFAULT_MOST_CITED = 10;

/** Lists with more entries than this are sorted in the other orders ahead, in idle time. */
const SORT_AHEAD_FROM = 500;
/** How many idle periods sorting ahead may take (a few dozen for 10,000 entries), so that it ends even on a busy page. */
const SORT_AHEAD_TRIES = 600;

type IdleCallback = (deadline: { timeRemaining(): number }) => void;
const idle = globalThis as { requestIdleCallback?: (callback: IdleCallback) => number; cancelIdleCallback?: (handle: number) => void };

/** The query state of a list: its filter, the entries it leaves, and the actions of its controls. */
export class PubQueryController implements ReactiveController {
  /** Whether the reader lifted `limit` with "Show all". */
  showAll = false;

  readonly #host: PubQueryHost;
  readonly #entries: () => readonly PubEntry[];
  readonly #changed: () => void;
  #inputs: unknown[] = [];
  #visible: readonly PubEntry[] = [];
  /** The sorted entries the search words leave, for the sorted list and words they were found for. */
  #matched: { sorted: readonly PubEntry[]; words: string[]; list: readonly PubEntry[] } | undefined;
  /** The facet counts of the last change (worked out when first asked for). */
  #facets: FacetCounts | undefined;
  /** `limit`'s share of the visible entries, kept while they and `limit` stay the same. */
  #shown: { visible: readonly PubEntry[]; limit: number; showAll: boolean; list: readonly PubEntry[] } | undefined;
  /** Sorting ahead in idle time: the idle callback asked for, and how many idle periods it took for these entries. */
  #idle: number | undefined;
  #idleTries = { entries: undefined as readonly PubEntry[] | undefined, count: 0 };
  /** The N of "Most cited" last set on the list, which the checkbox turns back on. */
  #mostCited = DEFAULT_MOST_CITED;

  /**
   * @param entries - All the list's entries (the loaded data).
   * @param changed - Called whenever the visible entries change.
   */
  constructor(host: PubQueryHost, entries: () => readonly PubEntry[], changed: () => void) {
    this.#host = host;
    this.#entries = entries;
    this.#changed = changed;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#refresh();
  }

  hostUpdated(): void {
    this.#sortAheadLater();
  }

  hostDisconnected(): void {
    if (this.#idle !== undefined) idle.cancelIdleCallback?.(this.#idle);
    this.#idle = undefined;
  }

  /** The filter the attributes and controls describe now. */
  get filter(): PubFilter {
    const host = this.#host;
    const filter: PubFilter = {
      text: host.query,
      categories: listAttribute(host, 'category', host.category) as PublicationCategory[],
      keywords: listAttribute(host, 'keyword', host.keyword),
      selectedOnly: host.selectedOnly,
    };
    const author = authorFilter(host);
    if (author) filter.author = author;
    const mostCited = mostCitedFilter(host);
    if (mostCited) filter.mostCited = mostCited;
    if (Number.isFinite(host.yearFrom)) filter.yearFrom = host.yearFrom!;
    if (Number.isFinite(host.yearTo)) filter.yearTo = host.yearTo!;
    return filter;
  }

  /** All the list's entries (with live citation counts once they came). */
  get entries(): readonly PubEntry[] {
    return this.#entries();
  }

  /** What the filter and the order are made of now (the data, each filter's value, the sort), for `guard`. */
  get inputs(): readonly unknown[] {
    this.#refresh();
    return this.#inputs;
  }

  /** The entries the filter leaves, sorted. */
  get visible(): readonly PubEntry[] {
    this.#refresh();
    return this.#visible;
  }

  /** The visible entries `limit` lets through (all of them after "Show all"); the same array while nothing changed. */
  get shown(): readonly PubEntry[] {
    const visible = this.visible;
    const { limit } = this.#host;
    const cached = this.#shown;
    if (cached && cached.visible === visible && cached.limit === limit && cached.showAll === this.showAll) return cached.list;
    const list = limit > 0 && !this.showAll ? visible.slice(0, limit) : visible;
    this.#shown = { visible, limit, showAll: this.showAll, list };
    return list;
  }

  /** How many entries each facet value would show under the other filters (once per change). */
  get facets(): FacetCounts {
    this.#refresh();
    // Every facet count applies the search words: counting among the entries they leave gives the same counts.
    this.#facets ??= facetCounts(this.#matched?.list ?? [], { ...this.filter, text: '' }, this.#entries());
    return this.#facets;
  }

  /** The year both year bounds are set to, when they are one year (the chart shows it pressed). */
  get activeYear(): number | undefined {
    const { yearFrom, yearTo } = this.#host;
    return yearFrom !== undefined && yearFrom === yearTo ? yearFrom : undefined;
  }

  /** Filters and sorts again when the data or the query changed since the last time (also on the server, from a getter). */
  #refresh(): void {
    const host = this.#host;
    const entries = this.#entries();
    const inputs = [entries, host.query, host.category, host.keyword, host.yearFrom, host.yearTo, host.selectedOnly, host.author, host.mostCited, host.sort];
    this.#mostCited = mostCitedFilter(host) || this.#mostCited;
    if (same(inputs, this.#inputs)) return;
    // The facet counts do not depend on the order: another sort keeps them.
    if (!same(inputs.slice(0, -1), this.#inputs.slice(0, -1))) this.#facets = undefined;
    this.#inputs = inputs;
    const filter = this.filter;
    const sorted = sortedEntries(entries, host.sort);
    const words = queryWords(filter.text);
    const before = this.#matched;
    // No words: the sorted list itself (the same array for the same order, so what is worked out from it is kept).
    // Typed on ("q", "qu", "qua"…): only the entries the shorter query left can match.
    const matched = !words.length ? sorted : before?.sorted === sorted && narrows(words, before.words) ? matchWords(before.list, words) : matchWords(sorted, words);
    this.#matched = { sorted, words, list: matched };
    // The most cited are the list's own, not those of what the words left: they are looked for among all entries.
    const visible = hasFacets(filter) ? filterEntries(matched, { ...filter, text: '' }, entries) : matched;
    // Typing on often leaves the same entries ("qua", "quan"…): the list drawn stays, rather than starting over.
    if (same(visible, this.#visible)) return;
    this.#visible = visible;
    this.#changed();
  }

  /** The sort orders a long list is sorted in ahead, not sorted yet (the order shown is sorted already). */
  #toSortAhead(entries: readonly PubEntry[]): SortOrder[] {
    if (entries.length <= SORT_AHEAD_FROM) return [];
    const orders: SortOrder[] = ['newest', 'title', 'oldest'];
    if (entries.some((entry) => citationCount(entry) !== undefined)) orders.push('cited');
    return orders.filter((order) => !isSorted(entries, order));
  }

  /**
   * Sorts a long list in the orders not shown yet while the page is idle, a little in each idle period (never a long
   * task), so that choosing another order costs no sorting.
   */
  #sortAheadLater(): void {
    if (this.#idle !== undefined || !idle.requestIdleCallback || !this.#host.isConnected) return;
    const entries = this.#entries();
    if (this.#idleTries.entries !== entries) this.#idleTries = { entries, count: 0 };
    if (this.#idleTries.count >= SORT_AHEAD_TRIES || !this.#toSortAhead(entries).length) return;
    this.#idle = idle.requestIdleCallback((deadline) => {
      this.#idle = undefined;
      const entries = this.#entries();
      const stop = () => deadline.timeRemaining() < 1;
      for (const order of this.#toSortAhead(entries)) if (!sortAhead(entries, order, stop)) break;
      this.#idleTries.count++;
      this.#sortAheadLater();
    });
  }

  /** Clears every filter (search, categories, years, keyword, selected-only, author, most cited). */
  clearFilters(): void {
    const host = this.#host;
    host.query = '';
    host.category = '';
    host.keyword = '';
    host.selectedOnly = false;
    host.author = '';
    host.mostCited = 0;
    host.yearFrom = undefined;
    host.yearTo = undefined;
  }

  /** Shows only `year`, or every year again when only `year` was shown. */
  toggleYear(year: number): void {
    const host = this.#host;
    const active = this.activeYear === year;
    host.yearFrom = active ? undefined : year;
    host.yearTo = active ? undefined : year;
  }

  /** Adds a category to the filter, or takes it out. */
  setCategory(category: PublicationCategory, on: boolean): void {
    const current = new Set(listAttribute(this.#host, 'category', this.#host.category));
    if (on) current.add(category);
    else current.delete(category);
    this.#host.category = [...current].join(LIST_SEPARATOR);
  }

  /** The N the "Most cited" checkbox shows: the list's own while it is on, else the last it had (10 at first). */
  get mostCitedCount(): number {
    return mostCitedFilter(this.#host) || this.#mostCited;
  }

  /** Turns "Most cited" on (with the last N the list had) or off. */
  setMostCited(on: boolean): void {
    this.#host.mostCited = on ? this.mostCitedCount : 0;
  }

  /** Lifts `limit`. */
  showEverything(): void {
    this.showAll = true;
    this.#host.requestUpdate();
  }
}
