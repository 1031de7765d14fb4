/**
 * Reading a profile the way people write one, before it is checked against the schema: JSON Resume names
 * (json-resume.ts), dates written by hand, a single value where a list is expected, links as an object.
 * A value is converted only when what it means is clear; anything else is left as it is for validation to
 * report. Pure TypeScript, no DOM.
 *
 * The rules, in the order they apply to each object the schema describes:
 * 1. JSON Resume names become profile names (`awards` → `honors`, `work.name` → `organization`, `basics.email`
 *    joins `emails`, `basics.summary` → `bio`…) where the profile name is not given, or holds a value of the wrong
 *    kind (which is reported and left out). A profile name that is given keeps its value, and the JSON Resume
 *    field is kept as it is.
 * 2. `""`, a text of spaces only and `null` mean "not given": such a field, or such an item of a list, is left out
 *    without a problem.
 * 3. Dates (`startDate`, `endDate`, `date`, `retrieved`, a publication's `issued`) are read with
 *    {@link interpretDate}. An end date "present", "current", "now", "ongoing"… (or an empty one after a start
 *    date) becomes `ongoing: true`; a range in one field ("2019–2021") fills both ends, never replacing a given
 *    one; a season ("Spring 2020") becomes its year. When a date keeps less than was written (a season, a time of
 *    day, a range in a one-date field) the text is kept in the entry's `asWritten`. A date that cannot exist
 *    ("2021-02-31") is left out and reported; one that cannot be read is left for validation to report.
 * 4. One value where a list is expected becomes a list of one: a text for a list of texts (`bio` splits into
 *    paragraphs at blank lines), an address for `emails`, a year for `years`, a name or an object for
 *    `affiliations`. An affiliation written as a name becomes `{ organization }`. Links written as an object
 *    `{ pdf: "…", code: "…" }` become `[{ kind: "pdf", url: "…" }, …]`. A year written as text ("2020") becomes
 *    a number.
 * Publications without an id or a type get them after validation: see {@link completePublications}.
 */
import { kindOf, toPointer } from './json-pointer.js';
import { isBlank, isGiven, readCslDate, readDateFields, type DateReader } from './normalize-dates.js';
import { DEFAULT_PUBLICATION_TYPE, JSON_RESUME_FIELDS, JSON_RESUME_SECTIONS, publicationId } from './json-resume.js';
import { PROFILE_SCHEMA, defName, refName, resolveSchema, schemaForValue, schemaProperties, type SchemaNode } from './profile-schema.js';
import { isObject, type JsonObject as Json } from './text.js';

/** A value the reader could not use, and left out: where it is in the input, and what was wrong. */
export interface ReadingFault {
  /** Path of the value in the input. */
  path: string[];
  /** What was expected and what was found, without the location. */
  text: string;
}

/**
 * Where values of the read document were in the input, for values that moved (renamed fields, merged sections,
 * lists that lost empty items, links written as an object). Everything else is where it was.
 */
export class ValueOrigins {
  private readonly moved = new Map<string, { from: string[]; whole: boolean }>();

  /**
   * Notes that the value at `at` came from `from` in the input. `whole` when it was converted (a text that became
   * a list or an object): nothing below it then has a path of its own in the input.
   */
  note(at: readonly string[], from: readonly string[], whole = false): void {
    this.moved.set(toPointer(at), { from: [...from], whole });
  }

  /** The path in the input of the value at `at` in the read document. */
  inputPath(at: readonly string[]): string[] {
    if (this.moved.size) {
      for (let length = at.length; length > 0; length--) {
        const origin = this.moved.get(toPointer(at.slice(0, length)));
        if (origin) return origin.whole ? [...origin.from] : [...origin.from, ...at.slice(length)];
      }
    }
    return [...at];
  }
}

export interface NormalizedProfile {
  /**
   * The document with the rules applied. Every object and list the schema describes is new; values it does not
   * describe (extra fields) are shared with the input, which is never modified.
   */
  document: unknown;
  /** Values that were left out because they cannot be used (a date that does not exist). */
  faults: ReadingFault[];
  origins: ValueOrigins;
}

/** An object with `from` renamed to `to` at the same place among its keys (an existing `to` is replaced). */
function renamed(object: Json, from: string, to: string): Json {
  // fromEntries defines keys (a "__proto__" key from JSON stays a key, as JSON.parse made it).
  return Object.fromEntries(
    Object.entries(object)
      .filter(([key]) => key !== to)
      .map(([key, value]) => [key === from ? to : key, value]),
  );
}

/**
 * Whether a value is of the kind a field takes, as reading it goes: a text for a text field; a list, or a text
 * that becomes one, for a list; an object, a text or a year for a CSL date.
 */
