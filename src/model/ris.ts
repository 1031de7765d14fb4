/**
 * RIS (the reference format of EndNote, Zotero, Mendeley, Scopus, Web of Science, IEEE Xplore…) → CSL items.
 *
 * A record runs from "TY  - TYPE" to "ER  - "; each line is "XX  - value". Read record by record: a record that
 * cannot be used (no title) is a problem with its line and the other records load; a value that cannot be used
 * (a year that is not one, a DOI that is not one, a link with a disallowed scheme) is a problem with its own line
 * and only that value is left out. Lines that continue the previous field (wrapped abstracts) are joined to it.
 * No library is used: the citation-js RIS plugin is not published for citation-js 0.9.
 * Pure TypeScript, no DOM.
 */
import type { ItemsImport } from './csl-json.js';
import { validDoi, cslNameFromText, plainText } from './import-text.js';
import { toEntry, uniqueKey, type PubEntry, type PubImport } from './publications.js';
import type { CslName, Link, Problem, Publication } from './types.js';
import { safeUrl } from './urls.js';

/** "XX  - value": a two-character tag, spaces, a hyphen and the value (exporters differ in the spaces). */
const TAG_LINE = /^([A-Z][A-Z0-9])\s{1,2}-(?:\s(.*))?$/;

export { looksLikeRis } from './publication-format.js';

/** RIS reference types → CSL types. */
const CSL_TYPES: Record<string, string> = {
  JOUR: 'article-journal',
  JFULL: 'article-journal',
  EJOUR: 'article-journal',
  INPR: 'article-journal',
  ABST: 'article-journal',
  CONF: 'paper-conference',
  CPAPER: 'paper-conference',
  CHAP: 'chapter',
  ECHAP: 'chapter',
  BOOK: 'book',
  EBOOK: 'book',
  EDBOOK: 'book',
  SER: 'book',
  THES: 'thesis',
  RPRT: 'report',
  PAT: 'patent',
  DATA: 'dataset',
  COMP: 'software',
  ELEC: 'webpage',
  WEB: 'webpage',
  BLOG: 'post-weblog',
  MGZN: 'article-magazine',
  NEWS: 'article-newspaper',
  UNPB: 'manuscript',
  MANSCPT: 'manuscript',
  PREPRINT: 'article',
  GEN: 'document',
  STAND: 'standard',
  ENCYC: 'entry-encyclopedia',
  DICT: 'entry-dictionary',
  CASE: 'legal_case',
  BILL: 'bill',
  STAT: 'legislation',
  HEAR: 'hearing',
  MAP: 'map',
  MPCT: 'motion_picture',
  VIDEO: 'motion_picture',
  SOUND: 'song',
  MUSIC: 'musical_score',
  ART: 'graphic',
  PCOMM: 'personal_communication',
  SLIDE: 'speech',
  CTLG: 'book',
  GOVDOC: 'report',
};

/** Preprint servers, by the names and hosts RIS exports give them. */
const PREPRINT_SERVER = /arxiv|biorxiv|medrxiv|chemrxiv|ssrn|research ?square|preprints\.org|osf\.io|techrxiv/i;

interface Field {
  tag: string;
  value: string;
  line: number;
}

interface RawRecord {
  /** 1-based line of "TY  - ". */
  line: number;
  fields: Field[];
}

