/**
 * Exporting publication entries: BibTeX, RIS and CSL-JSON, one entry (the Cite menu) or a whole list (download).
 *
 * BibTeX is the entry's original text when it was imported from BibTeX; otherwise citation-js (loaded on first
 * use) writes it from the CSL item (./export-bibtex.ts). RIS and CSL-JSON are written here, synchronously.
 */
import { bareDoi } from './cite.js';
import { MAX_JSON_DEPTH } from './json.js';
import { mathToPlainText } from './tex-text.js';
import type { PubEntry } from './publications.js';
import { scalarText, writtenTexts } from './text.js';
import type { CslName, PublicationCategory } from './types.js';

export { bibtexDependencies, bibtexTitle, entryToBibtex, toBibtex } from './export-bibtex.js';

// ---------------------------------------------------------------------------------------------------------------
// RIS

const RIS_TYPES: Record<PublicationCategory, string> = {
  conference: 'CONF',
  workshop: 'CONF',
  poster: 'CONF',
  journal: 'JOUR',
  'technical-report': 'RPRT',
  patent: 'PAT',
  thesis: 'THES',
  book: 'BOOK',
  chapter: 'CHAP',
  preprint: 'UNPB',
  other: 'GEN',
};

/** "Family, Given" (particles before the family name, suffix after), or a literal name as written. */
function risName(name: CslName): string | undefined {
  if (!name || typeof name !== 'object') return undefined;
  const part = (key: keyof CslName) => scalarText(name[key])?.trim() ?? '';
  if (part('literal')) return part('literal');
  const family = [part('non-dropping-particle'), part('family')].filter(Boolean).join(' ');
  const given = [part('given'), part('dropping-particle')].filter(Boolean).join(' ');
  const parts = [family || given, family ? given : '', part('suffix')].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** One RIS line, or none when the value is not a text or a number (see {@link scalarText}) or is empty. */
function risLine(tag: string, value: unknown): string | undefined {
  const text = scalarText(value)?.replace(/\s+/g, ' ').trim();
  return text ? `${tag}  - ${text}` : undefined;
}

/** A list of CSL names, or none: anything else is no list of names. */
function nameList(value: unknown): CslName[] {
  return Array.isArray(value) ? (value as CslName[]) : [];
}

/** "YYYY/MM/DD/" with the parts the entry knows ("2022/01//"), or undefined when only the year is known. */
function risDate(entry: PubEntry): string | undefined {
  const date = entry.date;
  if (!date?.month) return undefined;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${date.year}/${pad(date.month)}/${pad(date.day)}/`;
}

/**
 * One entry as an RIS record (CRLF line ends, "ER  - " last). TY by category; AU per author as "Family, Given";
 * TI title (math as Unicode); T2 container (JO for journals), J2 short venue; PY year, DA date when more than the year
 * is known; VL, IS, SP/EP; M1 report or patent number; PB, CY; SN; DO; UR (the URL, else the project page or arXiv)
 * and L1 (PDF); AB; KW per keyword; N1 note and awards.
 */
export function entryToRis(entry: PubEntry): string {
  const item = entry.item;
  const lines: Array<string | undefined> = [risLine('TY', Object.hasOwn(RIS_TYPES, entry.category) ? RIS_TYPES[entry.category] : 'GEN')];
  const [author, inventor, editor] = [nameList(item.author), nameList(item.inventor), nameList(item.editor)];
  const authors = author.length ? author : inventor.length ? inventor : entry.authors;
  for (const name of authors) lines.push(risLine('AU', risName(name)));
  if (authors !== item.editor) for (const name of editor) lines.push(risLine('A2', risName(name)));
  lines.push(risLine('TI', mathToPlainText(entry.title)));
  const container = typeof item['container-title'] === 'string' && item['container-title'].trim() ? item['container-title'] : undefined;
  const venue = container ?? (entry.category === 'conference' || entry.category === 'workshop' ? item['event-title'] : undefined);
  if (venue) lines.push(risLine(entry.category === 'journal' ? 'JO' : 'T2', venue));
  if (entry.venueShort) lines.push(risLine('J2', entry.venueShort));
  if (entry.year !== undefined) lines.push(risLine('PY', entry.year));
  lines.push(risLine('DA', risDate(entry)));
  lines.push(risLine('VL', item.volume));
  lines.push(risLine('IS', item.issue));
  const page = typeof item.page === 'string' || typeof item.page === 'number' ? String(item.page) : undefined;
  if (page) {
    const [start, end] = page.split(/\s*[-–—]+\s*/);
    lines.push(risLine('SP', start), risLine('EP', end));
  }
  if (entry.category === 'patent' || entry.category === 'technical-report') lines.push(risLine('M1', item.number));
  lines.push(risLine('PB', item.publisher));
  lines.push(risLine('CY', item['publisher-place'] ?? item['event-place']));
  lines.push(risLine('SN', item.ISBN ?? item.ISSN));
  lines.push(risLine('DO', bareDoi(item.DOI)));
  const linkOf = (kinds: string[]) => entry.links.find((link) => kinds.includes(link.kind) && typeof link.url === 'string' && link.url)?.url;
  const url = typeof item.URL === 'string' && item.URL.trim() ? item.URL : linkOf(['website', 'project', 'arxiv']);
  lines.push(risLine('UR', url));
  const pdf = linkOf(['pdf']);
  if (pdf !== url) lines.push(risLine('L1', pdf));
  lines.push(risLine('AB', typeof item.abstract === 'string' ? mathToPlainText(item.abstract) : undefined));
  for (const keyword of entry.keywords) lines.push(risLine('KW', keyword));
  lines.push(risLine('N1', item.note));
  for (const award of writtenTexts(item.awards)) lines.push(risLine('N1', `Award: ${award}`));
  lines.push('ER  - ');
  return lines.filter((line): line is string => line !== undefined).join('\r\n') + '\r\n';
}

/** An RIS file of the entries, records separated by a blank line. */
export function toRis(entries: readonly PubEntry[]): string {
  return entries.map(entryToRis).join('\r\n');
}

// ---------------------------------------------------------------------------------------------------------------
// CSL-JSON

/**
 * A CSL-JSON file (pretty-printed array) of the entries' items as their sources gave them, scholar-elements
 * extensions included; each item's `id` is its entry key, unique in the list.
 *
 * Items given from JavaScript may hold what JSON cannot: a value that refers back to itself, a BigInt, a function,
 * a value nested deeper than `MAX_JSON_DEPTH` levels (checked data never does). Such a value is not written, and
 * the rest of its item is; a download never fails for one value.
 */
export function toCslJson(entries: readonly PubEntry[]): string {
  return `${JSON.stringify(
    entries.map((entry) => jsonValue({ ...entry.item, id: entry.key }, new Set(), 0) ?? { id: entry.key }),
    null,
    2,
  )}\n`;
}

/**
 * `value` as plain JSON data, or undefined when it has no JSON form (see {@link toCslJson}). Recursion is bounded by
 * `MAX_JSON_DEPTH`; `ancestors` holds the lists and objects being copied, for values that refer back to them.
 */
function jsonValue(value: unknown, ancestors: Set<object>, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  // JSON has no NaN or Infinity: JSON.stringify writes null for them, and so does this.
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || ancestors.has(value) || depth > MAX_JSON_DEPTH) return undefined;
  const toJson = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === 'function') {
    // A Date, a URL: written as JSON.stringify writes them.
    let own: unknown;
    try {
      own = toJson.call(value);
    } catch {
      return undefined;
    }
    return own === value ? undefined : jsonValue(own, ancestors, depth);
  }
  ancestors.add(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    // A list keeps its positions: what cannot be written there is null, as JSON.stringify writes it.
    copy = value.map((item) => jsonValue(item, ancestors, depth + 1) ?? null);
  } else {
    const object: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      const written = jsonValue(member, ancestors, depth + 1);
      if (written !== undefined) Object.defineProperty(object, key, { value: written, enumerable: true, writable: true, configurable: true });
    }
    copy = object;
  }
  ancestors.delete(value);
  return copy;
}
