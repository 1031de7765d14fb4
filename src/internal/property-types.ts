/**
 * Typed reactive properties for the kit's elements. Attributes are always text, but scripts can hand an element
 * anything (`list.query = 5`, `list.src = {}`): each public property is checked against its declared `type` as it is
 * set, and a wrong value is turned into the right type when that is unambiguous, or refused, with one
 * `console.error` naming the element and the property. An element therefore never throws on a wrong type, and never
 * goes on showing its previous data as though the new value had been taken.
 */
import type { PropertyDeclaration } from 'lit';

/** The kit's additions to Lit's property declaration. */
export interface ScholarPropertyDeclaration extends PropertyDeclaration {
  /**
   * For text properties that hold a list (`category`, `kinds`, `sections`, `keyword`, `highlight`): the separator
   * the text form uses, `LIST_SEPARATOR` (', ', from list-attributes.ts) for every list attribute. An array of
   * strings set from a script is then joined with it instead of being refused.
   */
  listSeparator?: string;
  /**
   * For properties without an attribute: `date` takes a `Date` (or a date string, which is read as one); `object`
   * a plain object (a profile, a lab); `array` an array (a list of profiles or publications).
   */
  accepts?: 'date' | 'object' | 'array';
}

/**
 * A `properties` map with the kit's additions. Elements declare each property once, with a decorator
 * (`@property({ attribute: false, accepts: 'object' })`); the map type stays for code that builds declarations.
 */
export type ScholarPropertyDeclarations = { readonly [name: string]: ScholarPropertyDeclaration };

/** What a value is, in a message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  const type = typeof value;
  if (type === 'number') return `the number ${String(value)}`;
  if (type === 'boolean') return `the boolean ${String(value)}`;
  if (type === 'string') return `the text ${JSON.stringify(String(value).slice(0, 40))}`;
  if (type === 'object') return 'an object';
  return `a ${type}`;
}

export interface Coerced {
  value: unknown;
  /** Set when the value given was of the wrong type: what was given and what was done with it. */
  complaint?: string;
}

/**
 * The value a property takes when `value` is set, for a property declared with `options`. `undefined` and `null`
 * are "not set" for every property and pass unchanged.
 */
export function coerceProperty(value: unknown, options: ScholarPropertyDeclaration): Coerced {
  if (value === undefined || value === null) return { value };
  if (options.accepts === 'date') {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? { value: undefined, complaint: 'got an invalid Date; it is ignored' } : { value };
    const date = typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) return { value: date };
    return { value: undefined, complaint: `expects a Date; got ${describe(value)}, which is ignored` };
  }
  if (options.accepts === 'object') {
    if (typeof value === 'object' && !Array.isArray(value)) return { value };
    return { value: undefined, complaint: `expects an object; got ${describe(value)}, which is ignored` };
  }
  if (options.accepts === 'array') {
    if (Array.isArray(value)) return { value };
    return { value: undefined, complaint: `expects an array; got ${describe(value)}, which is ignored` };
  }
  switch (options.type) {
    case String: {
      if (typeof value === 'string') return { value };
      if (options.listSeparator !== undefined && Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
        return { value: value.join(options.listSeparator) };
      }
      if (typeof value === 'number' || typeof value === 'boolean') {
        return { value: String(value), complaint: `expects text; got ${describe(value)}, used as "${String(value)}"` };
      }
      return { value: undefined, complaint: `expects text${options.listSeparator !== undefined ? ' or an array of strings' : ''}; got ${describe(value)}, which is ignored` };
    }
    case Number: {
      if (typeof value === 'number' && Number.isFinite(value)) return { value };
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      if (Number.isFinite(number)) return { value: number, complaint: `expects a number; got ${describe(value)}, used as ${number}` };
      return { value: undefined, complaint: `expects a number; got ${describe(value)}, which is ignored` };
    }
    case Boolean: {
      if (typeof value === 'boolean') return { value };
      const truthy = value === 'true' || value === '' || value === 1 ? true : value === 'false' || value === 0 ? false : undefined;
      if (truthy !== undefined) return { value: truthy, complaint: `expects true or false; got ${describe(value)}, used as ${truthy}` };
      return { value: false, complaint: `expects true or false; got ${describe(value)}, used as false` };
    }
    default:
      return { value };
  }
}

/*
 * Lit's own declaration takes the kit's additions, so `@property({ accepts: 'object' })` needs no cast (and the
 * manifest analyzer, which reads the decorator's object literal, sees `attribute: false`).
 */
declare module '@lit/reactive-element' {
  interface PropertyDeclaration {
    /** See `ScholarPropertyDeclaration.listSeparator`. */
    listSeparator?: string;
    /** See `ScholarPropertyDeclaration.accepts`. */
    accepts?: 'date' | 'object' | 'array';
  }
}