function fits(node: SchemaNode, value: unknown): boolean {
  const schema = resolveSchema(node);
  if (refName(node) === 'cslDate') return isObject(value) || typeof value === 'string' || typeof value === 'number';
  switch (schema?.type) {
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value) || typeof value === 'string';
    default:
      return true;
  }
}

/** "a string", "a list", "an object": what a field takes, in the words of validation messages. */
function kindWords(node: SchemaNode): string {
  if (refName(node) === 'cslDate') return 'an object';
  return resolveSchema(node)?.type === 'array' ? 'a list' : 'a string';
}

class ProfileReader implements DateReader {
  readonly faults: ReadingFault[] = [];
  readonly origins = new ValueOrigins();

  /** Notes that the value at `at` came from the member `key` of the value at `parent` (paths in the read document). */
  private moved(at: string[], parent: string[], key: string, whole = false): void {
    this.origins.note(at, [...this.origins.inputPath(parent), key], whole);
  }

  /** Notes that the value at `at` was made from the one that was at `source` (paths in the read document). */
  madeFrom(at: string[], source: string[]): void {
    this.origins.note(at, this.origins.inputPath(source), true);
  }

  /** Reports the value at `at` (a path in the read document) as unusable: the caller leaves it out. */
  fault(at: string[], text: string): void {
    this.faults.push({ path: this.origins.inputPath(at), text });
  }

  value(node: SchemaNode | undefined, value: unknown, at: string[]): unknown {
    const schema = schemaForValue(node, value);
    if (!schema) return value;
    if (Array.isArray(value)) return schema.items ? this.list(schema, value, at) : value;
    if (isObject(value) && (schema.properties || schema.allOf || schema.additionalProperties)) return this.object(schema, value, at);
    return value;
  }

  /**
   * A new list with each item read. Items that are not given are left out, except in a list whose positions mean
   * something (a CSL date's parts: `maxItems` says so), where leaving one out would move the others.
   */
  list(schema: SchemaNode, list: unknown[], at: string[], convert?: (item: unknown) => unknown): unknown[] {
    const positional = schema.maxItems !== undefined;
    const result: unknown[] = [];
    for (let index = 0; index < list.length; index++) {
      let item = list[index];
      if (!positional && isBlank(item)) continue;
      const itemAt = [...at, String(result.length)];
      // Where the item was (a list may hold items moved here, e.g. awards after honors); notes only ever go to
      // places before the ones still to be read.
      const source = this.origins.inputPath([...at, String(index)]);
      if (result.length !== index) this.origins.note(itemAt, source);
      if (convert) {
        const converted = convert(item);
        if (converted !== item) this.origins.note(itemAt, source, true);
        item = converted;
      }
      result.push(this.value(schema.items as SchemaNode, item, itemAt));
    }
    return result;
  }

  object(schema: SchemaNode, input: Json, at: string[]): Json {
    let object: Json = { ...input };
    const properties = schemaProperties(schema);
    const name = schema === PROFILE_SCHEMA ? 'profile' : defName(schema);
    /** Fields renamed here: the name they have now → the name they had. */
    const renames = new Map<string, string>();

    if (name === 'profile') object = this.sections(object);
    for (const alias of JSON_RESUME_FIELDS[name ?? ''] ?? []) {
      if (!(alias.from in object)) continue;
      if (isBlank(object[alias.from])) {
        delete object[alias.from];
        continue;
      }
      if (renames.has(alias.to)) continue;
      const ours = object[alias.to];
      if (isGiven(ours)) {
        // Ours wins, unless it is of the wrong kind: it is left out, and theirs is read in its place.
        const node = properties.get(alias.to);
        if (!node || fits(node, ours)) continue;
        this.fault([...at, alias.to], `expected ${kindWords(node)}, got ${kindOf(ours)}`);
      }
      object = renamed(object, alias.from, alias.to);
      renames.set(alias.to, alias.from);
    }
    for (const [to, from] of renames) this.moved([...at, to], at, from);
    if (name === 'basics') this.email(object, at);

    readDateFields(this, schema, object, at);

    for (const key of Object.keys(object)) {
      const node = properties.get(key);
      if (!node) continue;
      const value = object[key];
      if (isBlank(value)) {
        delete object[key];
        continue;
      }
      const read = this.field(key, node, value, [...at, key]);
      if (read === undefined) delete object[key];
      else object[key] = read;
    }
    return object;
  }

