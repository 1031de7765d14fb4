/**
 * OpenAlex works → CSL items. Reads what the OpenAlex API answers: a single work (`/works/W2741809807`), a list
 * response (`/works?filter=author.id:…` → `{ meta, results: [...] }`) or a bare list of works (its `results`).
 *
 * Authors keep OpenAlex's disambiguated `display_name` (so one person is written the same way across works), split
 * into family and given names as the work printed them (`raw_author_name` "Family, Given") where that says more;
 * `is_corresponding` marks corresponding authors. The abstract is rebuilt from OpenAlex's inverted index, citation
 * counts become `metrics` (source "OpenAlex"), open-access copies become links, and the OpenAlex id is kept (`id`
 * "W…" and `openalex`). A work without a title is reported and left out; a value that cannot be used (a bad date,
 * an abstract index with holes, a link with a disallowed scheme) is reported and only that value is left out.
 * Pure TypeScript, no DOM.
 */
import { reportItemProblem as report, type ImportContext, type ItemsImport } from './csl-json.js';
import { validDoi, cslNameFromText, plainText } from './import-text.js';
import type { CslName, Link, Publication, PublicationMetrics } from './types.js';
import { safeUrl } from './urls.js';
import { isObject, type JsonObject as Json, text } from './text.js';

/**
 * True for one OpenAlex work object: it has `authorships`, or OpenAlex's full work id without CSL authors (a CSL
 * item made from a work keeps the short id "W…" and has `author`, and is not read as OpenAlex again).
 */
function isWork(value: unknown): value is Json {
  if (!isObject(value)) return false;
  if (Array.isArray(value.authorships)) return true;
  return typeof value.id === 'string' && /^https:\/\/openalex\.org\/W\d+$/i.test(value.id) && !('author' in value);
}

/** True for an OpenAlex work, a works list response (`{ meta, results: [...] }`) or a list whose first value is a work. */
export function isOpenAlex(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && isWork(value[0]);
  if (!isObject(value)) return false;
  if (Array.isArray(value.results) && isObject(value.meta)) return value.results.length === 0 || isWork(value.results[0]);
  return isWork(value);
}

/** OpenAlex work types (and the Crossref types it used before) → CSL types; "article" depends on its source. */
const CSL_TYPES: Record<string, string> = {
  preprint: 'article',
  'posted-content': 'article',
  'journal-article': 'article-journal',
  'proceedings-article': 'paper-conference',
  'book-chapter': 'chapter',
  'book-section': 'chapter',
  'book-part': 'chapter',
  book: 'book',
  monograph: 'book',
  'edited-book': 'book',
  'reference-book': 'book',
  proceedings: 'book',
  dissertation: 'thesis',
  dataset: 'dataset',
  report: 'report',
  standard: 'standard',
  review: 'review',
  'peer-review': 'review',
  'reference-entry': 'entry-encyclopedia',
  letter: 'article-journal',
  editorial: 'article-journal',
  erratum: 'article-journal',
  retraction: 'article-journal',
  'journal-issue': 'periodical',
  journal: 'periodical',
};

/** The CSL type of a work: its OpenAlex type, with an "article" told apart by where it was published. */
function cslType(work: Json): string {
  const type = text(work.type)?.toLowerCase() ?? '';
  const location = isObject(work.primary_location) ? work.primary_location : {};
  const sourceType = isObject(location.source) ? text(location.source.type)?.toLowerCase() : undefined;
  if (type === 'article' || type === '') {
    const crossref = text(work.type_crossref)?.toLowerCase();
    if (crossref === 'proceedings-article' || sourceType === 'conference') return 'paper-conference';
    if (crossref === 'posted-content' || sourceType === 'repository' || location.version === 'submittedVersion') return 'article';
    if (sourceType === 'journal' || crossref === 'journal-article') return 'article-journal';
    if (sourceType === 'book series' || sourceType === 'ebook platform') return 'chapter';
    return 'article';
  }
  return CSL_TYPES[type] ?? 'document';
}

