/**
 * Publications as a list shows them: one normalised entry per work, whatever the source (profile JSON, BibTeX,
 * CSL-JSON), with the fields that sorting, filtering and display need computed once.
 */
import { readCslDate, type DateParts } from './dates.js';
import { foldText, formatCslName } from './names.js';
import type { CslName, Link, Problem, Publication, PublicationCategory } from './types.js';
import { isObject, text } from './text.js';

export interface PubEntry {
  /** Unique within one list (a repeated id gets a suffix: "smith2020", "smith2020~2"). */
  key: string;
  /** The CSL-JSON item with scholar-elements extensions; exactly what the source said. */
  item: Publication;
  /** Where it came from: a URL, "inline" or "property". */
  source: string;
  /** 1-based line where the entry starts in its source, when known (BibTeX). */
  line?: number;
  /** The entry's original BibTeX text, when it was imported from BibTeX. */
  bibtex?: string;
  /** Title as plain text (math kept as written, e.g. "R$^3$-SQL"). */
  title: string;
  /** Authors, or inventors/editors when a work has no authors. */
  authors: CslName[];
  date?: DateParts;
  year?: number;
  category: PublicationCategory;
  /** Full venue: container title, event, publisher or institution. */
  venue?: string;
  /** Short venue badge, e.g. "NeurIPS 2021". */
  venueShort?: string;
  keywords: string[];
  links: Link[];
  /** Folded title, authors and venue, for free-text search. */
  searchText: string;
  /** Other versions of the same work (e.g. the arXiv preprint of a conference paper), merged into this entry. */
  versions: PubEntry[];
}

export interface PubImport {
  entries: PubEntry[];
  /** Entries that could not be used: source, key or index, line, reason. */
  problems: Problem[];
}

/** Link fields BibTeX files carry (al-folio's names), and the link kind each becomes. */
export const BIBTEX_LINK_FIELDS: Record<string, string> = {
  pdf: 'pdf',
  code: 'code',
  slides: 'slides',
  video: 'video',
  poster: 'poster',
  website: 'website',
  html: 'website',
  supp: 'supplement',
  blog: 'blog',
  arxiv: 'arxiv',
};

/** The category a CSL type implies when the item does not say. */
const CATEGORY_BY_TYPE: Record<string, PublicationCategory> = {
  'paper-conference': 'conference',
  'article-journal': 'journal',
  article: 'preprint',
  report: 'technical-report',
  patent: 'patent',
  thesis: 'thesis',
  book: 'book',
  chapter: 'chapter',
  poster: 'poster',
};

export const CATEGORY_LABELS: Record<PublicationCategory, string> = {
  conference: 'Conference',
  journal: 'Journal',
  workshop: 'Workshop',
  preprint: 'Preprint',
  'technical-report': 'Technical report',
  patent: 'Patent',
  thesis: 'Thesis',
  book: 'Book',
  chapter: 'Book chapter',
  poster: 'Poster',
  other: 'Other',
};

export function categoryOf(item: Publication): PublicationCategory {
  if (typeof item.category === 'string' && Object.hasOwn(CATEGORY_LABELS, item.category)) return item.category;
  const byType = typeof item.type === 'string' && Object.hasOwn(CATEGORY_BY_TYPE, item.type) ? CATEGORY_BY_TYPE[item.type] : undefined;
  if (byType) return byType;
  const venue = foldText(text(item['container-title']) ?? text(item['event-title']) ?? '');
  if (/\bworkshop\b/.test(venue)) return 'workshop';
  if (/\barxiv\b/.test(venue)) return 'preprint';
  return 'other';
}

/**
 * The names of a CSL name list; anything that is not a name object is passed over. (Sources report values they
 * leave out; an entry is made from whatever is given, and never fails on a value of the wrong kind.)
 */
function names(value: unknown): CslName[] {
  return Array.isArray(value) ? value.filter((name): name is CslName => isObject(name)) : [];
}

/** Links by kind: the item's own `links`, plus DOI and URL fields turned into links when no link of that kind exists. */
export function linksOf(item: Publication): Link[] {
  const links = Array.isArray(item.links) ? item.links.filter((link): link is Link => isObject(link)) : [];
  const has = (kind: string) => links.some((link) => link.kind === kind);
  const doi = text(item.DOI);
  if (doi && !has('doi')) links.push({ kind: 'doi', url: `https://doi.org/${doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}` });
  const url = text(item.URL);
  if (url && !links.some((link) => link.url === url)) {
    links.push({ kind: /arxiv\.org/i.test(url) ? 'arxiv' : /\.pdf($|\?)/i.test(url) ? 'pdf' : 'website', url });
  }
  return links;
}