  /** JSON Resume's `awards` become `honors` (after any honors already given). */
  private sections(object: Json): Json {
    for (const [from, to] of Object.entries(JSON_RESUME_SECTIONS)) {
      if (!(from in object)) continue;
      const given = object[from];
      const ours = object[to];
      if (isBlank(given)) {
        delete object[from];
      } else if (!isGiven(ours) || !Array.isArray(ours)) {
        if (isGiven(ours)) this.fault([to], `expected a list, got ${kindOf(ours)}`);
        object = renamed(object, from, to);
        this.origins.note([to], [from]);
      } else if (Array.isArray(ours) && Array.isArray(given)) {
        const [before, added] = [ours as unknown[], given as unknown[]];
        added.forEach((_, index) => this.origins.note([to, String(before.length + index)], [from, String(index)]));
        object[to] = [...before, ...added];
        delete object[from];
      }
    }
    return object;
  }

  /** JSON Resume's one `email` joins the `emails` list. */
  private email(basics: Json, at: string[]): void {
    const email = basics.email;
    if (isBlank(email)) {
      delete basics.email;
      return;
    }
    if (typeof email !== 'string') return;
    const emails = basics.emails;
    let joined: unknown[];
    if (Array.isArray(emails)) joined = [...(emails as unknown[])];
    else if (typeof emails === 'string' && !isBlank(emails)) {
      joined = [emails];
      this.madeFrom([...at, 'emails', '0'], [...at, 'emails']);
    } else {
      // Not given, or of a kind that would be left out: the one address is the list.
      if (isGiven(emails)) this.fault([...at, 'emails'], `expected a list, got ${kindOf(emails)}`);
      joined = [];
    }
    if (!joined.includes(email)) {
      this.moved([...at, 'emails', String(joined.length)], at, 'email', true);
      joined.push(email);
    }
    basics.emails = joined;
    delete basics.email;
  }

  private field(key: string, node: SchemaNode, value: unknown, at: string[]): unknown {
    switch (refName(node)) {
      case 'partialDate':
        return value;
      case 'cslDate':
        return readCslDate(this, value, at);
      case 'strings':
        if (typeof value !== 'string') return this.value(node, value, at);
        this.madeFrom(at, at);
        if (key !== 'bio') return [value];
        // Paragraphs: a bio written as one text keeps its blank-line breaks.
        return value
          .split(/\n\s*\n/)
          .map((paragraph) => paragraph.trim())
          .filter(Boolean);
      case 'year':
        return typeof value === 'string' && /^\s*\d{4}\s*$/.test(value) ? Number(value) : value;
    }
    const schema = resolveSchema(node);
    if (schema?.type !== 'array') return this.value(node, value, at);
    if (key === 'links' && isObject(value)) return this.linkObject(schema, value, at);
    const single =
      (key === 'emails' && typeof value === 'string') ||
      (key === 'years' && (typeof value === 'number' || typeof value === 'string')) ||
      (key === 'affiliations' && (typeof value === 'string' || isObject(value)));
    if (single) {
      this.madeFrom(at, at);
      value = [value];
    }
    if (!Array.isArray(value)) return value;
    if (key === 'affiliations') return this.list(schema, value, at, (item) => (typeof item === 'string' ? { organization: item } : item));
    if (key === 'years') return this.list(schema, value, at, (item) => (typeof item === 'string' && /^\s*\d{4}\s*$/.test(item) ? Number(item) : item));
    return this.list(schema, value, at);
  }

  /** `{ pdf: "…", code: { url: "…", label: "…" } }` → `[{ kind: "pdf", url: "…" }, { kind: "code", url: "…", label: "…" }]`. */
  private linkObject(schema: SchemaNode, links: Json, at: string[]): unknown[] {
    const result: unknown[] = [];
    for (const [kind, target] of Object.entries(links)) {
      if (isBlank(target)) continue;
      const itemAt = [...at, String(result.length)];
      this.moved(itemAt, at, kind, !isObject(target));
      const link = isObject(target) ? { kind, ...target } : { kind, url: target };
      result.push(this.value(schema.items as SchemaNode, link, itemAt));
    }
    return result;
  }
}

/**
 * Applies the reading rules (see the top of this module) to a parsed profile. The input is not modified. A value
 * that is not an object is returned as it is (validation says why it cannot be used).
 */
export function normalizeProfile(input: unknown): NormalizedProfile {
  const reader = new ProfileReader();
  const document = reader.value(PROFILE_SCHEMA, input, []);
  return { document, faults: reader.faults, origins: reader.origins };
}

/**
 * Gives each publication without an id one made from its title and year (unique in the list), and each one
 * without a type the CSL type "document". Works on the list in place: call it on a list you own.
 */
export function completePublications(publications: unknown[]): void {
  const taken = new Set<string>();
  for (const item of publications) if (isObject(item) && item.id !== undefined) taken.add(String(item.id));
  for (const item of publications) {
    if (!isObject(item)) continue;
    if (item.id === undefined) item.id = publicationId(item.title, item.issued, taken);
    if (item.type === undefined) item.type = DEFAULT_PUBLICATION_TYPE;
  }
}
