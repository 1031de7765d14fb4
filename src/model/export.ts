/**
 * Exporting publication entries: BibTeX, RIS and CSL-JSON, one entry (the Cite menu) or a whole list (download).
 *
 * BibTeX is the entry's original text when it was imported from BibTeX; otherwise citation-js (loaded on first
 * use) writes it from the CSL item, and this module adds what citation-js's BibTeX mapping leaves out: the
 * scholar-elements extensions that al-folio-style BibTeX fields carry (abbr, selected, pdf, code, slides, video,
 * poster, website, award, keywords, category), the abstract, and the title with its `$…$` math kept as math.
 * RIS and CSL-JSON are written here, synchronously.
 */
import { bareDoi, citeprocItem, interop, newCite } from './cite.js';
import { MAX_JSON_DEPTH } from './json.js';
import { mathToPlainText } from './tex-text.js';
import { BIBTEX_LINK_FIELDS, type PubEntry } from './publications.js';
import type { CslName, Link, PublicationCategory } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// BibTeX

interface BibtexObject {
  type: string;
  label: string;
  properties: Record<string, string>;
}

let loading: Promise<typeof import('@citation-js/core')> | undefined;

/** citation-js core with its BibTeX plugin, imported once. */
function loadBibtexOutput(): Promise<typeof import('@citation-js/core')> {
  loading ??= (async () => {
    const [core] = await Promise.all([import('@citation-js/core'), import('@citation-js/plugin-bibtex')]);
    return interop(core);
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Characters BibTeX reads specially, outside math. */
function escapeText(text: string): string {
  return text.replace(/[\\{}&%#_~^$]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${char}`;
    }
  });
}

/** Splits text into plain and `$…$` math parts (an escaped `\$` is text). */
function mathParts(text: string): Array<{ math: boolean; text: string }> {
  const parts: Array<{ math: boolean; text: string }> = [];
  const pattern = /(?<!\\)\$\$[\s\S]+?(?<!\\)\$\$|(?<!\\)\$(?:[^$\\]|\\[\s\S])+?\$/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ math: false, text: text.slice(last, match.index) });
    parts.push({ math: true, text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ math: false, text: text.slice(last) });
  return parts;
}

/** A plain-text value for BibTeX: specials escaped, math kept as written, Unicode kept (UTF-8 .bib). */
function bibtexValue(text: string): string {
  return mathParts(text.replace(/\s+/g, ' ').trim())
    .map((part) => (part.math ? part.text : escapeText(part.text.replace(/\\\$/g, '$'))))
    .join('');
}

/**
 * A title for BibTeX: like `bibtexValue`, with every word that has capitals after its first letter, or any capital
 * after the first word, in braces so that styles which lower-case titles keep "DeepSpeed", "GPU", "Transformer".
 * Math stays whole inside its word: `R$^3$-SQL` → `{R$^3$-SQL}`.
 */
export function bibtexTitle(title: string): string {
  const words: Array<{ text: string; hasMath: boolean }> = [];
  let current = { text: '', hasMath: false };
  const flush = () => {
    if (current.text) words.push(current);
    current = { text: '', hasMath: false };
  };
  for (const part of mathParts(title.replace(/\s+/g, ' ').trim())) {
    if (part.math) {
      current.text += part.text;
      current.hasMath = true;
      continue;
    }
    const pieces = part.text.split(' ');
    pieces.forEach((piece, index) => {
      if (index > 0) flush();
      current.text += escapeText(piece.replace(/\\\$/g, '$'));
    });
  }
  flush();
  return words
    .map(({ text }, index) => {
      const letters = text.replace(/(?<!\\)\$[^$]*\$/g, '').replace(/\\[a-zA-Z]+/g, '');
      const capitals = (letters.match(/\p{Lu}/gu) ?? []).length;
      const initialCapital = /^\P{L}*\p{Lu}/u.test(letters);
      const protect = capitals > (index === 0 && initialCapital ? 1 : 0);
      return protect ? `{${text}}` : text;
    })
    .join(' ');
}