/** The short OpenAlex id: "https://openalex.org/W2741809807" → "W2741809807". */
function shortId(value: unknown): string | undefined {
  const id = text(value);
  return id?.replace(/^https:\/\/openalex\.org\//i, '');
}

/** One author: display name split as the work printed it, with ORCID and the corresponding-author mark. */
function author(authorship: unknown, path: string, context: ImportContext): CslName | undefined {
  if (!isObject(authorship)) {
    report(context, path, 'expected an authorship object; this author is left out.');
    return undefined;
  }
  const person = isObject(authorship.author) ? authorship.author : {};
  const display = text(person.display_name);
  const raw = text(authorship.raw_author_name);
  const written = display ?? raw;
  if (!written) {
    report(context, path, 'the author has no name; this author is left out.');
    return undefined;
  }
  let name = cslNameFromText(written)!;
  // "Family, Given" as printed says where the family name starts when the display name is the same person's name.
  if (raw && raw.includes(',') && display) {
    const printed = cslNameFromText(raw)!;
    const sameWords = (a: string) =>
      a
        .toLowerCase()
        .replace(/[^\p{L}\s]/gu, '')
        .split(/\s+/)
        .filter(Boolean)
        .sort()
        .join(' ');
    if (sameWords(`${printed.given ?? ''} ${printed['non-dropping-particle'] ?? ''} ${printed.family ?? ''}`) === sameWords(display)) name = printed;
  }
  const orcid = text(person.orcid);
  if (orcid && /^https?:\/\/orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i.test(orcid)) name.ORCID = orcid;
  if (authorship.is_corresponding === true) name.corresponding = true;
  return name;
}

/** The abstract from OpenAlex's inverted index (word → positions), or the reason it cannot be rebuilt. */
function abstractText(index: unknown): string | { error: string } {
  if (!isObject(index)) return { error: 'expected an object of words and their positions.' };
  const words: string[] = [];
  let count = 0;
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) return { error: `the positions of "${word}" are not a list.` };
    for (const position of positions as unknown[]) {
      // Abstracts are far shorter than this; a larger position is damaged data, not a long abstract.
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position > 100_000)
        return { error: `"${word}" has a position that is not a whole number from 0 to 100000.` };
      words[position] = word;
      count++;
    }
  }
  if (count === 0) return { error: 'the index holds no words.' };
  const present = words.filter((word) => word !== undefined);
  // A few gaps happen (OpenAlex drops some tokens); an index that is mostly holes is not an abstract.
  if (present.length < words.length * 0.9) return { error: 'more than a tenth of the word positions are missing.' };
  return plainText(present.join(' '));
}

/** `issued` from "2020-11-09" (or "2020-11", "2020") or, failing that, from the publication year. */
function issued(work: Json, path: string, context: ImportContext): Publication['issued'] {
  const date = work.publication_date;
  if (date !== undefined && date !== null) {
    const match = typeof date === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim()) : null;
    if (match) return { 'date-parts': [match.slice(1).filter(Boolean).map(Number)] };
    report(context, `${path}/publication_date`, `expected a date such as "2020-11-09", got ${JSON.stringify(date)}; the publication year is used instead.`);
  }
  const year = work.publication_year;
  if (year === undefined || year === null) return undefined;
  if (Number.isInteger(year)) return { 'date-parts': [[year as number]] };
  report(context, `${path}/publication_year`, `expected a year, got ${JSON.stringify(year)}; the work has no date.`);
  return undefined;
}

/** A URL from the data, if its scheme is allowed; a disallowed one is reported and dropped. */
function allowedUrl(value: unknown, path: string, context: ImportContext): string | undefined {
  const url = text(value);
  if (!url) return undefined;
  const safe = safeUrl(url);
  if (!safe) report(context, path, `the link ${JSON.stringify(url.slice(0, 80))} is not an http(s) address; it is left out.`);
  return safe;
}

const ARXIV_ABS = /^https?:\/\/arxiv\.org\/abs\/(.+?)(v\d+)?$/i;