/** Splits the text into records; tag lines outside any record are reported (once per run of them). */
function scan(text: string, source: string, problems: Problem[]): RawRecord[] {
  const records: RawRecord[] = [];
  let current: RawRecord | undefined;
  let last: Field | undefined;
  let strayReported = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const number = index + 1;
    const match = TAG_LINE.exec(line);
    if (!match) {
      if (!line.trim()) return;
      if (current && last) last.value = `${last.value} ${line.trim()}`.trim();
      else if (!strayReported) {
        strayReported = true;
        problems.push({ source, path: '', line: number, message: `line ${number}: text outside a record is ignored (a record starts with "TY  - ").` });
      }
      return;
    }
    const [, tag, value = ''] = match as unknown as [string, string, string | undefined];
    if (tag === 'TY') {
      // A record that never ended ("ER  -" missing) ends where the next one starts.
      if (current) records.push(current);
      current = { line: number, fields: [{ tag, value: value.trim(), line: number }] };
      last = undefined;
      strayReported = false;
    } else if (tag === 'ER') {
      if (current) records.push(current);
      current = undefined;
      last = undefined;
    } else if (current) {
      last = { tag, value: value.trim(), line: number };
      current.fields.push(last);
    } else if (!strayReported) {
      strayReported = true;
      problems.push({ source, path: '', line: number, message: `line ${number}: "${tag}  - " is outside a record and is ignored (a record starts with "TY  - ").` });
    }
  });
  if (current) records.push(current);
  return records;
}

/** Date parts from "2020", "2020/11/09/", "2020/11//Fall", "2020-11-09", or undefined when there is no year. */
function dateParts(value: string): number[] | undefined {
  const [year, month, day] = value.split(/[/-]/).map((part) => part.trim());
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  const parts = [Number(year)];
  if (month && /^\d{1,2}$/.test(month) && Number(month) >= 1 && Number(month) <= 12) {
    parts.push(Number(month));
    if (day && /^\d{1,2}$/.test(day) && Number(day) >= 1 && Number(day) <= 31) parts.push(Number(day));
  }
  return parts;
}

interface ReadRecord {
  item: Publication;
  line: number;
}

/** One record's fields, looked up by tag, and its value problems reported with the record's label. */
class RecordFields {
  constructor(
    private readonly record: RawRecord,
    private readonly label: string,
    private readonly source: string,
    private readonly problems: Problem[],
  ) {}

  /** Reports a value of `field` (by default the whole value) as left out or read otherwise, and why. */
  problem(field: Field, reason: string, value = field.value): void {
    const { label, source } = this;
    this.problems.push({
      source,
      path: label.replace(/^"|"$/g, ''),
      line: field.line,
      message: `${label} (line ${field.line}): ${field.tag} ${JSON.stringify(value.slice(0, 80))} ${reason}`,
    });
  }

  /** Every non-empty field with one of the tags, in record order. */
  all(...tags: string[]): Field[] {
    return this.record.fields.filter((field) => tags.includes(field.tag) && field.value);
  }

  /** The first non-empty field with the first tag that has one. */
  first(...tags: string[]): Field | undefined {
    for (const tag of tags) {
      const found = this.record.fields.find((field) => field.tag === tag && field.value);
      if (found) return found;
    }
    return undefined;
  }

  /** The value of `first(...tags)`. */
  value(...tags: string[]): string | undefined {
    return this.first(...tags)?.value;
  }

  /** The names in the fields with the tags (several in one field separated by ";"). */
  names(...tags: string[]): CslName[] {
    return this.all(...tags)
      .flatMap((field) => field.value.split(/\s*;\s*/))
      .map(cslNameFromText)
      .filter((name): name is CslName => !!name);
  }
}

/** Authors, editors and series editors (a patent's authors are its inventors). */
function readNames(fields: RecordFields, item: Publication): void {
  const authors = fields.names('AU', 'A1');
  const patent = item.type === 'patent';
  if (authors.length && !patent) item.author = authors;
  const editors = fields.names('A2', 'ED');
  if (editors.length) item.editor = editors;
  const seriesEditors = fields.names('A3');
  if (seriesEditors.length) item['collection-editor'] = seriesEditors;
  if (authors.length && patent) item.inventor = authors;
}

