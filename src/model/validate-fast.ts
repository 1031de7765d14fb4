/**
 * Profile validation, fast path: whether a value is valid against a part of schema/profile.schema.json, answered by
 * checks built once from the schema (plain closures: no code generation, so no `eval`; it runs under a strict CSP).
 *
 * The answer is exactly the validator's (`@cfworker/json-schema`, draft 2020-12) for the keywords the schema uses;
 * it only says yes or no. The validator itself is asked only about values this check refuses, for the words of its
 * errors (./validate-faults.ts): a large valid profile is checked without building one error location, and one bad
 * value costs the check of its own entry. A schema with a keyword not handled here turns the fast path off (every
 * value then goes to the validator), so the answer is never a guess.
 */
import { format as formats, ucs2length } from '@cfworker/json-schema';
import { PROFILE_SCHEMA, resolveSchema, type SchemaNode } from './profile-schema.js';

type Check = (value: unknown) => boolean;

/** Keywords that say nothing about the value. */
const NOTES = new Set(['$schema', '$id', '$defs', '$comment', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly']);

/** Keywords handled below; any other one turns the fast path off. */
const HANDLED = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'anyOf',
  'allOf',
  'oneOf',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

class Unsupported extends Error {}

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

/** The validator's name for a value's type; undefined for what is no JSON (the validator throws on those). */
function jsonType(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value;
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'array' : 'object';
    default:
      return undefined;
  }
}

const compiled = new Map<unknown, Check>();

/** The check of one schema node, built once (a `$ref` cycle is followed when the check runs). */
function compile(node: unknown): Check {
  const known = compiled.get(node);
  if (known) return known;
  // Placeholder for cycles: the real check is looked up when it runs.
  let real: Check | undefined;
  compiled.set(node, (value) => real!(value));
  try {
    real = build(node);
  } catch (error) {
    compiled.delete(node);
    throw error;
  }
  compiled.set(node, real);
  return real;
}

/** A number a keyword gives (`minItems`, `minimum`…), if the schema has that keyword. */
function limit(schema: SchemaNode, keyword: string): number | undefined {
  const value = schema[keyword];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new Unsupported();
  return value;
}

/** The checks of keywords that apply to a value of any type: `$ref`, `type`, `const`, `enum`, `anyOf`, `allOf`, `oneOf`. */
function generalChecks(schema: SchemaNode): Check[] {
  const checks: Check[] = [];
  if (schema.$ref !== undefined) {
    if (typeof schema.$ref !== 'string' || !/^#\/\$defs\/[^/~]+$/.test(schema.$ref)) throw new Unsupported();
    const target = resolveSchema({ $ref: schema.$ref });
    if (!target) throw new Unsupported();
    checks.push(compile(target));
  }
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type);
    if (!types.every((type) => typeof type === 'string')) throw new Unsupported();
    const integer = types.includes('integer');
    checks.push((value) => {
      const type = jsonType(value);
      return types.includes(type ?? '') || (integer && type === 'number' && (value as number) % 1 === 0 && value === value);
    });
  }
  if (schema.const !== undefined) {
    const expected = schema.const;
    if (expected !== null && typeof expected === 'object') throw new Unsupported();
    // An object or list never equals a primitive.
    checks.push((value) => value === expected);
  }
  if (schema.enum !== undefined) {
    if (!Array.isArray(schema.enum) || schema.enum.some((item) => item !== null && typeof item === 'object')) throw new Unsupported();
    const allowed = new Set(schema.enum);
    checks.push((value) => (value === null || typeof value !== 'object') && allowed.has(value));
  }
  for (const keyword of ['anyOf', 'allOf', 'oneOf'] as const) {
    if (schema[keyword] === undefined) continue;
    if (!Array.isArray(schema[keyword])) throw new Unsupported();
    const parts = (schema[keyword] as unknown[]).map(compile);
    if (keyword === 'anyOf') checks.push((value) => parts.some((part) => part(value)));
    else if (keyword === 'allOf') checks.push((value) => parts.every((part) => part(value)));
    else
      checks.push((value) => {
        let matches = 0;
        for (const part of parts) if (part(value) && ++matches > 1) return false;
        return matches === 1;
      });
  }
  return checks;
}

/** The checks of an object's keywords: `required`, `properties`, `additionalProperties`. */
function objectChecks(schema: SchemaNode): Check[] {
  const checks: Check[] = [];
  if (schema.required !== undefined) {
    if (!Array.isArray(schema.required)) throw new Unsupported();
    const required = schema.required as string[];
    checks.push((value) => required.every((key) => hasOwn(value as object, key)));
  }
  const properties = schema.properties;
  const propertyChecks = new Map<string, Check>();
  if (properties !== undefined) {
    if (properties === null || typeof properties !== 'object') throw new Unsupported();
    for (const [key, part] of Object.entries(properties)) propertyChecks.set(key, compile(part));
    checks.push((value) => {
      for (const [key, check] of propertyChecks) if (hasOwn(value as object, key) && !check((value as SchemaNode)[key])) return false;
      return true;
    });
  }
  if (schema.additionalProperties !== undefined) {
    const check = compile(schema.additionalProperties);
    checks.push((value) => {
      for (const key of Object.keys(value as object)) if (!propertyChecks.has(key) && !check((value as SchemaNode)[key])) return false;
      return true;
    });
  }
  return checks;
}

