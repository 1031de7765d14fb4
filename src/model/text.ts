/** Reading loosely typed values (parsed JSON, API answers) as text. */

/**
 * A string as written, or a finite number as text; anything else (an object, a list, true/false) is absent. For
 * values written out as they are (downloads): `String()` would write "[object Object]" or throw.
 */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A trimmed non-empty string, or a finite number as text; anything else is absent. */
export function text(value: unknown): string | undefined {
  return scalarText(value)?.trim() || undefined;
}

/** The text values of a list, in order; absent or non-list values give an empty list. */
export function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text).filter((item): item is string => item !== undefined) : [];
}

/** The strings of a list that are not blank, as written (anything else in it passed over); none for a non-list. */
export function writtenTexts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** True for an object that is not null and not a list: a parsed JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
