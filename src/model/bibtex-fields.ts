/**
 * The BibTeX fields citation-js drops (al-folio's `abbr`, `selected`, `pdf`, `code`, `award`, …) put onto the
 * item's scholar-elements extensions, and the item's `category` from the entry type.
 */
import { BIBTEX_LINK_FIELDS } from './publications.js';
import type { Link, Publication, PublicationCategory } from './types.js';
import { safeUrl } from './urls.js';
import { verbatim } from './bibtex-latex.js';

/** The fields of an entry as citation-js's BibTeX tokenizer gives them: macros and `#` resolved, values still LaTeX. */
export type RawProperties = Record<string, string | number>;

/** Fields converted as text through citation-js, then mapped by `applyExtensions`. */
export const TEXT_EXTENSION_FIELDS = ['abbr', 'award', 'award_name', 'keywords', 'additional_info'];

/** Fields kept on the item as written, under their own name. */
const KEPT_FIELDS = ['preview', 'google_scholar_id', 'altmetric', 'dimensions', 'inspirehep_id'];

const ARXIV_ID = /^(?:arxiv:\s*)?((?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?)$/i;

function arxivUrl(value: string): string {
  const id = ARXIV_ID.exec(value.trim());
  return id ? `https://arxiv.org/abs/${id[1]}` : value;
}

function flag(value: string | number | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const text = verbatim(value).toLowerCase();
  if (/^(true|yes|y|1|on)$/.test(text)) return true;
  if (/^(false|no|n|0|off)$/.test(text)) return false;
  return undefined;
}

const CATEGORIES = new Set<PublicationCategory>(['conference', 'journal', 'workshop', 'preprint', 'technical-report', 'patent', 'thesis', 'book', 'chapter', 'poster', 'other']);

function isArxiv(properties: RawProperties): boolean {
  const said = (field: string) => /\b(arxiv|corr)\b/i.test(String(properties[field] ?? ''));
  return (
    said('eprinttype') ||
    said('archiveprefix') ||
    Object.hasOwn(properties, 'arxiv') ||
    /arxiv\.org/i.test(String(properties.url ?? '')) ||
    said('journal') ||
    said('journaltitle') ||
    said('howpublished') ||
    said('publisher')
  );
}

/** The category an entry's BibTeX type implies, unless a `category` field names one. */
export function categoryFor(type: string, properties: RawProperties): PublicationCategory {
  const named = String(properties.category ?? properties.pubtype ?? '')
    .trim()
    .toLowerCase() as PublicationCategory;
  if (CATEGORIES.has(named)) return named;
  switch (type) {
    case 'inproceedings':
    case 'conference':
      return /\bworkshop\b/i.test(String(properties.booktitle ?? properties.eventtitle ?? '')) ? 'workshop' : 'conference';
    case 'article': {
      const journal = String(properties.journal ?? properties.journaltitle ?? '');
      return /\b(arxiv|corr)\b/i.test(journal) || (!journal.trim() && isArxiv(properties)) ? 'preprint' : 'journal';
    }
    case 'techreport':
    case 'report':
      return 'technical-report';
    case 'phdthesis':
    case 'mastersthesis':
    case 'thesis':
      return 'thesis';
    case 'patent':
      return 'patent';
    case 'book':
    case 'mvbook':
    case 'proceedings':
    case 'mvproceedings':
    case 'collection':
    case 'mvcollection':
      return 'book';
    case 'incollection':
    case 'inbook':
    case 'bookinbook':
    case 'suppbook':
    case 'suppcollection':
      return 'chapter';
    case 'misc':
    case 'online':
    case 'electronic':
    case 'unpublished':
    case 'preprint':
      return isArxiv(properties) ? 'preprint' : 'other';
    default:
      return 'other';
  }
}

/** A link field left out for its scheme: the BibTeX field, and the address as read. */
export interface RefusedField {
  field: string;
  link: string;
}

/**
 * Puts the fields citation-js dropped onto the item. `converted` holds the LaTeX-converted text fields. A link field
 * whose address `safeUrl` refuses goes into `refused`; its link is kept without the address.
 */
export function applyExtensions(item: Publication, type: string, properties: RawProperties, converted: Record<string, string>, refused: RefusedField[]): void {
  item.category = categoryFor(type, properties);
  if (converted.abbr) item.venueShort = converted.abbr;
  const selected = flag(properties.selected);
  if (selected !== undefined) item.selected = selected;
  const bibtexShow = flag(properties.bibtex_show);
  if (bibtexShow !== undefined) item.bibtex_show = bibtexShow;
  else if (properties.bibtex_show !== undefined) item.bibtex_show = verbatim(properties.bibtex_show);

  const links: Link[] = [];
  const addLink = (field: string, kind: string, url: string) => {
    if (!url || links.some((link) => link.kind === kind && link.url === url)) return;
    if (safeUrl(url)) {
      links.push({ kind, url });
      return;
    }
    // The address is left out; the link stays named, as one a profile gives without its address.
    refused.push({ field, link: url });
    if (!links.some((link) => link.kind === kind && link.url === undefined)) links.push({ kind });
  };
  for (const [field, value] of Object.entries(properties)) {
    // A field named "constructor" or "toString" must not find the table's prototype.
    if (!Object.hasOwn(BIBTEX_LINK_FIELDS, field)) continue;
    const kind = BIBTEX_LINK_FIELDS[field]!;
    addLink(field, kind, kind === 'arxiv' ? arxivUrl(verbatim(value)) : verbatim(value));
  }
  // An arXiv eprint ("eprint = {2201.05596}, archivePrefix = {arXiv}") is an arXiv link too.
  const eprintType = String(properties.eprinttype ?? properties.archiveprefix ?? '');
  if (properties.eprint !== undefined && /arxiv/i.test(eprintType) && !links.some((link) => link.kind === 'arxiv')) {
    addLink('eprint', 'arxiv', arxivUrl(verbatim(properties.eprint)));
  }
  if (links.length) item.links = links;

  if (!item.DOI && properties.doi !== undefined && verbatim(properties.doi)) item.DOI = verbatim(properties.doi);

  // al-folio: `award_name` is the badge, `award` the longer text behind it; either alone is the award.
  const award = converted.award_name || converted.award;
  if (award) item.awards = [award];
  if (converted.award_name && converted.award && converted.award !== converted.award_name) item.award = converted.award;

  if (converted.keywords) {
    const keywords = converted.keywords
      .split(/\s*[,;]\s*/)
      .map((keyword) => keyword.trim())
      .filter(Boolean);
    if (keywords.length) item.keywords = keywords;
  }
  if (converted.additional_info) item.additional_info = converted.additional_info;
  for (const field of KEPT_FIELDS) {
    if (properties[field] !== undefined && verbatim(properties[field])) item[field] = verbatim(properties[field]);
  }
}
