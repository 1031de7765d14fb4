/**
 * BibTeX export (see ./export.ts): the entry's original text when it was imported from BibTeX and reads back
 * complete on its own; otherwise citation-js (loaded on first use) writes it from the CSL item, and this module adds
 * what citation-js's BibTeX mapping leaves out: the scholar-elements extensions that al-folio-style BibTeX fields
 * carry (abbr, selected, pdf, code, slides, video, poster, website, award, keywords, category), the abstract, and
 * the title with its `$…$` math kept as math.
 */
import { categoryFor } from './bibtex-fields.js';
import { fieldValues } from './bibtex-scan.js';
import { bareDoi, citeprocItem, interop, newCite } from './cite.js';
import { BIBTEX_LINK_FIELDS, type PubEntry } from './publications.js';
import { scalarText, writtenTexts } from './text.js';
import type { Link } from './types.js';

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

/** Field order of the generated entries: the usual reading order, then anything else, then our extensions. */
const FIELD_ORDER = [
  'author',
  'editor',
  'title',
  'booktitle',
  'journal',
  'howpublished',
  'series',
  'volume',
  'number',
  'pages',
  'edition',
  'chapter',
  'year',
  'month',
  'publisher',
  'organization',
  'institution',
  'school',
  'address',
  'type',
  'isbn',
  'issn',
  'doi',
  'url',
  'eprint',
  'archiveprefix',
  'primaryclass',
  'note',
  'abstract',
  'keywords',
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
  const awards = writtenTexts(source.awards);
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
  if (categoryFor(type, properties) !== entry.category) properties.category = entry.category;

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
  // The body after "@type{key,".
  const open = text.search(/[{(]/);
  const comma = open < 0 ? -1 : text.indexOf(',', open);
  if (comma < 0) return { macros: [], crossrefs: [] };
  for (const { field, macro, text: value } of fieldValues(text, comma + 1)) {
    if (field === 'crossref' || field === 'xref') {
      crossrefs.push(
        ...(macro !== undefined
          ? [macro]
          : value!
              .split(',')
              .map((key) => key.trim())
              .filter(Boolean)),
      );
    } else if (macro !== undefined && !MONTH_MACROS.has(macro.toLowerCase()) && !defined.has(macro.toLowerCase())) {
      macros.add(macro.toLowerCase());
    }
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
