/**
 * schema.org JSON-LD for search engines: a `Person` (with `sameAs` links and affiliation) and a `ScholarlyArticle`
 * per publication. Plain data; elements put it in their light DOM, the prerender command in the page head.
 */
import { cslDateParts } from './dates.js';
import { formatCslName } from './names.js';
import { currentAffiliation } from './profile.js';
import type { PubEntry } from './publications.js';
import type { Profile } from './types.js';
import { safeUrl } from './urls.js';

type JsonLd = Record<string, unknown>;

function clean<T extends JsonLd>(object: T): T {
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete object[key];
  }
  return object;
}

/** Absolute http(s) URLs only: JSON-LD consumers resolve nothing else. */
function absolute(url: unknown): string | undefined {
  const safe = safeUrl(url);
  return safe && /^https?:\/\//i.test(safe) ? safe : undefined;
}

export function personJsonLd(profile: Profile): JsonLd {
  const { basics } = profile;
  const affiliation = currentAffiliation(profile);
  return clean({
    '@type': 'Person',
    name: basics.name,
    alternateName: (basics.nameVariants ?? []).filter((variant) => variant !== basics.name),
    jobTitle: basics.label,
    email: basics.emails?.[0] ? `mailto:${basics.emails[0]}` : undefined,
    url: absolute(basics.url),
    image: absolute(basics.image),
    sameAs: (basics.profiles ?? []).map((social) => absolute(social.url)).filter((url): url is string => !!url),
    affiliation: affiliation ? clean({ '@type': 'Organization', name: affiliation.organization, department: affiliation.department }) : undefined,
    alumniOf: [...new Set((profile.education ?? []).map((degree) => degree.institution))].map((name) => ({ '@type': 'CollegeOrUniversity', name })),
    knowsAbout: basics.researchInterests,
    award: (profile.honors ?? []).map((honor) => honor.title),
  });
}

/** Title text without TeX markup: "R$^3$-SQL" → "R^3-SQL". Pass `mathToPlainText` from ./tex-text.js for "R³-SQL". */
export function stripMath(title: string): string {
  return title
    .replace(/\\\$/g, '\u0000')
    .replace(/\$/g, '')
    .replace(/\u0000/g, '$');
}

export function articleJsonLd(entry: PubEntry, plainTitle: (title: string) => string = stripMath): JsonLd {
  const { item } = entry;
  const date = cslDateParts(item.issued);
  const doi = typeof item.DOI === 'string' && item.DOI ? `https://doi.org/${item.DOI.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}` : undefined;
  const links = entry.links.map((link) => absolute(link.url)).filter((url): url is string => !!url);
  return clean({
    '@type': 'ScholarlyArticle',
    headline: plainTitle(entry.title),
    name: plainTitle(entry.title),
    author: entry.authors.map((author) => ({ '@type': author.literal ? 'Organization' : 'Person', name: formatCslName(author) })),
    datePublished: date
      ? [date.year, date.month, date.day]
          .filter((part) => part !== undefined)
          .map((part, index) => (index ? String(part).padStart(2, '0') : String(part)))
          .join('-')
      : undefined,
    isPartOf: entry.venue ? { '@type': 'PublicationIssue', name: entry.venue } : undefined,
    publisher: typeof item.publisher === 'string' ? { '@type': 'Organization', name: item.publisher } : undefined,
    url: links[0] ?? doi,
    sameAs: [doi, ...links.slice(1)].filter(Boolean),
    abstract: typeof item.abstract === 'string' ? item.abstract : undefined,
    keywords: entry.keywords.join(', '),
    award: item.awards,
  });
}

/**
 * The most works one JSON-LD document describes. Search engines read structured data for a page's main items, not
 * for thousands of works (10,000 would write more JSON-LD than the source file holds); the list itself is unaffected.
 */
export const MAX_JSON_LD_WORKS = 500;

/** The works a document describes: the newest `MAX_JSON_LD_WORKS`, undated last, in the given order within a year. */
function describedWorks(entries: readonly PubEntry[]): readonly PubEntry[] {
  if (entries.length <= MAX_JSON_LD_WORKS) return entries;
  return [...entries].sort((a, b) => (b.year ?? 0) - (a.year ?? 0)).slice(0, MAX_JSON_LD_WORKS);
}

/** One JSON-LD document: the person (if any) and their publications (the newest {@link MAX_JSON_LD_WORKS}). */
export function jsonLdDocument(profile: Profile | undefined, entries: readonly PubEntry[], plainTitle?: (title: string) => string): JsonLd {
  const graph: JsonLd[] = [];
  if (profile) graph.push(personJsonLd(profile));
  graph.push(...describedWorks(entries).map((entry) => articleJsonLd(entry, plainTitle)));
  return { '@context': 'https://schema.org', '@graph': graph };
}