/** A key BibTeX and our importer accept: no spaces, commas, braces, quotes, "=", "#" or "%". */
function bibtexKey(key: string): string {
  return key.replace(/[\s,{}()"=#%\\]/g, '_') || 'entry';
}

/**
 * BibTeX field for each link kind that has one: the importer's table turned round (`html` is read, `website`
 * written). A Map: a kind such as "constructor" must not find anything on a plain object's prototype.
 */
const LINK_FIELDS = new Map<string, string>(
  Object.entries(BIBTEX_LINK_FIELDS)
    .filter(([field]) => field !== 'html')
    .map(([field, kind]) => [kind, field]),
);
/** Fields some sources carry that are written back as they are. */
const KEPT_FIELDS = ['preview', 'google_scholar_id', 'altmetric', 'dimensions', 'inspirehep_id', 'additional_info', 'bibtex_show'];

/** The texts of a list of texts (anything else in it passed over); none for a value that is not a list. */
function textsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((text): text is string => typeof text === 'string' && text.trim() !== '') : [];
}

/**
 * A value written into a download as text: a text, or a finite number. Anything else (an object, a list, true/false)
 * is no value for such a field and is not written: `String()` would write "[object Object]" or throw.
 */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The category a reader of the BibTeX would infer from its type and fields (as our importer does). */
function impliedCategory(type: string, properties: Record<string, string>): PublicationCategory {
  const arxiv = /\b(arxiv|corr)\b/i.test(
    [properties.journal, properties.howpublished, properties.publisher, properties.archiveprefix, properties.url].join(' '),
  );
  switch (type) {
    case 'inproceedings':
      return /\bworkshop\b/i.test(properties.booktitle ?? '') ? 'workshop' : 'conference';
    case 'article':
      return arxiv ? 'preprint' : 'journal';
    case 'techreport':
      return 'technical-report';
    case 'phdthesis':
    case 'mastersthesis':
      return 'thesis';
    case 'patent':
      return 'patent';
    case 'book':
    case 'proceedings':
      return 'book';
    case 'inbook':
    case 'incollection':
      return 'chapter';
    default:
      return arxiv ? 'preprint' : 'other';
  }
}

/** Field order of the generated entries: the usual reading order, then anything else, then our extensions. */
const FIELD_ORDER = [
  'author', 'editor', 'title', 'booktitle', 'journal', 'howpublished', 'series', 'volume', 'number', 'pages',
  'edition', 'chapter', 'year', 'month', 'publisher', 'organization', 'institution', 'school', 'address', 'type',
  'isbn', 'issn', 'doi', 'url', 'eprint', 'archiveprefix', 'primaryclass', 'note', 'abstract', 'keywords',
];
const EXTENSION_ORDER = ['category', 'abbr', 'selected', 'award', ...LINK_FIELDS.values(), ...KEPT_FIELDS];

function orderFields(properties: Record<string, string>): Array<[string, string]> {
  const rank = (field: string) => {
    const known = FIELD_ORDER.indexOf(field);
    if (known >= 0) return known;
    const extension = EXTENSION_ORDER.indexOf(field);
    return extension >= 0 ? 1000 + extension : 500;
  };
  return Object.entries(properties)
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => rank(a) - rank(b));
}

function serialise({ type, label, properties }: BibtexObject): string {
  const fields = orderFields(properties).map(([field, value]) => `  ${field} = {${value}},`);
  return `@${type}{${label},\n${fields.join('\n')}\n}`;
}

/** Generated BibTeX for an entry that has no original text. */
function generateBibtex(core: typeof import('@citation-js/core'), entry: PubEntry): string {
  const item = citeprocItem(entry, { forDisplay: false });
  // A preprint's repository (arXiv) is its "journal", as Google Scholar and our importer read it.
  if (item.type === 'article' && !item['container-title'] && item.publisher) {
    item['container-title'] = item.publisher;
    delete item.publisher;
  }
  const [object] = newCite(core, item).format('bibtex', { format: 'object' }) as unknown as BibtexObject[];
  if (!object) throw new Error(`citation-js wrote no BibTeX for "${entry.key}"`);
  const properties: Record<string, string> = { ...object.properties };
  let type = object.type;
  if (entry.category === 'patent' || item.type === 'patent') type = 'patent';

  properties.title = bibtexTitle(entry.title);
  if (properties.howpublished && properties.howpublished === properties.url) delete properties.howpublished;
  const source = entry.item;
  if (typeof source.abstract === 'string' && source.abstract.trim()) properties.abstract = bibtexValue(source.abstract);
  if (entry.keywords.length) properties.keywords = bibtexValue(entry.keywords.join(', '));
  const doi = bareDoi(source.DOI);
  if (doi) properties.doi = doi;

  // scholar-elements extensions, as al-folio-style fields.
  if (entry.venueShort) properties.abbr = bibtexValue(entry.venueShort);
  if (source.selected === true) properties.selected = 'true';
  const awards = textsOf(source.awards);
  if (awards.length) properties.award = bibtexValue(awards.join('; '));
  // Checked data holds link objects only; an entry made elsewhere may not.
  const links = (Array.isArray(source.links) ? source.links : []).filter(
    (link): link is Link & { url: string } => !!link && typeof link === 'object' && typeof link.kind === 'string' && typeof link.url === 'string' && !!link.url,
  );
  for (const link of links) {
    const field = LINK_FIELDS.get(link.kind) ?? (link.kind === 'project' && !links.some((other) => other.kind === 'website') ? 'website' : undefined);
    if (!field || (Object.hasOwn(properties, field) && properties[field])) continue;
    if (field === 'arxiv' && link.url === source.URL) continue;
    properties[field] = link.url.replace(/[{}]/g, (brace) => `\\${brace}`);
  }
  for (const field of KEPT_FIELDS) {
    const value = source[field];
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number' || typeof value === 'boolean') properties[field] = bibtexValue(String(value));
  }
  if (impliedCategory(type, properties) !== entry.category) properties.category = entry.category;

  return serialise({ type, label: bibtexKey(entry.key), properties });
}