/** The checks of a list's keywords: `items` (one schema for every item), `minItems`, `maxItems`. */
function listChecks(schema: SchemaNode): Check[] {
  const checks: Check[] = [];
  if (schema.items !== undefined) {
    if (Array.isArray(schema.items)) throw new Unsupported();
    const check = compile(schema.items);
    checks.push((value) => {
      const list = value as unknown[];
      for (let index = 0; index < list.length; index++) if (!check(list[index])) return false;
      return true;
    });
  }
  const minItems = limit(schema, 'minItems');
  const maxItems = limit(schema, 'maxItems');
  if (minItems !== undefined) checks.push((value) => (value as unknown[]).length >= minItems);
  if (maxItems !== undefined) checks.push((value) => (value as unknown[]).length <= maxItems);
  return checks;
}

/** The checks of a text's keywords: `minLength`, `maxLength` (in characters, as the validator counts), `pattern`, `format`. */
function textChecks(schema: SchemaNode): Check[] {
  const checks: Check[] = [];
  const minLength = limit(schema, 'minLength');
  const maxLength = limit(schema, 'maxLength');
  if (minLength !== undefined || maxLength !== undefined) {
    checks.push((value) => {
      const text = value as string;
      // A text has at least as many UTF-16 units as characters, and at most twice as many.
      if (minLength !== undefined && (text.length < minLength || (text.length < 2 * minLength && ucs2length(text) < minLength))) return false;
      if (maxLength !== undefined && text.length > maxLength && ucs2length(text) > maxLength) return false;
      return true;
    });
  }
  if (schema.pattern !== undefined) {
    if (typeof schema.pattern !== 'string') throw new Unsupported();
    const pattern = new RegExp(schema.pattern, 'u');
    checks.push((value) => pattern.test(value as string));
  }
  if (schema.format !== undefined) {
    const test = (formats as Record<string, ((value: string) => boolean) | undefined>)[schema.format as string];
    // The validator skips a format it has no check for.
    if (test) checks.push((value) => test(value as string));
  }
  return checks;
}

/** The checks of a number's keywords: `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`. */
function numberChecks(schema: SchemaNode): Check[] {
  const checks: Check[] = [];
  const minimum = limit(schema, 'minimum');
  const maximum = limit(schema, 'maximum');
  const exclusiveMinimum = limit(schema, 'exclusiveMinimum');
  const exclusiveMaximum = limit(schema, 'exclusiveMaximum');
  if (minimum !== undefined) checks.push((value) => !((value as number) < minimum));
  if (maximum !== undefined) checks.push((value) => !((value as number) > maximum));
  if (exclusiveMinimum !== undefined) checks.push((value) => !((value as number) <= exclusiveMinimum));
  if (exclusiveMaximum !== undefined) checks.push((value) => !((value as number) >= exclusiveMaximum));
  return checks;
}

function build(node: unknown): Check {
  if (node === true) return () => true;
  if (node === false) return () => false;
  if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Unsupported();
  const schema = node as SchemaNode;
  for (const key of Object.keys(schema)) if (!NOTES.has(key) && !HANDLED.has(key)) throw new Unsupported();
  const checks = generalChecks(schema);
  const byType: Record<string, Check[]> = {};
  for (const [type, list] of [
    ['object', objectChecks(schema)],
    ['array', listChecks(schema)],
    ['string', textChecks(schema)],
    ['number', numberChecks(schema)],
  ] as const) {
    if (list.length) byType[type] = list;
  }
  return (value) => {
    const type = jsonType(value);
    if (type === undefined) return false;
    for (const check of checks) if (!check(value)) return false;
    const own = byType[type];
    if (own) for (const check of own) if (!check(value)) return false;
    return true;
  };
}

let enabled: boolean | undefined;

/**
 * Whether `value` is valid against the schema node `node` (a part of the profile schema), exactly as the validator
 * would say. False also when the fast path is off (see the top of this module): the validator then decides.
 */
export function isValidFast(value: unknown, node: SchemaNode): boolean {
  if (enabled === undefined) {
    try {
      compile(PROFILE_SCHEMA);
      enabled = true;
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      enabled = false;
    }
  }
  if (!enabled) return false;
  try {
    return compile(node)(value);
  } catch (error) {
    if (error instanceof Unsupported) return false;
    throw error;
  }
}
