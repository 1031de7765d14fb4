/** One validator error in words: shared by profile validation (./validate.ts) and lab validation (./lab.ts). */
import type { OutputUnit } from '@cfworker/json-schema';
import { kindOf, preview } from './json-pointer.js';

/** Keywords whose errors only say "something below failed": the leaf errors say what. */
export const SUMMARY_KEYWORDS: ReadonlySet<string> = new Set(['properties', 'items', 'prefixItems', 'allOf', '$ref', 'additionalProperties', 'unevaluatedProperties']);

/** A JSON Schema type name in words: "a whole number", "a list", "an object", "a string"… */
function typeWords(type: string): string {
  if (type === 'integer') return 'a whole number';
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  return `a ${type}`;
}

/**
 * Says what was expected, in words, from one validator error about `value`. `special` may word an error its own way
 * (a lab member's profile, a partial date): it gets the error and the quoted names in its message, and returns
 * undefined to leave the error to the common words.
 */
export function explainError(unit: OutputUnit, value: unknown, special?: (unit: OutputUnit, names: string[]) => string | undefined): string {
  const names = [...unit.error.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
  const own = special?.(unit, names);
  if (own !== undefined) return own;
  switch (unit.keyword) {
    case 'type':
      return `expected ${names.slice(1).map(typeWords).join(' or ') || 'another type'}, got ${kindOf(value)}`;
    case 'required':
      return `missing required field "${names[0] ?? '?'}"`;
    case 'pattern':
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
      return `${unit.error.replace(/^Number/, 'value').replace(/\.$/, '')}, got ${preview(value)}`;
    case 'minItems':
    case 'maxItems':
      return `${unit.error.replace(/^Array/, 'list').replace(/\.$/, '')}, got ${preview(value)}`;
    case 'anyOf':
    case 'oneOf':
      return `does not match any allowed form, got ${preview(value)}`;
    default:
      return unit.error;
  }
}

/** Most reasons one problem lists; an entry left out for more says how many others there were. */
export const MAX_REASONS = 20;

/** Reasons joined into one message: the first `MAX_REASONS` different ones, then how many more. */
export function joinReasons(reasons: Iterable<string>): string {
  const distinct = [...new Set(reasons)];
  const more = distinct.length - MAX_REASONS;
  return more > 0 ? `${distinct.slice(0, MAX_REASONS).join('; ')}; and ${more.toLocaleString('en')} more` : distinct.join('; ');
}