/** The fullest date among DA, PY and Y1; a value with no year is reported and left out. */
function readIssued(fields: RecordFields, item: Publication): void {
  let best: number[] | undefined;
  for (const field of fields.all('DA', 'PY', 'Y1')) {
    const parts = dateParts(field.value);
    if (!parts) fields.problem(field, 'is not a date with a year (e.g. "2020" or "2020/11/09"); it is left out.');
    else if (!best || (parts[0] === best[0] && parts.length > best.length)) best = parts;
  }
  if (best) item.issued = { 'date-parts': [best] };
}

/** Where the work appeared: the container (journal, proceedings, book), its short form, the event and the series. */
function readContainer(fields: RecordFields, item: Publication): void {
  const type = item.type;
  const proceedings = fields.first('C3');
  const secondary = fields.first('T2');
  if (type === 'paper-conference' && proceedings) {
    item['container-title'] = proceedings.value;
    if (secondary && secondary.value !== proceedings.value) item['event-title'] = secondary.value;
  } else {
    const container = type === 'chapter' ? fields.first('T2', 'BT', 'JO', 'JF') : type === 'book' ? undefined : fields.first('JO', 'JF', 'T2', 'C3', 'JA', 'J2', 'BT');
    if (container) item['container-title'] = plainText(container.value);
  }
  const short = fields.value('J2', 'JA');
  if (short && short !== item['container-title']) item['container-title-short'] = short;
  const series = fields.value('T3');
  if (series) item['collection-title'] = series;
}

