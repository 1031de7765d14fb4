/**
 * CSL-JSON import: a list of CSL items (or `{ "items": [...] }`, as Zotero's and some APIs' exports wrap it) →
 * publication entries. Items are kept as the source wrote them, every unknown field included; only the shapes that
 * vary between producers are normalised (date parts written as text, a flat `date-parts`, a date or a name given as
 * a plain string). Items without a title or a type are reported and left out; the rest are kept.
 *
 * The scholar-elements extensions (`keywords`, `links`, `awards`, `notes`, `category`, `selected`, `metrics`,
 * `venueShort`…) and the CSL fields the profile format names are then checked as a profile's publications are
 * (validate.ts): a value of the wrong kind, a value nested deeper than `MAX_JSON_DEPTH` levels and a link with a
 * refused scheme are left out, each with a problem at its path ("[3].awards: expected a list, got a string"), and
 * the item is kept. Nothing that reads the entries (lists, search, merging versions, downloads) meets a value of a
 * kind the schema does not allow.
 * Pure TypeScript, no DOM.
 */
import { ScholarLoadError } from './load-error.js';
import { toEntry, uniqueKey, type PubEntry, type PubImport } from './publications.js';
import type { CslDate, CslName, Problem, Publication } from './types.js';
import { validatePublicationItems } from './validate.js';
import { isObject, text } from './text.js';
import { CSL_NAME_VARIABLES } from './csl-variables.js';

/** CSL date variables (CSL 1.0.2). */
const DATE_VARIABLES = ['issued', 'accessed', 'available-date', 'event-date', 'original-date', 'submitted'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return { string: 'a string', number: 'a number', boolean: 'true/false', object: 'an object' }[typeof value as string] ?? typeof value;
}

/** One date part ("2021", 2021, "06") as a number, or undefined when it is not one. */
function datePart(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * A CSL date with text date parts made numbers ("2021" → 2021), a flat `[2021, 6]` wrapped as `[[2021, 6]]`, and a
 * plain string read as `raw`. Parts that are not numbers end the date there ("2021", "summer" → [2021]); a date
 * with no usable parts keeps its raw/literal text. Other fields (season, circa…) are kept.
 */
function normaliseDate(value: unknown): CslDate | undefined {
  if (typeof value === 'string') return value.trim() ? { raw: value } : undefined;
  if (typeof value === 'number') return { 'date-parts': [[value]] };
  if (!isObject(value)) return undefined;
  const date: CslDate = { ...value };
  const parts = value['date-parts'];
  if (parts !== undefined) {
    const rows = Array.isArray(parts) && parts.length && !Array.isArray(parts[0]) ? [parts] : Array.isArray(parts) ? parts : [];
    const clean: number[][] = [];
    for (const row of rows) {
      if (!Array.isArray(row)) continue;
      const numbers: number[] = [];
      for (const part of row) {
        const number = datePart(part);
        if (number === undefined) break;
        numbers.push(number);
      }
      if (numbers.length) clean.push(numbers.slice(0, 3));
    }
    if (clean.length) date['date-parts'] = clean;
    else delete date['date-parts'];
  }
  if (!date['date-parts'] && !date.raw && !date.literal && date.season === undefined) return undefined;
  return date;
}

/**
 * A CSL name: objects are kept (particles, suffix, literal and every extra field); a plain string is a literal
 * name (an organisation, or a person written out); anything else, or a name with no text at all, is dropped.
 */
function normaliseName(value: unknown): CslName | undefined {
  if (typeof value === 'string') return value.trim() ? { literal: value.trim() } : undefined;
  if (!isObject(value)) return undefined;
  const name: CslName = { ...value };
  const parts = ['family', 'given', 'literal', 'non-dropping-particle', 'dropping-particle', 'suffix'] as const;
  for (const part of parts) {
    if (typeof name[part] === 'number') name[part] = String(name[part]);
  }
  return parts.some((part) => typeof name[part] === 'string' && name[part]!.trim()) ? name : undefined;
}

/** The usable item, or the reason it is not. The input is not modified. */
function normaliseItem(value: unknown, index: number): Publication | string {
  if (!isObject(value)) return `expected an object, got ${describe(value)}`;
  const title = text(value.title);
  const type = typeof value.type === 'string' && value.type.trim() ? value.type.trim() : undefined;
  const missing = [title ? '' : 'title', type ? '' : 'type'].filter(Boolean);
  if (missing.length) {
    const wrong = missing.filter((field) => value[field] !== undefined && value[field] !== '');
    const what = missing.map((field) => `"${field}"`).join(' and ');
    return wrong.length
      ? `${what} must be non-empty text, got ${missing.map((field) => describe(value[field])).join(' and ')}`
      : `missing required field${missing.length > 1 ? 's' : ''} ${what}`;
  }
  const item: Publication = { ...value, id: value.id as string | number, type: type!, title: title! };
  if (typeof item.id !== 'string' && typeof item.id !== 'number') item.id = `item-${index + 1}`;
  for (const variable of CSL_NAME_VARIABLES) {
    const names = value[variable];
    if (names === undefined) continue;
    const list = (Array.isArray(names) ? names : [names]).map(normaliseName).filter((name): name is CslName => !!name);
    if (list.length) item[variable] = list;
    else delete item[variable];
  }
  for (const variable of DATE_VARIABLES) {
    if (value[variable] === undefined) continue;
    const date = normaliseDate(value[variable]);
    if (date) item[variable] = date;
    else delete item[variable];
  }
  return item;
}

/** The item list in a CSL-JSON document, or undefined when it is neither a list nor `{ "items": [...] }`. */
function itemList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
  if (isObject(value) && Array.isArray(value.items)) return value.items as unknown[];
  return undefined;
}

