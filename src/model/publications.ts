/**
 * Publications as a list shows them: one normalised entry per work, whatever the source (profile JSON, BibTeX,
 * CSL-JSON), with the fields that sorting, filtering and display need computed once.
 */
import { cslDateParts, type DateParts } from './dates.js';
import { foldText, formatCslName } from './names.js';
import type { CslName, Link, Problem, Publication, PublicationCategory } from './types.js';

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
  if (item.category && item.category in CATEGORY_LABELS) return item.category;
  const byType = CATEGORY_BY_TYPE[item.type];
  if (byType) return byType;
  const venue = foldText(String(item['container-title'] ?? item['event-title'] ?? ''));
  if (/\bworkshop\b/.test(venue)) return 'workshop';
  if (/\barxiv\b/.test(venue)) return 'preprint';
  return 'other';
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Links by kind: the item's own `links`, plus DOI and URL fields turned into links when no link of that kind exists. */
export function linksOf(item: Publication): Link[] {
  const links = Array.isArray(item.links) ? [...item.links] : [];
  const has = (kind: string) => links.some((link) => link.kind === kind);
  const doi = text(item.DOI);
  if (doi && !has('doi')) links.push({ kind: 'doi', url: `https://doi.org/${doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}` });
  const url = text(item.URL);
  if (url && !links.some((link) => link.url === url)) {
    links.push({ kind: /arxiv\.org/i.test(url) ? 'arxiv' : /\.pdf($|\?)/i.test(url) ? 'pdf' : 'website', url });
  }
  return links;
}

/** Makes one list entry from a CSL item. `key` must already be unique in its list. */
export function toEntry(item: Publication, key: string, source: string, extra: { line?: number; bibtex?: string } = {}): PubEntry {
  const authors = item.author?.length ? item.author : item.inventor?.length ? item.inventor : (item.editor ?? []);
  const date = cslDateParts(item.issued);
  const venue = text(item['container-title']) ?? text(item['event-title']) ?? text(item.publisher) ?? text(item['collection-title']);
  const keywords = [
    ...(Array.isArray(item.keywords) ? item.keywords : []),
    ...(typeof item.keyword === 'string' ? item.keyword.split(/\s*[,;]\s*/) : []),
  ]
    .map((keyword) => keyword.trim())
    .filter((keyword, index, all) => keyword && all.indexOf(keyword) === index);
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
    searchText: foldText([title, ...authors.map(formatCslName), venue, item.venueShort, ...keywords].filter(Boolean).join(' ')),
    versions: [],
  };
  if (date) {
    entry.date = date;
    entry.year = date.year;
  }
  if (venue) entry.venue = venue;
  const venueShort = text(item.venueShort);
  if (venueShort) entry.venueShort = venueShort;
  if (extra.line !== undefined) entry.line = extra.line;
  if (extra.bibtex !== undefined) entry.bibtex = extra.bibtex;
  return entry;
}

/** Gives every entry a key unique in the list, keeping the first occurrence's key as it is. */
export function uniqueKey(wanted: string, taken: Set<string>): string {
  let key = wanted || 'entry';
  for (let n = 2; taken.has(key); n++) key = `${wanted}~${n}`;
  taken.add(key);
  return key;
}

/** Entries from CSL items (a profile's publications or a CSL-JSON file). */
export function entriesFromItems(items: readonly Publication[], source: string, taken = new Set<string>()): PubEntry[] {
  return items.map((item, index) => toEntry(item, uniqueKey(String(item.id ?? `item-${index + 1}`), taken), source));
}
