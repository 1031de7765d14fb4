/**
 * Citation metrics from OpenAlex for a profile (`scholar-elements enrich --openalex`): which works to look up and how,
 * which answer is confidently the same work, and the profile with `metrics` filled in — everything else in it as it
 * was. Pure: the command (src/cli/enrich-command.ts) does the requests.
 *
 * A value entered by hand (metrics whose `source` is not OpenAlex) is kept unless `force` is set; metrics that came
 * from OpenAlex before are brought up to date.
 */
import { cslDateParts } from './dates.js';
import { foldTitle } from './dedupe.js';
import { letters, splitName } from './names.js';
import { validDoi } from './import-text.js';
import { openAlexMetrics } from './openalex.js';
import { isObject, type JsonObject } from './text.js';
import type { ProfileMetrics, PublicationMetrics } from './types.js';

export const OPENALEX_SOURCE = 'OpenAlex';

/** A DOI as OpenAlex keys it: without its resolver prefix, lower case ("https://doi.org/10.1145/ABC" → "10.1145/abc"). */
export function normaliseDoi(value: unknown): string | undefined {
  return validDoi(value)?.toLowerCase();
}

/** What to look up for one publication of the profile: its DOI, else its title and year. */
export interface Lookup {
  /** Index in `publications`. */
  index: number;
  title: string;
  year?: number;
  doi?: string;
  /** Family names of its authors, folded (to confirm a match found by title). */
  families: string[];
}

/** Every publication of the profile (as read from its file) that can be looked up. */
export function lookups(profile: JsonObject): Lookup[] {
  const publications = Array.isArray(profile.publications) ? profile.publications : [];
  const found: Lookup[] = [];
  publications.forEach((publication: unknown, index) => {
    if (!isObject(publication) || typeof publication.title !== 'string' || !publication.title.trim()) return;
    const lookup: Lookup = { index, title: publication.title.trim(), families: [] };
    const year = cslDateParts(publication.issued as never)?.year;
    if (year !== undefined) lookup.year = year;
    const doi = normaliseDoi(publication.DOI);
    if (doi) lookup.doi = doi;
    for (const author of Array.isArray(publication.author) ? publication.author : []) {
      if (!isObject(author)) continue;
      const family = typeof author.family === 'string' ? author.family : typeof author.literal === 'string' ? splitName(author.literal).family : '';
      if (letters(family)) lookup.families.push(letters(family));
    }
    found.push(lookup);
  });
  return found;
}

/** The family names of an OpenAlex work's authors, folded. */
function workFamilies(work: JsonObject): Set<string> {
  const families = new Set<string>();
  for (const authorship of Array.isArray(work.authorships) ? work.authorships : []) {
    const name = isObject(authorship) && isObject(authorship.author) ? authorship.author.display_name : undefined;
    if (typeof name === 'string' && name.trim()) families.add(letters(splitName(name).family));
  }
  return families;
}

/**
 * The OpenAlex work that is confidently this publication, among the answers to a title search: the same title
 * (folded: case, accents, punctuation and TeX aside), a year at most one apart (a preprint and its proceedings),
 * and, when both list authors, one family name in common. Among several such records of one work, the one of the
 * same year, then the most cited. Undefined when none is confident.
 */
export function confidentMatch(lookup: Lookup, candidates: readonly unknown[]): JsonObject | undefined {
  const title = foldTitle(lookup.title);
  const matching = candidates.filter((work): work is JsonObject => {
    if (!isObject(work)) return false;
    const name = typeof work.title === 'string' ? work.title : typeof work.display_name === 'string' ? work.display_name : '';
    if (!name || foldTitle(name) !== title) return false;
    const year = typeof work.publication_year === 'number' ? work.publication_year : undefined;
    if (lookup.year !== undefined && year !== undefined && Math.abs(year - lookup.year) > 1) return false;
    const families = workFamilies(work);
    return !lookup.families.length || !families.size || lookup.families.some((family) => families.has(family));
  });
  const cited = (work: JsonObject) => (typeof work.cited_by_count === 'number' ? work.cited_by_count : 0);
  const sameYear = (work: JsonObject) => Number(work.publication_year === lookup.year);
  return matching.sort((a, b) => sameYear(b) - sameYear(a) || cited(b) - cited(a))[0];
}