/** The DOI, the URL and the other links (UR addresses after the first, and L1 files that are web addresses). */
function readLinks(fields: RecordFields, item: Publication): void {
  for (const field of fields.all('DO')) {
    const doi = validDoi(field.value);
    if (!doi) fields.problem(field, 'is not a DOI; it is left out.');
    else if (!item.DOI) item.DOI = doi;
  }
  const links: Link[] = [];
  for (const field of fields.all('UR')) {
    for (const written of field.value.split(/\s*;\s*|\s+/).filter(Boolean)) {
      const url = safeUrl(written);
      if (!url || !/^https?:\/\//i.test(url)) {
        fields.problem(field, 'is not an http(s) address; it is left out.', written);
        continue;
      }
      if (item.DOI && validDoi(url)?.toLowerCase() === item.DOI.toLowerCase()) continue;
      if (!item.URL) item.URL = url;
      else links.push({ kind: /arxiv\.org\/abs\//i.test(url) ? 'arxiv' : /\.pdf($|[?#])/i.test(url) ? 'pdf' : 'website', url });
    }
  }
  // L1 names attached files; only web addresses are links (reference managers also write local paths there).
  for (const field of fields.all('L1')) {
    if (/^https?:\/\//i.test(field.value) && safeUrl(field.value)) links.push({ kind: 'pdf', url: field.value });
  }
  if (links.length) item.links = links;
}

/** Sets each CSL variable to the value of the first of its RIS tags that has one, as written. */
function copyValues(fields: RecordFields, item: Publication, variables: ReadonlyArray<readonly [variable: string, ...tags: string[]]>): void {
  for (const [variable, ...tags] of variables) {
    const value = fields.value(...tags);
    if (value) item[variable] = value;
  }
}

/** Abstract, notes, keywords, pages, publisher, ISSN/ISBN, edition, language and genre. */
function readDetails(fields: RecordFields, item: Publication): void {
  const abstract = fields.value('AB', 'N2');
  if (abstract) item.abstract = plainText(abstract);
  const notes = fields.all('N1').map((field) => field.value);
  if (notes.length) item.note = notes.join('\n');
  const keywords = fields
    .all('KW')
    .flatMap((field) => field.value.split(/\s*;\s*/))
    .filter(Boolean);
  if (keywords.length) item.keywords = [...new Set(keywords)];
  copyValues(fields, item, [
    ['volume', 'VL'],
    ['issue', 'IS'],
  ]);
  const start = fields.value('SP');
  const end = fields.value('EP');
  if (start) item.page = end && end !== start && !start.includes('-') ? `${start}-${end}` : start;
  copyValues(fields, item, [
    ['publisher', 'PB'],
    ['publisher-place', 'CY', 'PP'],
  ]);
  for (const field of fields.all('SN')) {
    const digits = field.value.replace(/[^\dX]/gi, '');
    if (/^\d{7}[\dX]$/i.test(digits)) item.ISSN ??= field.value;
    else if (/^(\d{9}[\dX]|\d{13})$/i.test(digits)) item.ISBN ??= field.value;
    else if (item.type === 'book' || item.type === 'chapter') item.ISBN ??= field.value;
    else item.ISSN ??= field.value;
  }
  copyValues(fields, item, [
    ['edition', 'ET'],
    ['language', 'LA'],
    ['genre', 'M3'],
  ]);
}

/** One record → one item, or the reason it cannot be one. Value problems go to `problems`. */
function recordToItem(record: RawRecord, label: string, source: string, problems: Problem[]): Publication | string {
  const fields = new RecordFields(record, label, source, problems);
  const typeField = record.fields[0]!;
  let type = CSL_TYPES[typeField.value.toUpperCase()];
  if (!type) {
    fields.problem(typeField, 'is not a known RIS reference type; the record is read as a generic document.');
    type = 'document';
  }
  const titleField = fields.first('TI', 'T1', 'CT', ...(type === 'book' ? ['BT'] : []));
  if (!titleField) return 'the record has no title (TI or T1); it is left out.';
  const item: Publication = { id: fields.value('ID') ?? label.replace(/ /g, '-'), type, title: plainText(titleField.value) };
  readNames(fields, item);
  readIssued(fields, item);
  readContainer(fields, item);
  readLinks(fields, item);
  readDetails(fields, item);
  // Reference managers export preprints as unpublished work (UNPB); one on a preprint server is a preprint.
  if (
    type === 'manuscript' &&
    (/^10\.(48550|1101|2139|21203|31219|20944)\//.test(String(item.DOI ?? '')) || PREPRINT_SERVER.test(`${item.publisher ?? ''} ${fields.value('DP') ?? ''} ${item.URL ?? ''}`))
  ) {
    item.type = 'article';
  }
  const shortTitle = fields.value('ST');
  if (shortTitle && shortTitle !== item.title) item['title-short'] = shortTitle;
  return item;
}

/** Reads every record, keeping each usable one with its line. */
function readRis(text: string, source: string): { records: ReadRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const records: ReadRecord[] = [];
  scan(text, source, problems).forEach((record, index) => {
    // Problems name a record by its ID, as BibTeX problems name an entry by its key; else by its position.
    const id = record.fields.find((field) => field.tag === 'ID' && field.value)?.value;
    const label = id ? `"${id}"` : `record ${index + 1}`;
    const item = recordToItem(record, label, source, problems);
    if (typeof item === 'string') problems.push({ source, path: id ?? label, line: record.line, message: `${label} (line ${record.line}): ${item}` });
    else records.push({ item, line: record.line });
  });
  if (!records.length && !problems.length && text.trim()) {
    problems.push({ source, path: '', line: 1, message: 'line 1: no RIS records found (a record starts with "TY  - ").' });
  }
  return { records, problems };
}

/**
 * RIS text → CSL items, record by record. A record without a title is left out and reported with its line; a value
 * that cannot be used is reported with its line and left out of its item.
 */
export function risToItems(text: string, source: string): ItemsImport {
  const { records, problems } = readRis(text, source);
  return { items: records.map((record) => record.item), problems };
}

/** RIS text → publication entries (each with the line its record starts on), and the problems. */
export function parseRis(text: string, source: string): PubImport {
  const { records, problems } = readRis(text, source);
  const taken = new Set<string>();
  const entries: PubEntry[] = records.map((record) => toEntry(record.item, uniqueKey(String(record.item.id), taken), source, { line: record.line, problems }));
  return { entries, problems };
}
