/**
 * Google Scholar's `citation_*` meta tags (the Highwire Press tags, also read by Zotero, Mendeley and other reference
 * managers) for publications. Plain data; the prerender command writes them into the page head.
 *
 * Google Scholar's inclusion guidelines expect one article per page: the tags describe *the* paper a page is about.
 * A profile page lists many, so the prerender command writes one group of tags per publication, in the profile's
 * order, each starting with its `citation_title`. Reference managers read such pages; how Google Scholar treats
 * several groups on one page is not documented (it may take one paper, or none). Sites that want every paper
 * indexed should also give each paper a page of its own (its abstract page) carrying that paper's group alone.
 * See https://scholar.google.com/intl/en/scholar/inclusion.html#indexing.
 */
import { cslDateParts } from './dates.js';
import { stripMath } from './json-ld.js';
import type { PubEntry } from './publications.js';
import type { CslName } from './types.js';
import { safeUrl } from './urls.js';
import { text } from './text.js';

/** One `<meta name content>` tag. */
export interface MetaTag {
  name: string;
  content: string;
}

export interface ScholarMetaOptions {
  /** Title as plain text. Pass `mathToPlainText` from ./tex-text.js for "R³-SQL"; the default only drops the `$`. */
  plainTitle?: (title: string) => string;
  /**
   * The page's address: relative links in the data (a PDF at "papers/x.pdf") resolve against it. Without it only
   * absolute http(s) links are used, since the tags need full URLs.
   */
  baseUrl?: string;
}

/** An absolute http(s) URL for a link from the data, or undefined. */
export function absoluteUrl(url: unknown, baseUrl?: string): string | undefined {
  const safe = safeUrl(url);
  if (!safe) return undefined;
  let resolved: URL;
  try {
    resolved = baseUrl ? new URL(safe, baseUrl) : new URL(safe);
  } catch {
    return undefined;
  }
  return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
}

/** "Family, Given" (unambiguous for multi-word family names, e.g. "Yazdani Aminabadi, Reza"), or the literal name. */
export function citationAuthor(name: CslName): string | undefined {
  const join = (...parts: unknown[]) =>
    parts
      .filter((part) => typeof part === 'string' && part.trim())
      .map((part) => (part as string).trim())
      .join(' ');
  if (typeof name.literal === 'string' && name.literal.trim()) return name.literal.trim();
  const family = join(name['non-dropping-particle'], name.family);
  const given = join(name.given, name['dropping-particle']);
  if (!family) return given || undefined;
  const suffix = typeof name.suffix === 'string' && name.suffix.trim() ? `, ${name.suffix.trim()}` : '';
  return given ? `${family}, ${given}${suffix}` : `${family}${suffix}`;
}

/** "2021/12/06", "2021/12" or "2021": the slash form Google Scholar documents. */
function publicationDate(entry: PubEntry): string | undefined {
  const date = entry.date ?? cslDateParts(entry.item.issued);
  if (!date) return undefined;
  return [date.year, date.month, date.day]
    .filter((part): part is number => part !== undefined)
    .map((part, index) => (index ? String(part).padStart(2, '0') : String(part)))
    .join('/');
}

/** A bare DOI ("10.1145/3458817.3476205") from the DOI field or a doi.org link. */
function doiOf(entry: PubEntry): string | undefined {
  const field = text(entry.item.DOI);
  const fromLink = entry.links.find((link) => link.kind === 'doi' && typeof link.url === 'string')?.url;
  const raw = field ?? fromLink;
  if (!raw) return undefined;
  const bare = raw.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
  return /^10\.\S+\/\S+$/.test(bare) ? bare : undefined;
}

/** A PDF by its address: "….pdf", or a "/pdf/" path (arXiv, OpenReview, ACM). */
function isPdf(url: string): boolean {
  const { pathname } = new URL(url);
  return /\.pdf$/i.test(pathname) || /(^|\/)pdf(\/|$)/i.test(pathname);
}