/** Months BibTeX defines as macros. */
const MONTH_MACROS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);

/**
 * What an original entry needs from outside itself: `@string` macros it uses that it does not define, and the keys
 * its `crossref`/`xref` fields name. A file exported without those would not read back the same.
 */
export function bibtexDependencies(text: string): { macros: string[]; crossrefs: string[] } {
  const defined = new Set(Array.from(text.matchAll(/@\s*string\s*[{(]\s*([A-Za-z_][\w:+\-.]*)\s*=/gi), (match) => match[1]!.toLowerCase()));
  const macros = new Set<string>();
  const crossrefs: string[] = [];
  // The body after "@type{key,": fields at brace depth 1.
  const open = text.search(/[{(]/);
  if (open < 0) return { macros: [], crossrefs: [] };
  let i = text.indexOf(',', open);
  if (i < 0) return { macros: [], crossrefs: [] };
  let field = '';
  let expectValue = false;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '{' || char === '"') {
      // A braced or quoted value: skipped whole.
      const start = i;
      let depth = 0;
      for (; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
          i++;
          continue;
        }
        if (c === '{') depth++;
        else if (c === '}') depth--;
        if (char === '{' ? depth === 0 : c === '"' && depth === 0 && i > start) break;
      }
      if (expectValue && /^(crossref|xref)$/.test(field)) {
        crossrefs.push(...text.slice(start + 1, i).split(',').map((key) => key.trim()).filter(Boolean));
      }
      expectValue = false;
      i++;
      continue;
    }
    if (char === '=' || char === '#') {
      expectValue = true;
      i++;
      continue;
    }
    if (char === ',') {
      field = '';
      expectValue = false;
      i++;
      continue;
    }
    const word = /^[A-Za-z_][\w:+\-.]*/.exec(text.slice(i, i + 200));
    if (word) {
      if (expectValue) {
        const name = word[0].toLowerCase();
        if (/^(crossref|xref)$/.test(field)) crossrefs.push(word[0]);
        else if (!MONTH_MACROS.has(name) && !defined.has(name)) macros.add(name);
        expectValue = false;
      } else {
        field = word[0].toLowerCase();
      }
      i += word[0].length;
      continue;
    }
    i++;
  }
  return { macros: [...macros], crossrefs };
}

/**
 * One entry as BibTeX: its original text when it was imported from BibTeX (exactly as written), otherwise written
 * by citation-js with the entry's key and our extension fields.
 */
export async function entryToBibtex(entry: PubEntry): Promise<string> {
  if (typeof entry.bibtex === 'string' && entry.bibtex.trim()) return entry.bibtex.trim();
  return generateBibtex(await loadBibtexOutput(), entry);
}

/**
 * A .bib file of the entries, in order, separated by blank lines. Original texts are used as written unless they
 * depend on something the file would not contain (an `@string` macro defined elsewhere in their source, or a
 * `crossref` to an entry not exported): those are generated instead, so the file reads back complete.
 */
export async function toBibtex(entries: readonly PubEntry[]): Promise<string> {
  const keys = new Set<string>();
  for (const entry of entries) {
    keys.add(entry.key.toLowerCase());
    const id = scalarText(entry.item.id);
    if (id !== undefined) keys.add(id.toLowerCase());
  }
  let core: typeof import('@citation-js/core') | undefined;
  const texts: string[] = [];
  for (const entry of entries) {
    const original = typeof entry.bibtex === 'string' ? entry.bibtex.trim() : '';
    if (original) {
      const { macros, crossrefs } = bibtexDependencies(original);
      if (!macros.length && crossrefs.every((key) => keys.has(key.toLowerCase()))) {
        texts.push(original);
        continue;
      }
    }
    core ??= await loadBibtexOutput();
    texts.push(generateBibtex(core, entry));
  }
  return texts.length ? `${texts.join('\n\n')}\n` : '';
}

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
  return Array.isArray(value) ? value : [];
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
  for (const award of textsOf(item.awards)) lines.push(risLine('N1', `Award: ${award}`));
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