/** Where an entry came from in its source, and where to report values of it that cannot be used. */
export interface EntryOrigin {
  /** 1-based line where the entry starts in its source (BibTeX, RIS). */
  line?: number;
  /** The entry's original BibTeX text. */
  bibtex?: string;
  /** The entry's place in its source, for problems: a BibTeX key, "[3]" in a CSL-JSON list, "/publications/3". Default: the key. */
  path?: string;
  /** Receives a problem for each value left out of the entry (a date whose year is out of bounds). */
  problems?: Problem[];
}

/**
 * Makes one list entry from a CSL item. `key` must already be unique in its list. An `issued` date whose year is
 * outside `EARLIEST_YEAR`–`LATEST_YEAR` (see ./dates.ts) is left out of the entry (and of its item), and reported
 * to `origin.problems` with the value and the bounds; the entry is kept, undated.
 */
export function toEntry(item: Publication, key: string, source: string, origin: EntryOrigin = {}): PubEntry {
  const reading = readCslDate(item.issued);
  if (reading.problem) {
    const { issued: _left, ...rest } = item;
    item = rest;
    const path = origin.path ?? key;
    const where = origin.line === undefined ? path : `${path} (line ${origin.line})`;
    const problem: Problem = { source, path, message: `${where}: ${reading.problem}; the entry is kept without its date.` };
    if (origin.line !== undefined) problem.line = origin.line;
    origin.problems?.push(problem);
  }
  const date = reading.parts;
  const [author, inventor, editor] = [names(item.author), names(item.inventor), names(item.editor)];
  const authors = author.length ? author : inventor.length ? inventor : editor;
  const venue = text(item['container-title']) ?? text(item['event-title']) ?? text(item.publisher) ?? text(item['collection-title']);
  const keywords = [
    ...new Set(
      [...(Array.isArray(item.keywords) ? item.keywords : []), ...(typeof item.keyword === 'string' ? item.keyword.split(/\s*[,;]\s*/) : [])]
        .filter((keyword): keyword is string => typeof keyword === 'string')
        .map((keyword) => keyword.trim())
        .filter(Boolean),
    ),
  ];
  const title = text(item.title) ?? '(untitled)';
  const entry: PubEntry = {
    key,
    item,
    source,
    title,
    authors,
    category: categoryOf(item),
    keywords,
    links: linksOf(item),
    searchText: foldText([title, ...authors.map(formatCslName), venue, text(item.venueShort), ...keywords].filter(Boolean).join(' ')),
    versions: [],
  };
  if (date) {
    entry.date = date;
    entry.year = date.year;
  }
  if (venue) entry.venue = venue;
  const venueShort = text(item.venueShort);
  if (venueShort) entry.venueShort = venueShort;
  if (origin.line !== undefined) entry.line = origin.line;
  if (origin.bibtex !== undefined) entry.bibtex = origin.bibtex;
  return entry;
}

/** For each set of taken keys, the next suffix to try per wanted key: repeats of one id cost O(1) each, not O(repeats). */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/**
 * Gives every entry a key unique in the list, keeping the first occurrence's key as it is: a repeated "smith2020"
 * becomes "smith2020~2", "smith2020~3"…. `taken` holds the keys given so far and receives the new one.
 */
export function uniqueKey(wanted: string, taken: Set<string>): string {
  const base = wanted || 'entry';
  if (!taken.has(base)) {
    taken.add(base);
    return base;
  }
  let suffixes = nextSuffix.get(taken);
  if (!suffixes) nextSuffix.set(taken, (suffixes = new Map<string, number>()));
  let n = suffixes.get(base) ?? 2;
  while (taken.has(`${base}~${n}`)) n++;
  const key = `${base}~${n}`;
  suffixes.set(base, n + 1);
  taken.add(key);
  return key;
}

/** How to read a list of CSL items: the keys already taken, and where problems with their values go. */
export interface ItemsOrigin {
  /** Keys already given in the list the entries join. */
  taken?: Set<string>;
  /** Receives a problem for each value left out of an entry (see {@link toEntry}). */
  problems?: Problem[];
  /** The place of item `index` in its source, for problems (default "[index]"), e.g. (i) => `/publications/${i}`. */
  pathOf?: (index: number) => string;
}

/** Entries from CSL items (a profile's publications or a CSL-JSON file). */
export function entriesFromItems(items: readonly Publication[], source: string, origin: ItemsOrigin | Set<string> = {}): PubEntry[] {
  const { taken = new Set<string>(), problems, pathOf = (index: number) => `[${index}]` } = origin instanceof Set ? { taken: origin } : origin;
  return items.map((item, index) => toEntry(item, uniqueKey(String(item.id ?? `item-${index + 1}`), taken), source, { path: pathOf(index), ...(problems ? { problems } : {}) }));
}
