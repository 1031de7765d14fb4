/**
 * Profile validation against schema/profile.schema.json.
 *
 * The validator interprets the schema (no code generation, so no `eval`): it runs under a strict CSP.
 * A profile with bad entries still loads: each bad entry is reported and left out, the rest is kept.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import profileSchema from '../../schema/profile.schema.json' with { type: 'json' };
import { describePath, kindOf, pointerSegments, preview, toPointer, valueAt } from './json-pointer.js';
import type { Problem, Profile } from './types.js';

export { describePath } from './json-pointer.js';

export interface ValidationResult {
  /** The usable profile (bad entries left out), or undefined when nothing usable remains. */
  profile?: Profile;
  /** Everything that was left out, and why. */
  problems: Problem[];
  /** Set when the document as a whole cannot be used (not an object, no name…). */
  fatal?: Problem;
}

let validator: Validator | undefined;

function getValidator(): Validator {
  validator ??= new Validator(profileSchema as object, '2020-12', false);
  return validator;
}

/** Keywords whose errors only say "something below failed": the leaf errors say what. */
const SUMMARY_KEYWORDS = new Set(['properties', 'items', 'prefixItems', 'allOf', '$ref', 'additionalProperties', 'unevaluatedProperties']);

/**
 * The schema object that holds the failing keyword, found by walking the keyword location
 * ("#/properties/work/items/$ref/…/pattern") and following each `$ref` on the way.
 */
function schemaAt(keywordLocation: string): unknown {
  let node: unknown = profileSchema;
  const segments = pointerSegments(keywordLocation).slice(0, -1);
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    const current = node as Record<string, unknown>;
    node = segment === '$ref' && typeof current.$ref === 'string' ? valueAt(profileSchema, pointerSegments(current.$ref)) : current[segment];
  }
  return node;
}

/** Says what was expected, in words, from one validator error. */
function explain(unit: OutputUnit, document: unknown): string {
  const segments = pointerSegments(unit.instanceLocation);
  const value = valueAt(document, segments);
  const keyword = unit.keyword;
  const quoted = /"([^"]+)"/g;
  const names = [...unit.error.matchAll(quoted)].map((match) => match[1]);
  switch (keyword) {
    case 'type': {
      const expected = names.slice(1).join(' or ') || 'another type';
      return `expected ${expected.replace(/\binteger\b/, 'a whole number').replace(/^(string|object|number|array|boolean)$/, (t) => (t === 'array' ? 'a list' : t === 'object' ? 'an object' : `a ${t}`))}, got ${kindOf(value)}`;
    }
    case 'required':
      return `missing required field "${names[0] ?? '?'}"`;
    case 'pattern':
      if (schemaAt(unit.keywordLocation) === profileSchema.$defs.partialDate)
        return `expected a date such as "2021", "2021-06" or "2021-06-15", got ${preview(value)}`;
      return `does not have the expected form, got ${preview(value)}`;
    case 'format':
      return `expected ${names[0] === 'email' ? 'an email address' : `a ${names[0]}`}, got ${preview(value)}`;
    case 'enum':
    case 'const':
      return `expected one of the documented values, got ${preview(value)}`;
    case 'minLength':
      return 'must not be empty';
    case 'minimum':
    case 'maximum':
      return `${unit.error.replace(/^Number/, 'value')}, got ${preview(value)}`;
    case 'anyOf':
    case 'oneOf':
      return `does not match any allowed form, got ${preview(value)}`;
    default:
      return unit.error;
  }
}

/** Leaf errors only, one per location and keyword. */
function leafErrors(errors: OutputUnit[]): OutputUnit[] {
  const specific = errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  const seen = new Set<string>();
  return specific.filter((error) => {
    // An anyOf/oneOf error is noise when a branch below it reported something more specific.
    if ((error.keyword === 'anyOf' || error.keyword === 'oneOf') &&
      specific.some((other) => other !== error && other.instanceLocation.startsWith(error.instanceLocation + '/'))) {
      return false;
    }
    const key = `${error.instanceLocation} ${error.keyword}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What to leave out for an error: the list entry that holds it (e.g. "/publications/3" for an error at
 * "/publications/3/author/0/family"), or the single value when no list entry holds it. `undefined` means the
 * document cannot be used without it (the profile itself, or `basics` / `basics.name`).
 */
function entryToDrop(segments: string[], document: unknown): string[] | undefined {
  for (let index = 1; index < segments.length; index++) {
    if (/^\d+$/.test(segments[index]!) && Array.isArray(valueAt(document, segments.slice(0, index)))) {
      return segments.slice(0, index + 1);
    }
  }
  if (segments.length === 0) return undefined;
  if (segments[0] === 'basics' && (segments.length === 1 || segments[1] === 'name')) return undefined;
  return segments;
}

function dropAll(document: Record<string, unknown>, targets: string[][]): void {
  // Delete deepest and highest indices first so earlier deletions do not shift later targets.
  const sorted = [...targets].sort((a, b) => {
    if (a.length !== b.length) return b.length - a.length;
    return Number(b[b.length - 1]) - Number(a[a.length - 1]) || 0;
  });
  for (const target of sorted) {
    const parent = valueAt(document, target.slice(0, -1));
    const last = target[target.length - 1]!;
    if (Array.isArray(parent) && /^\d+$/.test(last)) parent.splice(Number(last), 1);
    else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[last];
  }
}

/**
 * Validates a parsed profile. Bad entries are left out and reported with their JSON path; extra fields are kept.
 * The input is never modified.
 */
export function validateProfile(input: unknown, source?: string): ValidationResult {
  const withSource = (problem: Problem): Problem => (source ? { ...problem, source } : problem);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      problems: [],
      fatal: withSource({ path: '', message: `A profile must be a JSON object, got ${kindOf(input)}.` }),
    };
  }
  const problems: Problem[] = [];
  let document = input as Record<string, unknown>;
  let copied = false;
  // Dropping an entry can only remove errors, so a few rounds always settle; the bound is a guard.
  for (let round = 0; round < 5; round++) {
    const result = getValidator().validate(document);
    if (result.valid) return { profile: document as unknown as Profile, problems };
    const errors = leafErrors(result.errors);
    const targets = new Map<string, string[]>();
    for (const error of errors) {
      const segments = pointerSegments(error.instanceLocation);
      const where = describePath(error.instanceLocation);
      const message = `${where}: ${explain(error, document)}`;
      const target = entryToDrop(segments, document);
      if (!target) {
        return { problems, fatal: withSource({ path: toPointer(segments), message: `${message}.` }) };
      }
      const key = toPointer(target);
      const existing = problems.find((problem) => problem.path === key);
      if (existing) existing.message += `; ${message}`;
      else problems.push(withSource({ path: key, message }));
      targets.set(key, target);
    }
    if (!copied) {
      document = structuredClone(document);
      copied = true;
    }
    dropAll(document, [...targets.values()]);
  }
  return { problems, fatal: withSource({ path: '', message: 'The profile could not be made valid.' }) };
}