/**
 * Reads a parsed CSL-JSON document. Items without a usable title or type become problems (path "[index]"); every
 * other item becomes an entry, keyed by its `id` (made unique within the list). A value of an item that cannot be
 * used is left out of it, with a problem at the item (path "[index]") whose message names the value
 * ("[3].keywords[0]: expected a string, got true/false"); see the top of this module.
 * Throws a `ScholarLoadError` (kind "schema") when the document is not a list of items at all.
 */
export function parseCslJson(value: unknown, source: string): PubImport {
  const items = itemList(value);
  if (!items) {
    throw new ScholarLoadError({
      kind: 'schema',
      source,
      path: '',
      message: `${source} is not a CSL-JSON list: expected a list of items or {"items": [...]}, got ${describe(value)}.`,
    });
  }
  const problems: Array<Problem & { index: number }> = [];
  const usable: Publication[] = [];
  const indexes: number[] = [];
  items.forEach((value, index) => {
    const item = normaliseItem(value, index);
    if (typeof item === 'string') {
      const id = isObject(value) && (typeof value.id === 'string' || typeof value.id === 'number') ? ` (id "${value.id}")` : '';
      problems.push({ index, source, path: `[${index}]`, message: `[${index}]${id}: ${item}` });
      return;
    }
    usable.push(item);
    indexes.push(index);
  });
  const checked = validatePublicationItems(usable, source, indexes);
  for (const problem of checked.problems) {
    // "/3/awards" → the item "[3]"; the message says where in it.
    const index = Number(/^\/(\d+)/.exec(problem.path)?.[1] ?? -1);
    // Only an item that lost its title is left out whole; anything inside one (an author, a link) is a value of it.
    const leftOut = problem.path === `/${index}` ? 'entry' : 'value';
    problems.push({ ...problem, index, path: `[${index}]`, leftOut });
  }
  const entries: PubEntry[] = [];
  const taken = new Set<string>();
  for (const { index, item } of checked.items) {
    const found: Problem[] = [];
    entries.push(toEntry(item, uniqueKey(String(item.id), taken), source, { path: `[${index}]`, problems: found }));
    for (const problem of found) problems.push({ ...problem, index });
  }
  // In the order of the items (stable: an item's own problems keep theirs).
  problems.sort((a, b) => a.index - b.index);
  return { entries, problems: problems.map(({ index: _index, ...problem }) => problem) };
}

/** CSL items read from another format (OpenAlex, ORCID, RIS), with the values or records that could not be used. */
export interface ItemsImport {
  items: Publication[];
  problems: Problem[];
}

/** Where an import of items (OpenAlex, ORCID) reports: the source it names, and the list problems go to. */
export interface ImportContext {
  source: string;
  problems: Problem[];
}

/** Reports a value at `path` (a JSON pointer in the source) that was left out or read otherwise, and why. */
export function reportItemProblem(context: ImportContext, path: string, reason: string): void {
  context.problems.push({ source: context.source, path, message: `${path || '/'}: ${reason}` });
}
