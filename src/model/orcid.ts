/**
 * ORCID public API v3.0 works (JSON) → CSL items. Reads:
 * - the works summary (`/v3.0/{orcid}/works` → `{ group: [ { "work-summary": [...] } ] }`): one item per group, from
 *   its first summary, the one the record holder prefers (ORCID lists it first);
 * - the same list inside a whole record (`/record` → `activities-summary.works`) or `/activities` (`works`);
 * - a full work record (`/v3.0/{orcid}/work/{put-code}`): contributors, short description, citation, URL…;
 * - the bulk response (`/v3.0/{orcid}/works/{put-codes}` → `{ bulk: [ { work } | { error } ] }`).
 *
 * Summaries carry no authors. A full record without contributors but with a BibTeX citation takes its authors (and
 * any venue, volume, pages it lacks) from that citation, read with the BibTeX importer.
 * A work without a title is reported and left out; a value that cannot be used is reported and left out alone.
 * Pure TypeScript, no DOM.
 */
import { reportItemProblem as report, type ImportContext, type ItemsImport } from './csl-json.js';
import { validDoi, cslNameFromText, plainText } from './import-text.js';
import type { CslName, Link, Publication } from './types.js';
import { safeUrl } from './urls.js';
import { isObject, type JsonObject as Json, text } from './text.js';

/** ORCID wraps most strings: `{ "value": "…" }`. */
function valueOf(wrapped: unknown): string | undefined {
  return isObject(wrapped) ? text(wrapped.value) : undefined;
}

/** True for one ORCID work (a summary or a full record): a put-code and an ORCID-style title object. */
function isWork(value: unknown): value is Json {
  return isObject(value) && value['put-code'] !== undefined && (isObject(value.title) || value.title === null) && 'type' in value;
}

/** The works list inside a works response, an `/activities` response or a whole record. */
function worksGroups(value: Json): { groups: unknown[]; base: string } | undefined {
  if (
    Array.isArray(value.group) &&
    (value.group.length === 0 ? typeof value.path === 'string' || 'last-modified-date' in value : isObject(value.group[0]) && 'work-summary' in value.group[0])
  ) {
    return { groups: value.group, base: '/group' };
  }
  const activities = isObject(value['activities-summary']) ? value['activities-summary'] : value;
  const prefix = activities === value ? '' : '/activities-summary';
  if (isObject(activities.works) && Array.isArray(activities.works.group)) return { groups: activities.works.group, base: `${prefix}/works/group` };
  return undefined;
}

/** True for ORCID works: a works summary (`{ group }`), a record or activities holding one, a full work record or a bulk response (`{ bulk }`). */
export function isOrcidWorks(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (Array.isArray(value.bulk)) return value.bulk.every((entry) => isObject(entry) && ('work' in entry || 'error' in entry));
  return worksGroups(value) !== undefined || isWork(value);
}

/** ORCID work types (v3.0, and v2.0's "dissertation") → CSL types. */
const CSL_TYPES: Record<string, string> = {
  'journal-article': 'article-journal',
  'journal-issue': 'periodical',
  'conference-paper': 'paper-conference',
  'conference-abstract': 'paper-conference',
  'conference-poster': 'poster',
  'conference-presentation': 'speech',
  'conference-proceedings': 'book',
  preprint: 'article',
  'working-paper': 'report',
  report: 'report',
  'book-chapter': 'chapter',
  book: 'book',
  'edited-book': 'book',
  'dissertation-thesis': 'thesis',
  dissertation: 'thesis',
  'supervised-student-publication': 'article',
  patent: 'patent',
  'data-set': 'dataset',
  'data-management-plan': 'document',
  software: 'software',
  'book-review': 'review',
  review: 'review',
  'magazine-article': 'article-magazine',
  'newspaper-article': 'article-newspaper',
  'newsletter-article': 'article-newspaper',
  'encyclopedia-entry': 'entry-encyclopedia',
  'dictionary-entry': 'entry-dictionary',
  'lecture-speech': 'speech',
  website: 'webpage',
  'online-resource': 'webpage',
  'technical-standard': 'standard',
  'standards-and-policy': 'standard',
  'artistic-performance': 'performance',
  translation: 'document',
  annotation: 'document',
  manual: 'document',
  other: 'document',
};

/** `issued` from ORCID's `{ year: { value }, month: { value }, day: { value } }`, or undefined (a bad part is reported). */
function issued(date: unknown, path: string, context: ImportContext): Publication['issued'] {
  if (!isObject(date)) return undefined;
  const parts: number[] = [];
  for (const [field, max] of [
    ['year', 9999],
    ['month', 12],
    ['day', 31],
  ] as const) {
    const written = valueOf(date[field]);
    if (written === undefined) break;
    const number = /^\d{1,4}$/.test(written) ? Number(written) : NaN;
    if (!(number >= 1 && number <= max)) {
      report(context, `${path}/${field}`, `expected a ${field} number, got ${JSON.stringify(written)}; ${parts.length ? 'the date ends before it' : 'the work has no date'}.`);
      break;
    }
    parts.push(number);
  }
  return parts.length ? { 'date-parts': [parts] } : undefined;
}

