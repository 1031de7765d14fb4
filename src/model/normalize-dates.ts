/**
 * Reading dates the way people write them (rule 3 of ./normalize.ts): a profile entry's date fields, and CSL dates
 * written as a text or a year. Pure TypeScript, no DOM.
 */
import { impossibleDateReason, interpretDate, yearBoundsReason, type DateParts, type DateReading } from './dates.js';
import { preview } from './json-pointer.js';
import { PROFILE_SCHEMA, refName, schemaProperties, type SchemaNode } from './profile-schema.js';
import { isObject, type JsonObject as Json } from './text.js';

/** What date reading needs from the profile reader: where to report, and how to read a value by its schema. */
export interface DateReader {
  /** Reports the value at `at` (a path in the read document) as unusable: the caller leaves it out. */
  fault(at: string[], text: string): void;
  /** Notes that the value at `at` was made from the one that was at `source` (paths in the read document). */
  madeFrom(at: string[], source: string[]): void;
  value(node: SchemaNode | undefined, value: unknown, at: string[]): unknown;
}

/** `null`, `""` or spaces only: not given. */
export const isBlank = (value: unknown): boolean => value === null || (typeof value === 'string' && value.trim() === '');
export const isGiven = (value: unknown): boolean => value !== undefined && !isBlank(value);

/** Date fields of an object schema, the start of a range before its end. */
const dateFieldsCache = new WeakMap<SchemaNode, string[]>();
function dateFields(schema: SchemaNode): string[] {
  let fields = dateFieldsCache.get(schema);
  if (!fields) {
    fields = [...schemaProperties(schema)].filter(([, node]) => refName(node) === 'partialDate').map(([key]) => key);
    fields.sort((a, b) => Number(b === 'startDate') - Number(a === 'startDate'));
    dateFieldsCache.set(schema, fields);
  }
  return fields;
}

function dateParts(parts: DateParts): number[] {
  return [parts.year, ...(parts.month !== undefined ? [parts.month] : []), ...(parts.day !== undefined ? [parts.day] : [])];
}

/** The date fields of one object as they are read: the object, where it is, and whether it has a start–end range. */
class DateFields {
  constructor(
    private readonly reader: DateReader,
    private readonly object: Json,
    private readonly at: string[],
    readonly isRange: boolean,
  ) {}

  /** Keeps `text` in the entry's `asWritten` (unless it already has one for `key`). */
  keepAsWritten(key: string, text: string): void {
    const object = this.object;
    if (object.asWritten !== undefined && !isObject(object.asWritten)) return;
    const asWritten = { ...(object.asWritten as Json | undefined) };
    if (asWritten[key] === undefined) asWritten[key] = text;
    object.asWritten = asWritten;
  }

  setOngoing(key: string, text: string): void {
    if (this.object.ongoing === undefined) this.object.ongoing = true;
    else if (this.object.ongoing !== true) this.keepAsWritten(key, text);
  }

  /** Reads the text `text` of the date field `key`. */
  read(key: string, text: string): void {
    const { object, isRange } = this;
    const reading = interpretDate(text);
    switch (reading.kind) {
      case 'empty':
        delete object[key];
        if (key === 'endDate' && isRange && isGiven(object.startDate)) this.setOngoing(key, text);
        break;
      case 'present':
        if (key !== 'endDate' || !isRange) break;
        delete object[key];
        this.setOngoing(key, text);
        break;
      case 'date':
        object[key] = reading.date;
        if (!reading.exact) this.keepAsWritten(key, text);
        break;
      case 'range':
        this.range(key, text, reading);
        break;
      case 'impossible':
        delete object[key];
        this.reader.fault([...this.at, key], `expected a date that exists, got ${preview(text)} (${reading.reason})`);
        break;
      case 'unreadable':
        break;
    }
  }

  /** A range written in one field: it fills both ends of a start–end range, never replacing a given one. */
  private range(key: string, text: string, reading: Extract<DateReading, { kind: 'range' }>): void {
    const { object, at } = this;
    if (!this.isRange) {
      object[key] = reading.start.date;
      this.keepAsWritten(key, text);
      return;
    }
    const other = key === 'startDate' ? 'endDate' : 'startDate';
    const mine = key === 'startDate' ? reading.start : reading.end;
    const theirs = key === 'startDate' ? reading.end : reading.start;
    if (mine) object[key] = mine.date;
    else delete object[key];
    if (isGiven(object[other])) this.keepAsWritten(key, text);
    else if (theirs) {
      object[other] = theirs.date;
      this.reader.madeFrom([...at, other], [...at, key]);
    } else delete object[other];
    // The range's own end is "present": it is ongoing unless an end date was given separately.
    if (reading.ongoing && (key === 'endDate' || !isGiven(object.endDate))) this.setOngoing(key, text);
    if (!reading.exact) this.keepAsWritten(key, text);
  }
}

/** Reads the date fields of an object (see rule 3 of ./normalize.ts). */
export function readDateFields(reader: DateReader, schema: SchemaNode, object: Json, at: string[]): void {
  const fields = dateFields(schema);
  if (!fields.length) return;
  const dates = new DateFields(reader, object, at, fields.includes('startDate') && fields.includes('endDate'));
  for (const key of fields) {
    const text = object[key];
    if (typeof text === 'string') dates.read(key, text);
  }
}

const PROFILE_SCHEMA_DEFS = PROFILE_SCHEMA.$defs as Record<string, SchemaNode>;

/** A CSL date written as a text: date-parts (a season stays as CSL `season`, a time of day as `raw`). */
function cslDateFromText(reader: DateReader, value: string, at: string[]): Json | undefined {
  const reading = interpretDate(value);
  if (reading.kind === 'impossible') {
    reader.fault(at, `expected a date that exists, got ${preview(value)} (${reading.reason})`);
    return undefined;
  }
  if (reading.kind !== 'date' && reading.kind !== 'range') {
    reader.fault(at, `expected a date such as "2021", "2021-06" or "2021-06-15", got ${preview(value)}`);
    return undefined;
  }
  reader.madeFrom(at, at);
  const start = reading.kind === 'date' ? reading : reading.start;
  const date: Json = { 'date-parts': [dateParts(start.parts), ...(reading.kind === 'range' && reading.end ? [dateParts(reading.end.parts)] : [])] };
  if (start.season) date.season = start.season;
  if ((!reading.exact && !start.season) || (reading.kind === 'range' && reading.ongoing)) date.raw = value;
  return date;
}

/**
 * A CSL date: one written as a text or a year becomes date-parts (a season stays as CSL `season`, a time of day
 * as `raw`); date-parts that name a day or month that does not exist are left out and reported.
 */
export function readCslDate(reader: DateReader, value: unknown, at: string[]): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) {
    const outside = yearBoundsReason(value);
    if (outside) {
      reader.fault(at, `expected a date that exists, got ${value} (${outside})`);
      return undefined;
    }
    reader.madeFrom(at, at);
    return { 'date-parts': [[value]] };
  }
  if (typeof value === 'string') return cslDateFromText(reader, value, at);
  const date = reader.value(PROFILE_SCHEMA_DEFS.cslDate, value, at);
  if (!isObject(date) || !Array.isArray(date['date-parts'])) return date;
  for (const parts of date['date-parts']) {
    if (!Array.isArray(parts) || !parts.every((part) => /^-?\d+$/.test(String(part)))) continue;
    const [year, month, day] = parts.map(Number);
    const reason = impossibleDateReason(year!, month, day);
    if (reason) {
      reader.fault(at, `expected a date that exists, got ${preview(date['date-parts'])} (${reason})`);
      return undefined;
    }
  }
  return date;
}