/** The full text PDF: a link of kind `pdf`, else any link whose address is a PDF (e.g. an arXiv PDF link). */
function pdfUrl(entry: PubEntry, baseUrl?: string): string | undefined {
  const urls = (kind?: string) =>
    entry.links
      .filter((link) => kind === undefined || link.kind === kind)
      .map((link) => absoluteUrl(link.url, baseUrl))
      .filter((url): url is string => !!url);
  return urls('pdf')[0] ?? urls().find(isPdf);
}

/** The paper's own (abstract) page: a website, project or arXiv abstract link that is not a PDF. */
function abstractPageUrl(entry: PubEntry, baseUrl?: string): string | undefined {
  for (const kind of ['website', 'project', 'arxiv']) {
    for (const link of entry.links) {
      if (link.kind !== kind) continue;
      const url = absoluteUrl(link.url, baseUrl);
      if (url && !isPdf(url)) return url;
    }
  }
  return undefined;
}

/** "12–34", "12-34", "12" → first and last page. */
function pages(value: unknown): { first?: string; last?: string } {
  const page = text(value);
  if (!page) return {};
  const [first, last] = page.split(/\s*[-–—]+\s*/);
  return { first: first || undefined, last: last || undefined };
}

/**
 * The `citation_*` tags describing one publication: title, one `citation_author` per author (in order), date, the
 * venue as journal or conference title (or the institution of a report or thesis), volume, issue, pages, DOI, the
 * PDF and the abstract page when the data gives them.
 */
export function scholarMetaTags(entry: PubEntry, options: ScholarMetaOptions = {}): MetaTag[] {
  const { item } = entry;
  const plainTitle = options.plainTitle ?? stripMath;
  const tags: MetaTag[] = [];
  const add = (name: string, value: string | undefined) => {
    const content = value?.replace(/\s+/g, ' ').trim();
    if (content) tags.push({ name, content });
  };

  add('citation_title', plainTitle(entry.title));
  for (const author of entry.authors) add('citation_author', citationAuthor(author));
  add('citation_publication_date', publicationDate(entry));

  const container = text(item['container-title']);
  const event = text(item['event-title']);
  const publisher = text(item.publisher);
  // Some sources print only the short venue ("NSDI 2022"); it still tells a reader where the work appeared.
  const venue = entry.venue ?? entry.venueShort;
  switch (entry.category) {
    case 'journal':
      add('citation_journal_title', container ?? venue);
      break;
    case 'conference':
    case 'workshop':
    case 'poster':
      add('citation_conference_title', container ?? event ?? venue);
      break;
    case 'preprint':
      // "arXiv preprint arXiv:…" and the like: reference managers read it as the publication title.
      add('citation_journal_title', container);
      break;
    case 'technical-report':
      add('citation_technical_report_institution', publisher ?? text(item.institution));
      add('citation_technical_report_number', text(item.number));
      break;
    case 'thesis':
      add('citation_dissertation_institution', publisher ?? text(item.institution));
      break;
    case 'chapter':
      add('citation_inbook_title', container);
      break;
    default:
      if (container) add(item.type === 'article-journal' ? 'citation_journal_title' : 'citation_conference_title', container);
  }
  if (entry.category === 'book' || entry.category === 'chapter' || entry.category === 'journal') add('citation_publisher', publisher);
  add('citation_volume', text(item.volume));
  add('citation_issue', text(item.issue));
  const { first, last } = pages(item.page);
  add('citation_firstpage', first);
  add('citation_lastpage', last);
  add('citation_isbn', text(item.ISBN));
  add('citation_issn', text(item.ISSN));
  add('citation_doi', doiOf(entry));
  add('citation_pdf_url', pdfUrl(entry, options.baseUrl));
  add('citation_abstract_html_url', abstractPageUrl(entry, options.baseUrl));
  return tags;
}

/** One group of tags per publication, in the order given (a page lists its papers in the same order). */
export function scholarMetaGroups(entries: readonly PubEntry[], options: ScholarMetaOptions = {}): MetaTag[][] {
  return entries.map((entry) => scholarMetaTags(entry, options));
}