/** Contributors of a full record → authors, editors, translators, inventors. */
function contributors(value: unknown, path: string, context: ImportContext): Partial<Record<'author' | 'editor' | 'translator' | 'inventor', CslName[]>> {
  const result: Partial<Record<'author' | 'editor' | 'translator' | 'inventor', CslName[]>> = {};
  const list = isObject(value) && Array.isArray(value.contributor) ? value.contributor : [];
  list.forEach((contributor, index) => {
    const where = `${path}/contributor/${index}`;
    const written = isObject(contributor) ? valueOf(contributor['credit-name']) : undefined;
    if (!written) {
      report(context, where, 'the contributor has no credit name; this contributor is left out.');
      return;
    }
    const name = cslNameFromText(written)!;
    const orcid = isObject(contributor) && isObject(contributor['contributor-orcid']) ? text(contributor['contributor-orcid'].uri) : undefined;
    if (orcid && /^https?:\/\/(sandbox\.)?orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i.test(orcid)) name.ORCID = orcid;
    const attributes = isObject(contributor) && isObject(contributor['contributor-attributes']) ? contributor['contributor-attributes'] : {};
    const role = text(attributes['contributor-role'])?.toLowerCase() ?? 'author';
    // Roles: "author", "editor"… (v3.0 also allows CRediT role URIs, which are all kinds of authorship).
    const variable = role === 'editor' ? 'editor' : role === 'chair-or-translator' ? 'translator' : role === 'co-inventor' || role === 'other-inventor' ? 'inventor' : 'author';
    (result[variable] ??= []).push(name);
  });
  return result;
}