/** Links: the open-access PDF (or page), an arXiv copy, kept apart from the landing page (`URL`) and the DOI. */
function links(work: Json, path: string, context: ImportContext, landing: string | undefined, doi: string | undefined): Link[] {
  const found: Link[] = [];
  const seen = new Set([landing, doi ? `https://doi.org/${doi}` : undefined].filter(Boolean).map((url) => url!.toLowerCase()));
  const add = (kind: string, url: string | undefined) => {
    if (!url || seen.has(url.toLowerCase())) return;
    seen.add(url.toLowerCase());
    found.push({ kind, url });
  };
  const best = isObject(work.best_oa_location) ? work.best_oa_location : undefined;
  const access = isObject(work.open_access) ? work.open_access : undefined;
  add('pdf', allowedUrl(best?.pdf_url, `${path}/best_oa_location/pdf_url`, context));
  const oaUrl = allowedUrl(access?.oa_url, `${path}/open_access/oa_url`, context);
  if (oaUrl && !found.length) add(/\.pdf($|[?#])|arxiv\.org\/pdf\//i.test(oaUrl) ? 'pdf' : ARXIV_ABS.test(oaUrl) ? 'arxiv' : 'website', oaUrl);
  const locations = Array.isArray(work.locations) ? work.locations : [];
  locations.forEach((location, index) => {
    if (!isObject(location)) return;
    const page = text(location.landing_page_url);
    if (page && ARXIV_ABS.test(page) && !found.some((link) => link.kind === 'arxiv')) {
      add('arxiv', allowedUrl(page, `${path}/locations/${index}/landing_page_url`, context));
    }
  });
  return found;
}

/** A work's citation counts, as `metrics` (also read by `scholar-elements enrich`). */
export function openAlexMetrics(work: Json, path: string, context: ImportContext): PublicationMetrics | undefined {
  const result: PublicationMetrics = { source: 'OpenAlex' };
  const count = work.cited_by_count;
  if (Number.isInteger(count) && (count as number) >= 0) result.citations = count as number;
  else if (count !== undefined && count !== null) report(context, `${path}/cited_by_count`, `expected a count, got ${JSON.stringify(count)}; it is left out.`);
  if (Array.isArray(work.counts_by_year)) {
    const years: Array<{ year: number; citations: number }> = [];
    work.counts_by_year.forEach((row, index) => {
      if (isObject(row) && Number.isInteger(row.year) && Number.isInteger(row.cited_by_count)) {
        years.push({ year: row.year as number, citations: row.cited_by_count as number });
      } else report(context, `${path}/counts_by_year/${index}`, 'expected { year, cited_by_count } as whole numbers; this year is left out.');
    });
    if (years.length) result.countsByYear = years.sort((a, b) => a.year - b.year);
  }
  if (result.citations === undefined && !result.countsByYear) return undefined;
  // The counts are as of OpenAlex's last update of the work.
  const updated = text(work.updated_date)?.slice(0, 10);
  if (updated && /^\d{4}-\d{2}-\d{2}$/.test(updated)) result.retrieved = updated;
  return result;
}

/** One work → one CSL item, or the reason it cannot be one (the work is then left out). */
function workToItem(work: unknown, path: string, context: ImportContext): Publication | string {
  if (!isObject(work)) return `expected a work object, got ${work === null ? 'null' : Array.isArray(work) ? 'a list' : typeof work}; it is left out.`;
  const rawTitle = text(work.title) ?? text(work.display_name);
  const title = rawTitle && plainText(rawTitle);
  const openalex = shortId(work.id);
  if (!title) return `the work${openalex ? ` ${openalex}` : ''} has no title; it is left out.`;
  const item: Publication = { id: openalex ?? '', type: cslType(work), title };
  if (openalex) item.openalex = openalex;
  if (Array.isArray(work.authorships)) {
    const authors = work.authorships.map((authorship, index) => author(authorship, `${path}/authorships/${index}`, context)).filter((name): name is CslName => !!name);
    if (authors.length) item.author = authors;
  }
  const date = issued(work, path, context);
  if (date) item.issued = date;
  const location = isObject(work.primary_location) ? work.primary_location : {};
  const venue = isObject(location.source) ? location.source : undefined;
  const venueName = text(venue?.display_name);
  if (venueName) item['container-title'] = plainText(venueName);
  const publisher = text(venue?.host_organization_name);
  if (publisher && publisher !== venueName) item.publisher = publisher;
  const issn = text(venue?.issn_l);
  if (issn) item.ISSN = issn;
  const doi = validDoi(work.doi) ?? validDoi(isObject(work.ids) ? work.ids.doi : undefined);
  if (work.doi && !doi) report(context, `${path}/doi`, `${JSON.stringify(work.doi)} is not a DOI; it is left out.`);
  if (doi) item.DOI = doi;
  const landing = allowedUrl(location.landing_page_url, `${path}/primary_location/landing_page_url`, context);
  // A landing page that is the DOI itself adds nothing to the DOI link.
  if (landing && !(doi && validDoi(landing)?.toLowerCase() === doi.toLowerCase())) item.URL = landing;
  const found = links(work, path, context, landing, doi);
  if (found.length) item.links = found;
  if (work.abstract_inverted_index !== undefined && work.abstract_inverted_index !== null) {
    const abstract = abstractText(work.abstract_inverted_index);
    if (typeof abstract === 'string') item.abstract = abstract;
    else report(context, `${path}/abstract_inverted_index`, `the abstract cannot be rebuilt: ${abstract.error} It is left out.`);
  }
  const biblio = isObject(work.biblio) ? work.biblio : {};
  const volume = text(biblio.volume);
  const issue = text(biblio.issue);
  const first = text(biblio.first_page);
  const last = text(biblio.last_page);
  if (volume) item.volume = volume;
  if (issue) item.issue = issue;
  if (first) item.page = last && last !== first ? `${first}-${last}` : first;
  if (Array.isArray(work.keywords)) {
    const keywords = work.keywords
      .map((keyword) => (isObject(keyword) ? (text(keyword.display_name) ?? text(keyword.keyword)) : text(keyword)))
      .filter((keyword): keyword is string => !!keyword);
    if (keywords.length) item.keywords = [...new Set(keywords)];
  }
  const language = text(work.language);
  if (language) item.language = language;
  const counts = openAlexMetrics(work, path, context);
  if (counts) item.metrics = counts;
  return item;
}

/**
 * OpenAlex work(s) → CSL items: a single work, a list response (`{ meta, results }`) or a list of works.
 * Works without a title are left out and reported (path "/results/3"); values that cannot be used are reported with
 * their JSON path and left out of their item. A value that holds no works at all gives no items and one problem.
 */
export function openAlexToItems(value: unknown, source: string): ItemsImport {
  const context: ImportContext = { source, problems: [] };
  const items: Publication[] = [];
  let works: unknown[];
  let base: string;
  if (Array.isArray(value)) [works, base] = [value, ''];
  else if (isObject(value) && Array.isArray(value.results)) [works, base] = [value.results, '/results'];
  else if (isObject(value)) [works, base] = [[value], ''];
  else {
    report(context, '', `expected an OpenAlex work or a list of works, got ${value === null ? 'null' : typeof value}.`);
    return { items, problems: context.problems };
  }
  const single = isObject(value) && !Array.isArray(value.results);
  const taken = new Set<string>();
  works.forEach((work, index) => {
    const path = single ? '' : `${base}/${index}`;
    const item = workToItem(work, path, context);
    if (typeof item === 'string') {
      report(context, path, item);
      return;
    }
    if (!item.id) item.id = `openalex-${index + 1}`;
    // The same work listed twice (paged responses joined by hand) is one publication.
    if (item.openalex && taken.has(String(item.openalex))) return;
    if (item.openalex) taken.add(String(item.openalex));
    items.push(item);
  });
  return { items, problems: context.problems };
}