/** A work's metrics as read today. */
export function workMetrics(work: JsonObject, retrieved: string): PublicationMetrics | undefined {
  const read = openAlexMetrics(work, '', { source: OPENALEX_SOURCE, problems: [] });
  if (!read) return undefined;
  const { citations, countsByYear } = read;
  return { ...(citations === undefined ? {} : { citations }), source: OPENALEX_SOURCE, retrieved, ...(countsByYear ? { countsByYear } : {}) };
}

/** An OpenAlex author record's metrics (`cited_by_count`, `summary_stats`, `counts_by_year`) as read today. */
export function authorMetrics(author: unknown, retrieved: string): ProfileMetrics | undefined {
  if (!isObject(author)) return undefined;
  const count = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined);
  const stats = isObject(author.summary_stats) ? author.summary_stats : {};
  const metrics: ProfileMetrics = {};
  const citations = count(author.cited_by_count);
  const hIndex = count(stats.h_index);
  const i10Index = count(stats.i10_index);
  if (citations !== undefined) metrics.citations = citations;
  if (hIndex !== undefined) metrics.hIndex = hIndex;
  if (i10Index !== undefined) metrics.i10Index = i10Index;
  const years = openAlexMetrics({ counts_by_year: author.counts_by_year }, '', { source: OPENALEX_SOURCE, problems: [] })?.countsByYear;
  if (years) metrics.countsByYear = years;
  if (!Object.keys(metrics).length) return undefined;
  const { countsByYear, ...numbers } = metrics;
  return { ...numbers, source: OPENALEX_SOURCE, retrieved, ...(countsByYear ? { countsByYear } : {}) };
}

/** Metrics that did not come from OpenAlex: entered by hand, or from another source. */
function handEntered(metrics: unknown): boolean {
  return isObject(metrics) && Object.keys(metrics).length > 0 && metrics.source !== OPENALEX_SOURCE;
}

/** What enrichment did to one publication (or to the profile's own metrics, `index` -1). */
export interface MetricsChange {
  index: number;
  title: string;
  before?: number | undefined;
  after?: number | undefined;
  /** Metrics entered by hand, left as they are (without `force`). */
  kept?: boolean;
}

export interface Enrichment {
  /** A copy of the profile with the metrics filled in. */
  profile: JsonObject;
  changes: MetricsChange[];
}

/**
 * The profile with each found publication's `metrics` (by index) and the researcher's own metrics set. Values
 * entered by hand are kept unless `force`; nothing else in the profile changes.
 */
export function applyMetrics(profile: JsonObject, found: ReadonlyMap<number, PublicationMetrics>, author: ProfileMetrics | undefined, force = false): Enrichment {
  const copy = structuredClone(profile);
  const publications = (Array.isArray(copy.publications) ? copy.publications : []) as JsonObject[];
  const changes: MetricsChange[] = [];
  const citations = (metrics: unknown) => (isObject(metrics) && typeof metrics.citations === 'number' ? metrics.citations : undefined);
  for (const [index, metrics] of [...found].sort((a, b) => a[0] - b[0])) {
    const publication = publications[index];
    if (!isObject(publication)) continue;
    const change: MetricsChange = { index, title: String(publication.title), before: citations(publication.metrics), after: metrics.citations };
    if (handEntered(publication.metrics) && !force) change.kept = true;
    else publication.metrics = metrics;
    changes.push(change);
  }
  if (author) {
    const change: MetricsChange = { index: -1, title: 'the researcher', before: citations(copy.metrics), after: author.citations };
    if (handEntered(copy.metrics) && !force) change.kept = true;
    else copy.metrics = author;
    changes.push(change);
  }
  return { profile: copy, changes };
}