const ARXIV_ID = /^(arxiv:)?\s*((\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?)$/i;

/** External ids (DOI, arXiv, ISBN…): the work's own ("self"), not those of the book or journal it is part of. */
function externalIds(value: unknown, path: string, context: ImportContext, item: Publication, links: Link[]): void {
  const list = isObject(value) && Array.isArray(value['external-id']) ? value['external-id'] : [];
  list.forEach((id, index) => {
    if (!isObject(id)) return;
    const type = text(id['external-id-type'])?.toLowerCase();
    const written = text(id['external-id-value']) ?? valueOf(id['external-id-normalized']);
    const relationship = text(id['external-id-relationship'])?.toLowerCase() ?? 'self';
    if (!type || !written) return;
    const where = `${path}/external-id/${index}/external-id-value`;
    // ISSN and ISBN are usually "part-of" (the journal's, a chapter's book's): CSL keeps them on the item all the same.
    if (type === 'issn' || type === 'isbn') {
      item[type.toUpperCase()] ??= written;
      return;
    }
    if (relationship !== 'self') return;
    if (type === 'doi') {
      const doi = validDoi(written);
      if (doi) item.DOI ??= doi;
      else report(context, where, `${JSON.stringify(written)} is not a DOI; it is left out.`);
    } else if (type === 'arxiv') {
      const match = ARXIV_ID.exec(written);
      if (match) {
        if (!links.some((link) => link.kind === 'arxiv')) links.push({ kind: 'arxiv', url: `https://arxiv.org/abs/${match[2]}` });
      } else report(context, where, `${JSON.stringify(written)} is not an arXiv identifier; it is left out.`);
    } else if (type === 'pmid') item.PMID ??= written;
    else if (type === 'pmc') item.PMCID ??= written;
    else if (type === 'uri' || type === 'url') {
      const url = safeUrl(written);
      if (url && /^https?:/i.test(url)) item.URL ??= url;
    }
  });
}

/** One work (summary or full record) → one CSL item, or the reason it cannot be one. */
function workToItem(work: unknown, path: string, context: ImportContext, citations: Map<Publication, string>): Publication | string {
  if (!isObject(work)) return `expected a work object, got ${work === null ? 'null' : Array.isArray(work) ? 'a list' : typeof work}; it is left out.`;
  const putCode = text(work['put-code']);
  const titles = isObject(work.title) ? work.title : {};
  const main = valueOf(titles.title) ?? valueOf(titles['translated-title']);
  if (!main) return `the work${putCode ? ` (put-code ${putCode})` : ''} has no title; it is left out.`;
  const subtitle = valueOf(titles.subtitle);
  const title = plainText(subtitle ? `${main}${/[:?!.]$/.test(main) ? '' : ':'} ${subtitle}` : main);
  const orcidType = (text(work.type) ?? 'other').toLowerCase().replace(/_/g, '-');
  const item: Publication = { id: putCode ? `orcid-${putCode}` : '', type: CSL_TYPES[orcidType] ?? 'document', title };
  if (putCode) item.orcidPutCode = putCode;
  if (!CSL_TYPES[orcidType] && orcidType !== 'undefined') item.genre = orcidType;
  if (orcidType === 'working-paper') item.genre = 'Working paper';
  const names = contributors(work.contributors, `${path}/contributors`, context);
  Object.assign(item, names);
  const date = issued(work['publication-date'], `${path}/publication-date`, context);
  if (date) item.issued = date;
  const journal = valueOf(work['journal-title']);
  if (journal) item['container-title'] = plainText(journal);
  const links: Link[] = [];
  externalIds(work['external-ids'], `${path}/external-ids`, context, item, links);
  const written = valueOf(work.url);
  if (written) {
    const url = safeUrl(written);
    if (url) {
      if (!(item.DOI && validDoi(url)?.toLowerCase() === item.DOI.toLowerCase())) item.URL = url;
    } else report(context, `${path}/url`, `the link ${JSON.stringify(written.slice(0, 80))} is not an http(s) address; it is left out.`);
  }
  if (links.length) item.links = links;
  // A preprint known by its arXiv id is published on arXiv, which ORCID does not name as a journal.
  if (item.type === 'article' && !item['container-title'] && links.some((link) => link.kind === 'arxiv')) item['container-title'] = 'arXiv';
  const description = text(work['short-description']);
  if (description) item.abstract = plainText(description);
  const language = text(work['language-code']);
  if (language) item.language = language;
  const citation = isObject(work.citation) ? work.citation : undefined;
  if (citation && text(citation['citation-type'])?.toLowerCase() === 'bibtex' && text(citation['citation-value']) && !names.author?.length && !names.editor?.length) {
    citations.set(item, text(citation['citation-value'])!);
  }
  return item;
}

/** Fills what a record's BibTeX citation knows and the record does not: authors, editors, venue, volume, issue, pages. */
async function fillFromCitations(citations: Map<Publication, string>, source: string): Promise<void> {
  if (!citations.size) return;
  const { parseBibtex } = await import('./bibtex.js');
  for (const [item, bibtex] of citations) {
    // A citation that cannot be read adds nothing; the record itself is complete without it.
    const cited = (await parseBibtex(bibtex, source)).entries[0]?.item;
    if (!cited) continue;
    for (const field of ['author', 'editor', 'container-title', 'volume', 'issue', 'page', 'publisher'] as const) {
      if (item[field] === undefined && cited[field] !== undefined) (item as Record<string, unknown>)[field] = cited[field];
    }
  }
}

/**
 * ORCID works → CSL items: a works summary, a record or activities response holding one, a full work record or
 * a bulk response. Each group gives one item from its first (preferred) summary. Works without a title, and bulk
 * errors, are left out and reported with their JSON path ("/group/3/work-summary/0", "/bulk/2"); values that cannot
 * be used are reported and left out of their item. Async because a record's BibTeX citation may be read for its
 * authors (the BibTeX reader is then loaded).
 */
export async function orcidToItems(value: unknown, source: string): Promise<ItemsImport> {
  const context: ImportContext = { source, problems: [] };
  const items: Publication[] = [];
  const citations = new Map<Publication, string>();
  const add = (work: unknown, path: string, fallbackId: string) => {
    const item = workToItem(work, path, context, citations);
    if (typeof item === 'string') report(context, path, item);
    else {
      if (!item.id) item.id = fallbackId;
      items.push(item);
    }
  };
  if (!isObject(value)) {
    report(context, '', `expected ORCID works, got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}.`);
    return { items, problems: context.problems };
  }
  const groups = worksGroups(value);
  if (Array.isArray(value.bulk)) {
    value.bulk.forEach((entry, index) => {
      const path = `/bulk/${index}`;
      if (isObject(entry) && isObject(entry.error)) {
        const error = entry.error;
        const reason = text(error['user-message']) ?? text(error['developer-message']) ?? 'no reason given';
        report(context, path, `ORCID could not give this work (${text(error['response-code']) ?? 'error'}: ${reason}); it is left out.`);
      } else add(isObject(entry) ? entry.work : entry, `${path}/work`, `orcid-${index + 1}`);
    });
  } else if (groups) {
    groups.groups.forEach((group, index) => {
      const path = `${groups.base}/${index}`;
      const summaries = isObject(group) && Array.isArray(group['work-summary']) ? group['work-summary'] : undefined;
      if (!summaries?.length) {
        report(context, path, 'the group holds no work summary; it is left out.');
        return;
      }
      add(summaries[0], `${path}/work-summary/0`, `orcid-${index + 1}`);
    });
  } else add(value, '', 'orcid-1');
  await fillFromCitations(citations, source);
  return { items, problems: context.problems };
}
